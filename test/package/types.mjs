// attw (Are the Types Wrong?) on the package as npm packs it, packed once without `prepare`: npm test has
// just built, and `attw --pack .` ran `npm pack` with its scripts, so a second build (7.4 s -> 3.8 s).
// Part of `npm run lint:package`; exits non-zero on any problem attw reports for the esm-only profile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dir = mkdtempSync(join(tmpdir(), 'cek-pack-'));
try {
  const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [{ filename }] = JSON.parse(packed);
  const attw = resolve(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
  execFileSync(process.execPath, [attw, join(dir, filename), '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css'], {
    stdio: 'inherit',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

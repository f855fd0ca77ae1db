// Registry publication stays one command away (issue 20): `npm publish --dry-run` passes on the built
// package, and what it would upload is what a user needs: every `exports` target and its types, the locale
// files, README, and a LICENSE that carries the licence package.json names. Part of `npm test`, after build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

// --ignore-scripts: `prepare` would build again; npm test has just built. npm prints the report on stdout.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const report = JSON.parse(
  execFileSync(npm, ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const files = new Set((report[pkg.name] ?? report).files.map((file) => file.path));

/** Every file an `exports` condition points at (wildcards: at least one match under their folder). */
function targets(node) {
  return typeof node === 'string' ? [node.replace(/^\.\//, '')] : Object.values(node).flatMap(targets);
}
const missing = targets(pkg.exports).filter((target) =>
  target.includes('*') ? ![...files].some((file) => file.startsWith(target.slice(0, target.indexOf('*')))) : !files.has(target),
);
assert.deepEqual(missing, [], 'exports point at files the package would not contain');
for (const lng of ['en', 'zh-CN', 'zh-Hant']) assert.ok(files.has(`locales/${lng}/cardError.json`), `locales/${lng} missing`);
for (const file of ['README.md', 'LICENSE', pkg.types.replace(/^\.\//, '')]) assert.ok(files.has(file), `${file} missing`);
assert.deepEqual([...files].filter((file) => /^(src|test|stories|node_modules)\//.test(file)), [], 'sources or tests would ship');

assert.equal(pkg.license, 'MIT');
assert.match(readFileSync(resolve(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n/, 'LICENSE is not the MIT licence package.json names');

console.log(`publish: npm publish --dry-run ok, ${files.size} files, every export and its types inside, LICENSE is ${pkg.license}`);

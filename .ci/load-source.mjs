// Loads TypeScript sources of the kit in plain Node: esbuild bundles `contents` (an ES module of
// re-exports, paths relative to the repository root) into one module, and Node imports it from memory.
// Shared by the Node benches (test/bench/*.mjs) and .ci/readme-tables.mjs.
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..');

/** Bundles `contents` as a production build (no development warnings) and returns the module's exports. */
export async function loadSource(contents) {
  const bundle = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

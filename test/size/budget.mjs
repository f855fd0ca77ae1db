// Size budget of the built package (`npm run build` first). Bundles one-import files with esbuild
// the way a host app's bundler would (minified, tree-shaken, production), peers and Radix left
// external, and gzips the result. Prints every figure; exits 1 when one is over budget.
// kB = 1000 bytes, as size-limit and bundlephobia count.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTERNAL = ['react', 'react/*', 'react-dom', 'react-dom/*', 'i18next', 'react-i18next', '@radix-ui/*'];
const LANGUAGES = ['en', 'zh-CN'];

/** Budgets, in gzipped bytes: issue 6's targets. */
const BUDGET = {
  mainWithoutText: 6000,
  describeOnlyOverCatalog: 2500,
  languageText: 10000,
};

/**
 * Where CI fails when it is above a target it does not meet yet. The whole entry is at 7.6 kB (8.0 kB
 * before the development warnings were dropped from production builds), over the 6 kB target: the
 * toaster alone adds 2.5 kB, and with every toast feature it is 6.6 kB on its own. This ceiling stops
 * it growing (see README "Package, sizes and benchmarks"). Remove it once the target is met.
 */
const CEILING = { mainWithoutText: 7700 };

/** Minified and gzipped bytes of a bundle of `source` (an ES module importing from dist/), and its code. */
async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    treeShaking: true,
    external: EXTERNAL,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return { code, gz: gzipSync(code, { level: 9 }).length, raw: Buffer.byteLength(code) };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = [];
let failed = 0;
let missed = 0;
/** One figure; fails CI above `ceiling` (the budget unless a ceiling is given). */
function report(name, size, budget, ceiling = budget) {
  let verdict = '';
  if (budget !== undefined) {
    if (size.gz <= budget) verdict = `  ok (budget ${kB(budget)})`;
    else if (size.gz <= ceiling) verdict = `  MISSES the ${kB(budget)} budget by ${kB(size.gz - budget)} (CI ceiling ${kB(ceiling)})`;
    else verdict = `  OVER BUDGET (${kB(ceiling)})`;
    if (size.gz > budget) missed += 1;
    if (size.gz > ceiling) failed += 1;
  }
  rows.push(`${name.padEnd(58)} ${kB(size.gz).padStart(9)} gz ${kB(size.raw).padStart(9)} min${verdict}`);
}

const main = await bundle("export * from './dist/bare/bare.js';");
report('main entry without locale text (wechat-card-errors/bare)', main, BUDGET.mainWithoutText, CEILING.mainWithoutText);
report('main entry with en + zh-CN (wechat-card-errors)', await bundle("export * from './dist/index.js';"));

// What an app that uses one part pays (for the README; no budget).
report('CardErrorAlert alone, no locale text', await bundle("export { CardErrorAlert } from './dist/bare/bare.js';"));
report('CardErrorToaster + toastCardError alone, no locale text', await bundle("export { CardErrorToaster, toastCardError } from './dist/bare/bare.js';"));

const catalog = await bundle("export { CARD_ERROR_CATALOG } from './dist/bare/bare.js';");
const describe = await bundle("export { describeCardError } from './dist/bare/bare.js';");
report('catalog data alone (CARD_ERROR_CATALOG)', catalog);
report('describeCardError alone, no locale text', describe, BUDGET.describeOnlyOverCatalog + catalog.gz);
report('  of which beyond the catalog data', { gz: describe.gz - catalog.gz, raw: describe.raw - catalog.raw }, BUDGET.describeOnlyOverCatalog);

// Tree-shaking: a one-import bundle of describeCardError must hold no React component code.
const COMPONENT_MARKERS = [/from\s*"react(\/jsx-runtime)?"/, /from\s*"react-i18next"/, /from\s*"@radix-ui\//, /data-slot/, /cek-alert/, /useSyncExternalStore/];
const leaked = COMPONENT_MARKERS.filter((marker) => marker.test(describe.code));
rows.push(`describeCardError alone pulls in React component code: ${leaked.length ? `YES (${leaked.join(', ')})` : 'no'}`);
if (leaked.length) failed += 1;

for (const lng of LANGUAGES) {
  const text = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'locales', lng, 'cardError.json'), 'utf8')));
  report(`locale text ${lng} (locales/${lng}/cardError.json, minified)`, { gz: gzipSync(text, { level: 9 }).length, raw: Buffer.byteLength(text) }, BUDGET.languageText);
}

console.log(rows.join('\n'));
console.log(
  failed
    ? `size: ${failed} figure(s) over budget`
    : `size: no figure over its CI limit; ${missed ? `${missed} figure(s) miss a budget` : 'every figure within budget'}`,
);
process.exit(failed ? 1 : 0);

// The built package as a consumer gets it, in plain Node (no DOM), after `npm run build`:
// "use client" survives (and /core has none, nor React), /bare carries no locale text, importing
// touches no browser global, renderToString works from dist/, and the types resolve under node16,
// nodenext and bundler.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bareWords } from '../../.ci/bare-words.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const LOCALES = ['en', 'zh-CN'];
/** Browser globals the kit must not read while being imported (SSR, workers, tests without DOM). */
const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self',
  'HTMLElement', 'matchMedia', 'requestAnimationFrame', 'getComputedStyle', 'customElements',
];

let failures = 0;
async function check(name, fn) {
  try {
    const note = await fn();
    console.log(`ok    ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL  ${name}: ${error instanceof Error ? error.message : error}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Every string of a locale file. */
function strings(node) {
  return typeof node === 'string' ? [node] : Object.values(node).flatMap(strings);
}
const copy = Object.fromEntries(
  LOCALES.map((lng) => [lng, JSON.parse(readFileSync(join(ROOT, 'locales', lng, 'cardError.json'), 'utf8'))]),
);

await check('dist has both entries, their types and styles.css', () => {
  const missing = ['index.js', 'index.d.ts', 'server.js', 'server.d.ts', 'bare/bare.js', 'bare.d.ts', 'styles.css'].filter((f) => !existsSync(join(DIST, f)));
  assert(missing.length === 0, `missing ${missing.join(', ')}: run npm run build first`);
});

await check('"use client" is the first statement of both entries', () => {
  for (const file of ['index.js', 'bare/bare.js']) {
    const first = readFileSync(join(DIST, file), 'utf8').split('\n', 1)[0];
    assert(/^["']use client["'];?$/.test(first), `${file} starts with ${first}`);
  }
});

await check('/core has no "use client" and imports nothing of React, however deep', async () => {
  assert(!/use client/.test(readFileSync(join(DIST, 'server.js'), 'utf8').split('\n', 1)[0]), 'server.js (/core) starts with "use client"');
  const { metafile } = await build({
    entryPoints: [join(DIST, 'server.js')],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  const packages = new Set(Object.values(metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path)));
  const react = [...packages].filter((name) => /^(react|react-dom|react-i18next|@radix-ui)($|\/)/.test(name));
  assert(react.length === 0, `imports ${react.join(', ')}`);
  return `imports ${[...packages].join(', ')}`;
});

await check("the main entry carries both languages, dist/bare/ only the UI words and loading lines (.ci/bare-words.mjs)", () => {
  const index = readDir(DIST).filter((file) => !file.startsWith(join(DIST, 'bare'))).map((file) => readFileSync(file, 'utf8')).join('\n');
  // Without comments: a comment may quote a label ("Copy details").
  const bare = readDir(join(DIST, 'bare')).map((file) => readFileSync(file, 'utf8')).join('\n').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  for (const lng of LOCALES) assert(index.includes(copy[lng].codes['45031'].message), `index.js lacks ${lng} copy`);
  // Short words ("Copy", "Error") could appear in code; every sentence of the copy must not.
  const kept = new Set(LOCALES.flatMap((lng) => strings(bareWords(lng, copy[lng]))));
  // A sentence that a kept string quotes whole (toast.retryExhausted ends with serverError's hint) is kept with it.
  const quoted = (s) => [...kept].some((k) => k.includes(s));
  const leaked = LOCALES.flatMap((lng) => strings(copy[lng])).filter((s) => s.length >= 12 && bare.includes(s) && !quoted(s));
  assert(leaked.length === 0, `bare.js contains ${leaked.length} strings, e.g. ${JSON.stringify(leaked[0])}`);
});

// Peers load first, untrapped: what they read at import time is theirs, not the kit's.
const React = await import('react');
const { renderToString } = await import('react-dom/server');
const i18next = (await import('i18next')).default;
const { I18nextProvider } = await import('react-i18next');
await import('react/jsx-runtime');
await import('@radix-ui/react-toast');

const entries = {};
await check('importing either entry reads no browser global', async () => {
  const touched = new Set();
  // Node 21+ has its own `navigator`: trap it too, and put it back afterwards.
  const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  for (const name of BROWSER_GLOBALS) {
    Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.add(name) });
  }
  try {
    entries.core = await import(pathToFileURL(join(DIST, 'server.js')).href);
    entries.index = await import(pathToFileURL(join(DIST, 'index.js')).href);
    entries.bare = await import(pathToFileURL(join(DIST, 'bare', 'bare.js')).href);
  } finally {
    for (const [name, descriptor] of saved) {
      delete globalThis[name];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    }
  }
  assert(touched.size === 0, `touched ${[...touched].join(', ')}`);
});

const h = React.createElement;
await check('/core describes a failure in Node in both languages, as the main entry does', () => {
  const { describeCardError } = entries.core;
  const response = { errcode: 45031, errmsg: 'stock is out of limit rid: 6561a3f0-1b2c3d4e-5f6a7b8c' };
  assert(describeCardError(response).message === copy.en.codes['45031'].message, 'English message');
  assert(describeCardError(response, { lng: 'zh-CN' }).hint === copy['zh-CN'].codes['45031'].hint, 'Chinese hint');
  assert(describeCardError(response).rid === '6561a3f0-1b2c3d4e-5f6a7b8c', 'rid');
  assert(entries.core.describeCardError === entries.index.describeCardError, 'the main entry re-exports the same function');
});

await check('main entry: renderToString in English, then in Chinese after changeLanguage', async () => {
  const { CardErrorAlert, getCardErrorI18n } = entries.index;
  const en = renderToString(h(CardErrorAlert, { code: 45031 }));
  assert(en.includes(escape(copy.en.codes['45031'].message)), 'no English message in the markup');
  await getCardErrorI18n().changeLanguage('zh-CN');
  const zh = renderToString(h(CardErrorAlert, { code: 45031 }));
  await getCardErrorI18n().changeLanguage('en');
  assert(zh.includes(escape(copy['zh-CN'].codes['45031'].message)), 'no Chinese message in the markup');
  return `${en.length} and ${zh.length} characters of markup`;
});

await check('main entry: zh-TW shows zh-CN until zh-Hant\'s chunk loads, then Traditional; /bare has no loader', async () => {
  const { describeCardError, loadCardErrorLanguage, CARD_ERROR_RESOURCES } = entries.index;
  const bare = readDir(join(DIST, 'bare')).filter((file) => file.endsWith('.js')).map((file) => readFileSync(file, 'utf8')).join('\n');
  assert(!/\bimport\s*\(/.test(bare), 'dist/bare/ has a dynamic import');
  const hant = JSON.parse(readFileSync(join(ROOT, 'locales', 'zh-Hant', 'cardError.json'), 'utf8'));
  const first = describeCardError(45031, { lng: 'zh-TW' }).message;
  await loadCardErrorLanguage('zh-TW');
  const after = describeCardError(45031, { lng: 'zh-TW' }).message;
  // Another import in this run (the /core check) may already have started the load: either way, never English.
  assert([copy['zh-CN'].codes['45031'].message, hant.codes['45031'].message].includes(first), `before the load: ${first}`);
  assert(after === hant.codes['45031'].message, `after the load: ${after}`);
  assert(CARD_ERROR_RESOURCES['zh-Hant']?.codes['45031'].message === after, 'CARD_ERROR_RESOURCES has zh-Hant once loaded');
});

await check('bare entry: a host i18next with only zh-CN loaded renders Chinese', () => {
  const { CardErrorAlert, describeCardError } = entries.bare;
  const host = i18next.createInstance();
  void host.init({ lng: 'zh-CN', fallbackLng: 'zh-CN', resources: {}, initAsync: false });
  host.addResourceBundle('zh-CN', 'cardError', copy['zh-CN']);
  const html = renderToString(h(I18nextProvider, { i18n: host }, h(CardErrorAlert, { code: 45031, onDismiss() {} })));
  assert(html.includes(escape(copy['zh-CN'].codes['45031'].message)), 'no Chinese message in the markup');
  assert(html.includes(escape(copy['zh-CN'].ui.dismiss)), 'no Chinese dismiss label in the markup');
  assert(!/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/.test(html.replace(/<[^>]*>/g, ' ')), 'English sentences in the markup');
  assert(describeCardError(45031, { i18n: host }).hint === copy['zh-CN'].codes['45031'].hint, 'describe lacks the hint');
});

await check('bare entry: i18next-resources-to-backend loads only the language in use, from locales/*', async () => {
  const { CardErrorAlert, resolveCardErrorLanguage } = entries.bare;
  const resourcesToBackend = (await import('i18next-resources-to-backend')).default;
  const loaded = [];
  // What the README tells a host to write: one import per language it ships.
  const CARD_ERROR_LOCALES = {
    en: () => import('wechat-card-errors/locales/en/cardError.json', { with: { type: 'json' } }),
    'zh-CN': () => import('wechat-card-errors/locales/zh-CN/cardError.json', { with: { type: 'json' } }),
    'zh-Hant': () => import('wechat-card-errors/locales/zh-Hant/cardError.json', { with: { type: 'json' } }),
  };
  const host = i18next.createInstance().use(
    resourcesToBackend((lng, ns) => {
      loaded.push(`${lng}/${ns}`);
      return CARD_ERROR_LOCALES[resolveCardErrorLanguage(lng)]();
    }),
  );
  await host.init({ lng: 'zh-Hans', fallbackLng: false, ns: ['cardError'], defaultNS: 'cardError' });
  const html = renderToString(h(I18nextProvider, { i18n: host }, h(CardErrorAlert, { code: 40099 })));
  assert(html.includes(escape(copy['zh-CN'].codes['40099'].message)), 'no Chinese message in the markup');
  // i18next asks for zh-Hans and then zh; both map to the one Chinese file, and English is never fetched.
  const files = new Set(loaded.map((entry) => resolveCardErrorLanguage(entry.split('/')[0])));
  assert(files.size === 1 && files.has('zh-CN'), `loaded ${loaded.join(', ')}`);
  return `loaded ${loaded.join(', ')}`;
});

await check('bare entry without any bundle loaded: no crash, the errcode instead of a blank', () => {
  const { describeCardError, CardErrorAlert } = entries.bare;
  assert(describeCardError(45031).message.endsWith(': 45031'), `message ${describeCardError(45031).message}`);
  const html = renderToString(h(CardErrorAlert, { code: 45031 }));
  assert(html.includes('45031'), 'no errcode in the markup');
});

await check('types resolve for consumers on node16, nodenext and bundler (skipLibCheck off)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cek-consumer-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'wechat-card-errors'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'consumer.ts'),
      [
        "import { describeCardError, CARD_ERROR_RESOURCES, type CardErrorView } from 'wechat-card-errors';",
        "import { parseCardError, type CardErrorCode } from 'wechat-card-errors/core';",
        "const parsed: CardErrorCode | null = parseCardError('{\"errcode\":40099}').code as CardErrorCode | null;",
        "import { CardErrorAlert, CardErrorToaster, createCardErrorToastStore, type CardErrorToastStore } from 'wechat-card-errors/bare';",
        'const view: CardErrorView = describeCardError(45031);',
        "const message: string | undefined = CARD_ERROR_RESOURCES.en?.codes['45031'].message;",
        'const props: Parameters<typeof CardErrorAlert>[0] = { code: 45031 };',
        'const store: CardErrorToastStore = createCardErrorToastStore();',
        'const toaster: Parameters<typeof CardErrorToaster>[0] = { store };',
        'export { view, message, props, parsed, toaster, CardErrorAlert };',
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    for (const [module, resolution] of [['node16', 'node16'], ['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
      try {
        execFileSync(tsc, ['--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022', '--module', module,
          '--moduleResolution', resolution, '--types', '', 'consumer.ts'], { cwd: dir, encoding: 'utf8' });
      } catch (error) {
        throw new Error(`${module}/${resolution}: ${error.stdout || error.message}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Every .js file below `dir`. */
function readDir(dir) {
  return readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.js')).map((file) => join(dir, file));
}

/** How React escapes text in markup. */
function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#x27;').replace(/"/g, '&quot;');
}

if (failures) {
  console.log(`package smoke: ${failures} check(s) failed`);
  process.exit(1);
}
console.log('package smoke: all checks passed');

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { STORY_TEST_MATRIX } from './.storybook/test-matrix.js';
import { bareWords } from './.ci/bare-words.mjs';
import { findBrowser } from './.ci/find-browser.mjs';

// Library build: ESM only; peers and Radix stay external.
const EXTERNALS = [/^react($|\/)/, /^react-dom($|\/)/, /^i18next($|\/)/, /^react-i18next($|\/)/, /^@radix-ui\//];

/**
 * `npm run build` runs Vite twice: `dist/index.js` (the zero-set-up entry: en and zh-CN inside, zh-Hant
 * a dynamic import of its JSON, loaded the first time it is shown; src/i18n/lazy.ts) and, with BUILD_ENTRY=bare, `dist/bare.js`: the same kit built without the locale JSON, for
 * hosts whose own i18next loads only the languages they ship (`wechat-card-errors/locales/*`).
 */
const BARE = process.env.BUILD_ENTRY === 'bare';

/**
 * Bare build: each `locales/<lng>/cardError.json` import keeps only what .ci/bare-words.mjs names (the
 * English UI words, each language's loading line), so no control is ever nameless before the host's
 * words arrive (see src/i18n/resources.ts).
 */
function withoutLocaleText(): Plugin {
  const PREFIX = '\0cek:bare-words:';
  return {
    name: 'cek:without-locale-text',
    enforce: 'pre',
    resolveId: (source, importer) => {
      // src/i18n/lazy.ts and load.ts load zh-Hant on first use in the main entry; /bare has no loader and no chunk.
      const swapped = /(?:^\.\/|\/i18n\/)(lazy|load)\.js$/.exec(source)?.[1];
      if (swapped && importer?.replace(/\\/g, '/').includes('/src/')) return resolve(`src/i18n/${swapped}.bare.ts`);
      const lng = /(?:^|\/)locales\/([^/]+)\/cardError\.json$/.exec(source)?.[1];
      return lng ? `${PREFIX}${lng}` : null;
    },
    load: (id) => {
      if (!id.startsWith(PREFIX)) return null;
      const lng = id.slice(PREFIX.length);
      const resource = JSON.parse(readFileSync(`locales/${lng}/cardError.json`, 'utf8'));
      return `export default ${JSON.stringify(bareWords(lng, resource))};`;
    },
  };
}

/** Library build: ships the one stylesheet as `dist/styles.css` (nothing imports it from JS). */
function shipStylesheet(): Plugin {
  return {
    name: 'cek:ship-stylesheet',
    apply: (config, env) => env.command === 'build' && Boolean(config.build?.lib),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/components/styles.css', 'utf8') });
    },
  };
}

/**
 * Set-up of the jsdom projects, in this order: the kit's words (setup.ts), Testing Library (setup-dom.ts),
 * then guard.ts, which must wrap jest-dom's matchers after they exist.
 */
const UNIT_DOM_SETUP = ['test/setup.ts', 'test/setup-dom.ts', 'test/guard.ts'];

/** `react` and `react-dom` (and their subpaths) → the React 18.3 copies installed as npm aliases. */
const REACT_18_ALIASES = [
  { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
  { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
];

/** unit-react18's set-up: the check that React really is 18, then the same set-up as the other jsdom projects. */
const REACT_18_SETUP = ['test/react18/setup.ts', ...UNIT_DOM_SETUP];
/** Node loads the React 18 copies too (react-dom/server, Testing Library): see test/react18/resolve.cjs. */
const REACT_18_EXEC_ARGV = ['--require', './test/react18/resolve.cjs'];

/**
 * Test files that need a module graph of their own, so they run isolated (the unit-fresh projects):
 * - bare-backend: vi.mock swaps two kit modules for the bare build's; with isolate: false the mocks stay
 *   registered in the worker, and every later file would get a kit without words.
 * - lazy-hant: vi.doMock replaces the zh-Hant loader to watch the kit's first load of it, which test/setup.ts
 *   has already done in a shared worker.
 */
const FRESH_MODULE_FILES = ['test/bare-backend.test.tsx', 'test/lazy-hant.test.tsx'];

/**
 * The jsdom projects' files. isolate: false (unit-node's too): the test files of a worker share one jsdom
 * and the modules already loaded, and test/setup.ts and setup-dom.ts put back after every test what a test
 * can change through the kit's API or Vitest's (language, toasts, definitions, warnings, timers, mocks,
 * stubs, the document, react-i18next's global instance). Order-independent: each project passes with
 * --sequence.shuffle under several seeds. Measured on this 2-core machine, shared with other jobs, the
 * same minutes, `vitest run --project …`, wall clock, isolated -> shared (load average):
 * unit 120.3 -> 38.6 s (7.0-10.1), unit-react18 108.4 -> 19.1 s (9.0-5.6), unit-node 31.7 -> 19.4 s
 * (3.5-5.0), all five unit projects ('unit*') 200.5 -> 88.6 s (4.5-6.1); unit-fresh alone 8.2 s.
 */
const UNIT_DOM_PROJECT: TestProjectInlineConfiguration['test'] = {
  environment: 'jsdom',
  include: ['test/**/*.test.tsx'],
  exclude: FRESH_MODULE_FILES,
  isolate: false,
};
/** The FRESH_MODULE_FILES, isolated as every file was before. */
const FRESH_PROJECT: TestProjectInlineConfiguration['test'] = { environment: 'jsdom', include: FRESH_MODULE_FILES, isolate: true };

/**
 * The Chromium or Chrome the story tests drive (CARD_ERRORS_BROWSER, the usual places, Playwright's own;
 * .ci/find-browser.mjs). Undefined when none: `npm test` has already stopped with how to get one, and
 * Playwright's own error says the same for a story project run by hand.
 */
const BROWSER_PATH = findBrowser().path ?? undefined;

// Chromium as root in a closed network: no sandbox, no GPU, no background connections.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  plugins: [react(), ...(BARE ? [withoutLocaleText()] : [shipStylesheet()])],
  build: {
    // server (the package's ./core, named apart from src/core/): the React-free part without "use client"; index re-exports it.
    lib: { entry: BARE ? 'src/bare.ts' : { index: 'src/index.ts', server: 'src/server.ts' }, formats: ['es'] },
    // The bare build goes to dist/bare/ after the main one, which empties dist/ first.
    outDir: BARE ? 'dist/bare' : 'dist',
    emptyOutDir: !BARE,
    sourcemap: true,
    // Readable output: the host's bundler minifies; this keeps stack traces and reviews legible.
    minify: false,
    rolldownOptions: {
      external: EXTERNALS,
      // One file per source module: a host's bundler drops whole modules it does not use (the
      // components when only `describeCardError` is imported), as `sideEffects` allows.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    // One test file per core: Vitest's default (cores - 1) ran every file one after another on a 2-core
    // machine, while the main process mostly waits on its workers.
    maxWorkers: availableParallelism(),
    // Vitest reads this from the root config only. A cap, not a delay: with five story projects (now three) starting
    // their Chromium at once on a loaded 2-core machine, a session took over the 60 s default to connect.
    browser: { connectTimeout: 240_000 },
    // A cap, not a delay: a unit test that waits on states can still take over the 5 s default on a
    // 2-core machine at load average 20 (seen: the parse-linearity rows at 5-6 s).
    testTimeout: 30_000,
    projects: [
      // Pure logic (parse, catalog, words, the store; test/**/*.test.ts): Node, no DOM to set up, one React.
      {
        extends: true,
        test: {
          name: 'unit-node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          setupFiles: ['test/setup.ts', 'test/guard.ts'],
          isolate: false,
        },
      },
      // What renders (components, hooks, SSR; test/**/*.test.tsx) in jsdom, against React 19 and React 18.
      {
        extends: true,
        test: { name: 'unit', ...UNIT_DOM_PROJECT, setupFiles: UNIT_DOM_SETUP },
      },
      // The same React tests against React 18.3 (the peer range is ^18.2 || ^19): react and react-dom
      // resolve to the npm aliases react-18 / react-dom-18, in the code Vite transforms (resolve.alias)
      // and in the packages Node loads itself (test/react18/resolve.cjs), so there is one React, 18.
      {
        extends: true,
        resolve: { alias: REACT_18_ALIASES },
        test: { name: 'unit-react18', ...UNIT_DOM_PROJECT, setupFiles: REACT_18_SETUP, execArgv: REACT_18_EXEC_ARGV },
      },
      // The files that load the kit again in fresh modules (FRESH_MODULE_FILES), each in its own worker.
      { extends: true, test: { name: 'unit-fresh', ...FRESH_PROJECT, setupFiles: UNIT_DOM_SETUP } },
      {
        extends: true,
        resolve: { alias: REACT_18_ALIASES },
        test: { name: 'unit-react18-fresh', ...FRESH_PROJECT, setupFiles: REACT_18_SETUP, execArgv: REACT_18_EXEC_ARGV },
      },
      // Every story in each language and each theme (.storybook/test-matrix.ts): one browser project per set of toolbar globals.
      ...STORY_TEST_MATRIX.map(({ name, globals, ...entry }): TestProjectInlineConfiguration => ({
        extends: true,
        plugins: [
          storybookTest({
            configDir: '.storybook',
            initialGlobals: globals,
            tags: { include: ['test'], exclude: 'exclude' in entry ? [...entry.exclude] : [] },
          }),
        ],
        test: {
          name,
          // A cap, not a delay. The Catalog renders all 82 codes (twice, side by side) with axe over each;
          // on a 2-core machine at load average 20 (two busy loops and four other test runs) the first
          // story of a file took over 30 s while its modules and axe warmed up.
          testTimeout: 90_000,
          // One page per story project: the projects already run side by side, each in its own
          // Chromium; two pages each (the unit projects' setting) left sessions unconnected after 60 s
          // on a loaded machine.
          maxWorkers: 1,
          // Vitest 4 runs projects of different maxWorkers in separate groups once files share workers:
          // the unit projects first (both cores), then the story projects side by side.
          sequence: { groupOrder: 1 },
          // Story files share their page, one after another: each file in a fresh iframe spent more time
          // loading the kit, the preview and axe than testing (one project alone: 42 s -> 33 s). Each story
          // still mounts and unmounts through Storybook's renderer.
          isolate: false,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: BROWSER_PATH, args: CHROMIUM_ARGS },
              // Chromium wants both for navigator.clipboard.writeText without a real user gesture (the copy button).
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      })),
    ],
  },
});

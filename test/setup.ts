import { afterEach, vi } from 'vitest';
import { dismissCardErrorToast, getCardErrorI18n, loadCardErrorLanguage } from '../src/index';
import { removeTestDefinitions, resetWarnings } from './helpers';

// Every unit project (node and jsdom), before setup-dom.ts and guard.ts. The main entry loads zh-Hant's words on first use (src/i18n/load.ts);
// the zh-Hant tests read them at once, as a host that preloads them does. test/lazy-hant.test.tsx checks the
// load itself, in fresh modules.
await loadCardErrorLanguage('zh-Hant');

// The unit projects run with isolate: false (vite.config.ts): the test files of a worker share the kit's
// module singletons, the globals and (jsdom) the document. After every test, put back what a test can
// change through the kit's API or Vitest's, so no test sees what another left, whichever file runs
// next (every unit project passes with --sequence.shuffle).
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  // Definitions reach every entry point: those a test made with defineForTest, still in place.
  removeTestDefinitions();
  // The app-wide toast queue (toastCardError works without React), counts included.
  dismissCardErrorToast();
  // "Warns once" is per process: each test sees its own warnings.
  resetWarnings();
  // The kit's own instance is a module singleton: put it back to English between tests.
  await getCardErrorI18n().changeLanguage('en');
});

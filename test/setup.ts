import { afterEach } from 'vitest';
import { getCardErrorI18n, loadCardErrorLanguage } from '../src/index';

// Every unit project (node and jsdom), before setup-dom.ts and guard.ts. The main entry loads zh-Hant's words on first use (src/i18n/load.ts);
// the zh-Hant tests read them at once, as a host that preloads them does. test/lazy-hant.test.tsx checks the
// load itself, in fresh modules.
await loadCardErrorLanguage('zh-Hant');

afterEach(async () => {
  // The kit's own instance is a module singleton: put it back to English between tests.
  await getCardErrorI18n().changeLanguage('en');
});

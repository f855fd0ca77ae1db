/**
 * The toolbar globals every story is tested under, each a Vitest browser project (see vite.config.ts) that hands its
 * globals to addon-vitest's `initialGlobals`: every language once and every theme at least once, StrictMode on and off.
 * Three, not the full language × theme product: what a theme changes is colour (axe's contrast rule), and the colours
 * do not depend on the language (styles.css has no :lang rule), so en-dark and zh-CN-light repeated the other three's
 * checks at a fifth of `npm test`'s time each (issue 20).
 * The first entry is named plain `storybook`: `vitest --project storybook` is the quick run in the
 * toolbar's default globals; `--project 'storybook*'` runs all three.
 */
export const STORY_TEST_MATRIX = [
  { name: 'storybook', globals: { locale: 'en', theme: 'light', strict: 'off' } },
  { name: 'storybook-zh-CN-dark', globals: { locale: 'zh-CN', theme: 'dark', strict: 'on' } },
  // Traditional Chinese (issue 15): light only, StrictMode on. Stories tagged `every-language` show all three
  // languages whatever the toolbar's, so in light they repeat `storybook`'s checks: tested there and in dark only.
  { name: 'storybook-zh-Hant-light', globals: { locale: 'zh-Hant', theme: 'light', strict: 'on' }, exclude: ['every-language'] },
] as const;

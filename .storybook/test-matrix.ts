/**
 * The toolbar globals every story is tested under: both locales × both themes, each a Vitest browser
 * project (see vite.config.ts) that hands its globals to addon-vitest's `initialGlobals`.
 * StrictMode runs on the diagonal, so each locale and each theme is tested with and without it.
 * The first entry is named plain `storybook`: `vitest --project storybook` is the quick run in the
 * toolbar's default globals; `--project 'storybook*'` runs all four.
 */
export const STORY_TEST_MATRIX = [
  { name: 'storybook', globals: { locale: 'en', theme: 'light', strict: 'off' } },
  { name: 'storybook-en-dark', globals: { locale: 'en', theme: 'dark', strict: 'on' } },
  { name: 'storybook-zh-CN-light', globals: { locale: 'zh-CN', theme: 'light', strict: 'on' } },
  { name: 'storybook-zh-CN-dark', globals: { locale: 'zh-CN', theme: 'dark', strict: 'off' } },
] as const;

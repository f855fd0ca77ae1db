/**
 * The toolbar globals every story is tested under: en and zh-CN × both themes, and zh-Hant light, each a Vitest browser
 * project (see vite.config.ts) that hands its globals to addon-vitest's `initialGlobals`.
 * StrictMode runs on the diagonal, so each locale and each theme is tested with and without it.
 * The first entry is named plain `storybook`: `vitest --project storybook` is the quick run in the
 * toolbar's default globals; `--project 'storybook*'` runs all five.
 */
export const STORY_TEST_MATRIX = [
  { name: 'storybook', globals: { locale: 'en', theme: 'light', strict: 'off' } },
  { name: 'storybook-en-dark', globals: { locale: 'en', theme: 'dark', strict: 'on' } },
  { name: 'storybook-zh-CN-light', globals: { locale: 'zh-CN', theme: 'light', strict: 'on' } },
  { name: 'storybook-zh-CN-dark', globals: { locale: 'zh-CN', theme: 'dark', strict: 'off' } },
  // Traditional Chinese (issue 15): light only, StrictMode on.
  { name: 'storybook-zh-Hant-light', globals: { locale: 'zh-Hant', theme: 'light', strict: 'on' } },
] as const;

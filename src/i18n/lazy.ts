// The main entry's split: which languages it bundles beside en and zh-CN (none) and which it loads on
// first use (zh-Hant, with a dynamic import a host's bundler turns into its own chunk). The `/bare`
// build swaps this module for ./lazy.bare.ts (vite.config.ts), which loads nothing.
import type { CardErrorLanguage } from './language.js';

/** Languages bundled in the entry besides en and zh-CN: none in the main entry. */
export const STATIC_WORDS: Partial<Record<CardErrorLanguage, object>> = {};

/** Languages whose words load on first use, each its own chunk. */
export const LAZY_WORDS: Partial<Record<CardErrorLanguage, () => Promise<unknown>>> = {
  // No `with { type: 'json' }` here: Vite's dev server (Storybook, the story tests) serves the JSON as a
  // JavaScript module, which a browser refuses under a JSON import attribute. The build emits it as a .js
  // module either way (dist/locales/zh-Hant/cardError.js); NodeNext typing wants the attribute, hence:
  // @ts-ignore TS1543 (see above)
  'zh-Hant': () => import('../../locales/zh-Hant/cardError.json').then((module: { default: unknown }) => module.default),
};

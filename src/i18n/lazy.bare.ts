// `/bare`'s ./lazy.ts (vite.config.ts swaps it in): no loader and no chunk; zh-Hant's loading line is
// bundled like the other languages' (the import keeps only what .ci/bare-words.mjs names).
import zhHant from '../../locales/zh-Hant/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from './language.js';

export const STATIC_WORDS: Partial<Record<CardErrorLanguage, object>> = { 'zh-Hant': zhHant };

export const LAZY_WORDS: Partial<Record<CardErrorLanguage, () => Promise<unknown>>> = {};

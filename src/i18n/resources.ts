// `with { type: 'json' }`: Node's ESM rule, which the declaration build (NodeNext) enforces.
import en from '../../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from './language.js';
import { STATIC_WORDS } from './lazy.js';

/** The i18next namespace of the kit's copy. */
export const CARD_ERROR_NS = 'cardError';

/** The shape of one language's `cardError.json`; English is the source of truth. */
export type CardErrorResource = typeof en;

/**
 * The kit's own words, its fallback layer under whatever a host's i18next holds. The main entry bundles
 * en and zh-CN and adds zh-Hant here when its chunk has loaded (./load.ts); `wechat-card-errors/bare`
 * bundles only the UI words (English) and the "loading" line of each language, which its build keeps
 * from the JSON (.ci/bare-words.mjs).
 */
export const KIT_WORDS: Partial<Record<CardErrorLanguage, Partial<CardErrorResource>>> = {
  en,
  'zh-CN': zhCN,
  // Typed loosely in ./lazy.ts, which imports nothing of this file (no import cycle): the same JSON shape.
  ...(STATIC_WORDS as Partial<Record<CardErrorLanguage, Partial<CardErrorResource>>>),
};

/**
 * The kit's copy for every shipped language, as i18next resources of the `cardError` namespace. `en`
 * and `zh-CN` are always here; `zh-Hant` is `undefined` until its words have loaded: the first time a
 * zh-Hant language is shown, or `await loadCardErrorLanguage('zh-Hant')` (the same object, filled in).
 */
export const CARD_ERROR_RESOURCES = KIT_WORDS as Readonly<Record<'en' | 'zh-CN', CardErrorResource> & Partial<Record<CardErrorLanguage, CardErrorResource>>>;

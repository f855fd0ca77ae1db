// `with { type: 'json' }`: Node's ESM rule, which the declaration build (NodeNext) enforces.
import en from '../../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/cardError.json' with { type: 'json' };
import zhHant from '../../locales/zh-Hant/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from './language.js';

/** The i18next namespace of the kit's copy. */
export const CARD_ERROR_NS = 'cardError';

/** The shape of one language's `cardError.json`; English is the source of truth. */
export type CardErrorResource = typeof en;

/**
 * The kit's own words, its fallback layer under whatever a host's i18next holds: every shipped
 * language in the main entry; in `wechat-card-errors/bare` only the UI words (English) and the
 * "loading" line of each language, which its build keeps from the JSON (.ci/bare-words.mjs).
 */
export const KIT_WORDS: Readonly<Partial<Record<CardErrorLanguage, Partial<CardErrorResource>>>> = {
  en,
  'zh-CN': zhCN,
  'zh-Hant': zhHant,
};

/** The kit's copy for every shipped language, as i18next resources of the `cardError` namespace. */
export const CARD_ERROR_RESOURCES = KIT_WORDS as Readonly<Record<CardErrorLanguage, CardErrorResource>>;

// `with { type: 'json' }`: Node's ESM rule, which the declaration build (NodeNext) enforces.
import en from '../../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from './language.js';

/** The i18next namespace of the kit's copy. */
export const CARD_ERROR_NS = 'cardError';

/** The shape of one language's `cardError.json`; English is the source of truth. */
export type CardErrorResource = typeof en;

/**
 * The kit's copy for every shipped language, as i18next resources of the `cardError` namespace.
 * Empty in `wechat-card-errors/bare`, whose build leaves the JSON out (vite.config.ts): there the
 * host's i18next loads the languages it ships.
 */
export const CARD_ERROR_RESOURCES: Readonly<Partial<Record<CardErrorLanguage, CardErrorResource>>> = {
  en,
  'zh-CN': zhCN,
};

// `with { type: 'json' }`: Node's ESM rule, which the declaration build (NodeNext) enforces.
import en from '../../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from './language.js';

/** The i18next namespace of the kit's copy. */
export const CARD_ERROR_NS = 'cardError';

/** The shape of one language's `cardError.json`; English is the source of truth. */
export type CardErrorResource = typeof en;

/**
 * The copy bundled into this build: every shipped language in the main entry, none in
 * `wechat-card-errors/bare`, whose build leaves the JSON out (vite.config.ts).
 */
export const BUNDLED_RESOURCES: Readonly<Partial<Record<CardErrorLanguage, CardErrorResource>>> = {
  en,
  'zh-CN': zhCN,
};

/** The kit's copy for every shipped language, as i18next resources of the `cardError` namespace. */
export const CARD_ERROR_RESOURCES = BUNDLED_RESOURCES as Readonly<Record<CardErrorLanguage, CardErrorResource>>;

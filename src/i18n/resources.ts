import en from '../../locales/en/cardError.json';
import zhCN from '../../locales/zh-CN/cardError.json';
import type { CardErrorLanguage } from './language.js';

/** The i18next namespace of the kit's copy. */
export const CARD_ERROR_NS = 'cardError';

/** The shape of one language's `cardError.json`; English is the source of truth. */
export type CardErrorResource = typeof en;

/** The kit's copy for every shipped language, as i18next resources of the `cardError` namespace. */
export const CARD_ERROR_RESOURCES: Readonly<Record<CardErrorLanguage, CardErrorResource>> = {
  en,
  'zh-CN': zhCN,
};

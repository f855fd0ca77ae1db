'use client';
// `wechat-card-errors/bare`: the same exports as the main entry, built without the operator's copy
// (vite.config.ts keeps only the English UI words and each language's loading line). The host's
// i18next brings the `cardError` bundles of the languages it ships, from
// `wechat-card-errors/locales/<lng>/cardError.json`.
import type { CardErrorLanguage } from './i18n/language.js';
import type { CardErrorResource } from './i18n/resources.js';

export * from './index.js';

/** None in `/bare`: load `wechat-card-errors/locales/<lng>/cardError.json` into your i18next. Shadows the main entry's. */
export const CARD_ERROR_RESOURCES: Readonly<Partial<Record<CardErrorLanguage, CardErrorResource>>> = {};

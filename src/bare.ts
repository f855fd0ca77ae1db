'use client';
// `wechat-card-errors/bare`: the same exports as the main entry, built without the locale JSON
// (vite.config.ts). The host's i18next brings the `cardError` bundles of the languages it ships,
// from `wechat-card-errors/locales/<lng>/cardError.json`; the kit's own instance starts empty here.

export * from './index.js';
// Shadows the main entry's export of the same name: nothing is bundled here.
export { BUNDLED_RESOURCES as CARD_ERROR_RESOURCES } from './i18n/resources.js';

// `wechat-card-errors/core` (built as dist/server.js, named apart from the src/core/ folder): the part of
// the kit without React and without "use client", for server code (React Server Components, route
// handlers, logging): parse, describe, catalog, words. The main entry re-exports all of it.

export {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  type CardErrorAction,
  type CardErrorCode,
  type CardErrorSeverity,
} from './catalog/index.js';
export { WECHAT_PAY_CODES } from './catalog/wechatpayCodes.js';
export { parseCardError } from './core/parse/index.js';
export { describeCardError, type CardErrorView } from './core/describe.js';
export { defineCardErrors, type CardErrorDefinitions } from './core/registry.js';
export { getCardErrorI18n } from './i18n/host.js';
export {
  CARD_ERROR_LANGUAGES,
  resolveCardErrorLanguage,
  type CardErrorLanguage,
} from './i18n/language.js';
export { loadCardErrorLanguage } from './i18n/load.js';
export { CARD_ERROR_RESOURCES } from './i18n/resources.js';
export { summarizeCardErrors } from './core/summary/index.js';

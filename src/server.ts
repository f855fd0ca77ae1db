// `wechat-card-errors/core` (built as dist/server.js; named apart from the src/core/ folder): the part of the kit without React and without "use client", for server
// code (React Server Components, route handlers, logging): parse, describe, catalog, words. The main
// entry re-exports all of it.

export {
  CARD_ERROR_ACTIONS,
  CARD_ERROR_CATALOG,
  CARD_ERROR_CATEGORIES,
  CARD_ERROR_CODES,
  CARD_ERROR_ORIGINS,
  CARD_ERROR_SEVERITIES,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorCode,
  type CardErrorEntry,
  type CardErrorOrigin,
  type CardErrorSeverity,
} from './catalog/index.js';
export { MAX_ERRMSG_LENGTH, parseCardError, type ParsedCardError } from './core/parse.js';
export { describeCardError, type CardErrorView } from './core/describe.js';
export {
  defineCardErrors,
  type CardErrorCopy,
  type CardErrorDefinition,
  type CardErrorDefinitions,
} from './core/registry.js';
export { formatCardErrorReport } from './core/report.js';
export type { CardErrorLabelOverrides, CardErrorLabels } from './i18n/labels.js';
export { getCardErrorI18n, type CardErrorOptions } from './i18n/host.js';
export {
  CARD_ERROR_LANGUAGES,
  resolveCardErrorLanguage,
  type CardErrorLanguage,
} from './i18n/language.js';
export { loadCardErrorLanguage } from './i18n/load.js';
export { CARD_ERROR_RESOURCES, type CardErrorResource } from './i18n/resources.js';

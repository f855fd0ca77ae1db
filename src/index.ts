'use client';
// The only public door of wechat-card-errors: named exports, each type beside its value.

export {
  CARD_ERROR_ACTIONS,
  CARD_ERROR_CATALOG,
  CARD_ERROR_CATEGORIES,
  CARD_ERROR_CODES,
  CARD_ERROR_SEVERITIES,
  cardErrorCopyKeys,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorCode,
  type CardErrorCopyKeys,
  type CardErrorEntry,
  type CardErrorSeverity,
} from './catalog/index.js';
export { MAX_ERRMSG_LENGTH, parseCardError, type ParsedCardError } from './core/parse.js';
export { describeCardError, type CardErrorView } from './core/describe.js';
export {
  defineCardErrors,
  lookupCardError,
  type CardErrorCopy,
  type CardErrorDefinition,
  type CardErrorDefinitions,
} from './core/registry.js';
export {
  formatCardErrorReport,
  type CardErrorLabelOverrides,
  type CardErrorLabels,
} from './core/labels.js';
export type { CardErrorOptions } from './core/resolve.js';
export {
  CARD_ERROR_LANGUAGES,
  resolveCardErrorLanguage,
  type CardErrorLanguage,
} from './i18n/language.js';
export { CARD_ERROR_NS, CARD_ERROR_RESOURCES, type CardErrorResource } from './i18n/resources.js';
export { attachCardErrors, getCardErrorI18n } from './i18n/instance.js';
export {
  cardErrorRootProps,
  useCardError,
  type CardErrorRootProps,
  type CardErrorState,
} from './components/useCardError.js';
export { CardErrorAlert, type CardErrorAlertProps } from './components/CardErrorAlert.js';
export { SeverityIcon, type SeverityIconProps } from './components/SeverityIcon.js';
export { TechnicalDetails, type TechnicalDetailsProps } from './components/TechnicalDetails.js';
export {
  cardErrorToastStore,
  createCardErrorToastStore,
  dismissCardErrorToast,
  toastCardError,
  type CardErrorToastOptions,
  type CardErrorToastRecord,
  type CardErrorToastSnapshot,
  type CardErrorToastStore,
} from './core/toastStore.js';
export {
  ACTION_TOAST_DURATION,
  CARD_ERROR_TOAST_DURATIONS,
  MIN_TOAST_DURATION,
  toastDuration,
  type ToastDurationInput,
} from './core/toastDurations.js';
export {
  CardErrorToaster,
  DEFAULT_TOAST_LIMIT,
  type CardErrorToasterProps,
  type CardErrorToastPlacement,
} from './components/CardErrorToaster.js';
export type { CardErrorToastLabels } from './components/CardErrorToasterItem.js';
export { useCardErrorToast, type CardErrorToastApi } from './components/useCardErrorToast.js';

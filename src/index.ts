'use client';
// The only public door of wechat-card-errors: named exports, each type beside its value.

// Parse, describe, catalog and words, without React: also the server-safe entry `wechat-card-errors/core`.
export * from './core.js';
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

'use client';
// The only public door of wechat-card-errors: named exports, each type beside its value. What the
// README teaches; the building blocks (the toast singleton, duration rules, details block) stay inside.

// Parse, describe, catalog and words, without React: also the server-safe entry `wechat-card-errors/core`
// (src/server.ts, named apart from the src/core/ folder beside it).
export * from './server.js';
export { useCardError, type CardErrorRootProps, type CardErrorState } from './components/useCardError.js';
export { CardErrorAlert, type CardErrorAlertProps } from './components/CardErrorAlert.js';
export { SeverityIcon, type SeverityIconProps } from './components/SeverityIcon.js';
export {
  createCardErrorToastStore,
  dismissCardErrorToast,
  toastCardError,
  type CardErrorToastOptions,
  type CardErrorToastRecord,
  type CardErrorToastSnapshot,
  type CardErrorToastStore,
} from './core/toastStore.js';
export { CARD_ERROR_TOAST_DURATIONS } from './core/toastDurations.js';
export {
  CardErrorToaster,
  type CardErrorToasterProps,
  type CardErrorToastPlacement,
} from './components/CardErrorToaster.js';
export type { CardErrorToastLabels } from './components/CardErrorToasterItem.js';
export { useCardErrorToast, type CardErrorToastApi } from './components/useCardErrorToast.js';

'use client';
// The only public door of wechat-card-errors: named exports, each type beside its value. What the
// README teaches (28 names, test/exports.test.ts counts them); the building blocks (the app-wide toast
// queue, duration rules, labels, the details block, the icon) stay inside until a host asks.

// Parse, describe, catalog and words, without React: also the server-safe entry `wechat-card-errors/core`
// (src/server.ts, named apart from the src/core/ folder beside it).
export * from './server.js';
export { useCardError } from './components/useCardError.js';
export { CardErrorAlert } from './components/CardErrorAlert.js';
export { CardErrorSummary } from './components/CardErrorSummary.js';
export {
  createCardErrorToastStore,
  dismissCardErrorToast,
  toastCardError,
  type CardErrorToastOptions,
  type CardErrorToastStore,
} from './core/toastStore.js';
export { CardErrorToaster } from './components/CardErrorToaster.js';
export { useCardErrorToast } from './components/useCardErrorToast.js';

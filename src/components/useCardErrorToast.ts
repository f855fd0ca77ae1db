import { useMemo } from 'react';
import { cardErrorToastStore, type CardErrorToastOptions, type CardErrorToastStore } from '../core/toastStore.js';

/** What `useCardErrorToast` returns. */
export interface CardErrorToastApi {
  /** `toastCardError` with the hook's defaults merged under the call's options. Returns the toast's id, or `null` when nothing shows. */
  toast: (input: unknown, options?: CardErrorToastOptions) => string | null;
  /** `dismissCardErrorToast`: one toast by id, or all; `null` closes nothing. */
  dismiss: (id?: string | null) => void;
}

/**
 * `toastCardError` and `dismissCardErrorToast` inside React, with optional defaults for every call of
 * this component (e.g. `{ key: 'consume-code', onRetry }`), on `store` when given (the one a
 * `<CardErrorToaster store={store}>` shows), else on the app-wide queue. Stable while both are.
 */
export function useCardErrorToast(defaults?: CardErrorToastOptions, store: CardErrorToastStore = cardErrorToastStore): CardErrorToastApi {
  return useMemo(
    () => ({
      toast: (input, options) => store.add(input, defaults ? { ...defaults, ...options } : options),
      dismiss: (id) => store.dismiss(id),
    }),
    [defaults, store],
  );
}

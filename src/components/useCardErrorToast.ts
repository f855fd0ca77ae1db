import { useMemo } from 'react';
import {
  dismissCardErrorToast,
  toastCardError,
  type CardErrorToastOptions,
} from '../core/toastStore.js';

/** What `useCardErrorToast` returns. */
export interface CardErrorToastApi {
  /** `toastCardError` with the hook's defaults merged under the call's options. Returns the toast's id, or `null` when nothing shows. */
  toast: (input: unknown, options?: CardErrorToastOptions) => string | null;
  /** `dismissCardErrorToast`: one toast by id, or all; `null` closes nothing. */
  dismiss: (id?: string | null) => void;
}

/**
 * `toastCardError` and `dismissCardErrorToast` inside React, with optional defaults for every call of
 * this component (e.g. `{ key: 'consume-code', onRetry }`). Stable while the defaults are.
 */
export function useCardErrorToast(defaults?: CardErrorToastOptions): CardErrorToastApi {
  return useMemo(
    () => ({
      toast: (input, options) => toastCardError(input, defaults ? { ...defaults, ...options } : options),
      dismiss: dismissCardErrorToast,
    }),
    [defaults],
  );
}

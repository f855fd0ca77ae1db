import { useEffect, useRef, type MouseEvent } from 'react';
import type { CardErrorSeverity } from '../catalog/index.js';
import type { CardErrorToastRecord, CardErrorToastStore } from '../core/toastStore.js';
import type { CardErrorLabels } from '../i18n/labels.js';
import type { CardErrorState } from './useCardError.js';
import type { RetryOutcome } from './useRetry.js';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';
import type { ToastAnnouncement } from './useToastAnnouncer.js';

/** Errors interrupt (assertive); everything else waits its turn (polite). */
const LIVE = {
  success: 'polite',
  info: 'polite',
  warning: 'polite',
  error: 'assertive',
} as const satisfies Record<CardErrorSeverity, ToastAnnouncement['live']>;

/** What a toast's retry needs: its record and store, its words, and the toaster's announcer. */
export interface ToastRetryInput {
  readonly record: CardErrorToastRecord;
  readonly store: CardErrorToastStore;
  readonly state: CardErrorState;
  readonly labels: CardErrorLabels['toast'];
  /** The buttons' alternatives, read after the message on arrival (`null`: no such button). */
  readonly alts: readonly (string | null)[];
  readonly announce: (announcement: ToastAnnouncement) => void;
  /** What a failed retry says (useRetry.ts): spoken with the outcome, once. */
  readonly outcome: RetryOutcome;
}

/**
 * The toast's retry, in one place: its state (`retrying` while `onRetry` runs), the Retry button's
 * click, where focus goes when the outcome removes the button, and what is spoken, once each: the toast
 * on arrival (not a repeat that raises the count), the retry's progress, its outcome.
 */
export function useToastRetry({ record, store, state, labels, alts, announce, outcome }: ToastRetryInput) {
  const { id } = record;
  const retrying = record.retry === 'pending';
  const close = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const onRetryClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault(); // keep the toast open: it shows the retry's progress and outcome
    refocus.current = true;
    store.retry(id, state);
  };
  // An outcome without Retry removes the focused button: keep focus in the toast, on its close button
  // (on the toast itself a screen reader read the outcome a second time, after the announcement).
  useSafeLayoutEffect(() => {
    if (!refocus.current || retrying) return;
    refocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) close.current?.focus();
  }, [retrying, record.retries]);
  useEffect(() => {
    const { severity, lng } = state;
    const said = [state.labels.severities[severity], state.message, outcome.exhausted ? null : state.hint, outcome.note].filter(Boolean).join(' ');
    if (retrying) announce({ key: `${id}:retrying:${record.retries}`, text: labels.retrying, lng, live: 'polite' });
    else if (record.retries > 0) announce({ key: `${id}:outcome:${record.retries}`, text: said, lng, live: LIVE[severity] });
    else announce({ key: id, text: [labels.announce, said, ...alts].filter(Boolean).join(' '), lng, live: LIVE[severity] });
  }, [id, retrying, record.retries]); // not on a language switch or a count: once per arrival, retry and outcome
  return { retrying, onRetryClick, close };
}

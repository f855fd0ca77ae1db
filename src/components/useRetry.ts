// Retry: what the operator is told after tries failed (the alert's and the toast's), and a toast's Retry
// button, focus and announcements.
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { CardErrorOrigin, CardErrorSeverity } from '../catalog/index.js';
import type { CardErrorToastRecord, CardErrorToastStore } from '../core/toastStore.js';
import type { CardErrorLabels } from '../i18n/labels.js';
import { interpolate } from '../i18n/words.js';
import type { CardErrorState } from './useCardError.js';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';
import type { ToastAnnouncement } from './useToastAnnouncer.js';

/**
 * Tries of one operation (the first one and every Retry) after which Retry is no longer offered: three
 * failures in a row say it will not go through by itself, and a fourth press only repeats the wait.
 */
export const MAX_TRIES = 3;

/** What the operator is told after a try failed again. */
export interface RetryOutcome {
  /**
   * "It failed again (N tries so far)", or after MAX_TRIES the next step (the developer, or WeChat support
   * when WeChat itself kept failing) in place of the hint; `null` before any retry or after a success.
   */
  readonly note: string | null;
  /** Whether the note replaces the hint: the tries are used up and the hint may still say "try again". */
  readonly exhausted: boolean;
}

/** The view's fields the outcome depends on. */
interface Failure {
  readonly severity: CardErrorSeverity;
  readonly origin: CardErrorOrigin;
  /** WeChat's errcode, WeChat Pay's string code, or `null`. */
  readonly code: number | string | null;
}

/**
 * Who takes over when tries are used up: WeChat support when WeChat itself answered "system busy" (-1) every
 * time; anything else (a credential, a quota, the merchant's own server, the connection) the developer.
 */
function nextStepKey(failure: Failure): 'retryExhausted' | 'retryExhaustedSupport' {
  return failure.origin === 'wechat' && failure.code === -1 ? 'retryExhaustedSupport' : 'retryExhausted';
}

/**
 * The retry outcome of a toast (or an alert) after `retries` retries of one operation: what failed again, how
 * many tries were made, and whether Retry is still offered. Pure words from the `toast` labels.
 */
export function retryOutcome(retries: number, failure: Failure, labels: CardErrorLabels['toast']): RetryOutcome {
  const tries = Math.max(0, Math.floor(retries)) + 1;
  if (tries < 2 || failure.severity === 'success') return { note: null, exhausted: false };
  const exhausted = tries >= MAX_TRIES;
  const template = exhausted ? labels[nextStepKey(failure)] : labels.retryFailed;
  return { note: interpolate(template, { count: tries }), exhausted };
}

/** `retryOutcome`, computed once per retry count, failure and labels. */
export function useRetryOutcome(retries: number, failure: Failure, labels: CardErrorLabels['toast']): RetryOutcome {
  const { severity, origin, code } = failure;
  return useMemo(() => retryOutcome(retries, { severity, origin, code }, labels), [retries, severity, origin, code, labels]);
}

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
  /** What a failed retry says (`useRetryOutcome`): spoken with the outcome, once. */
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

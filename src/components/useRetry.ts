import { useMemo } from 'react';
import type { CardErrorOrigin, CardErrorSeverity } from '../catalog/index.js';
import type { CardErrorLabels } from '../i18n/labels.js';

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

const interpolateCount = (template: string, count: number) => template.replace(/\{\{\s*count\s*\}\}/g, String(count));

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
  return { note: interpolateCount(template, tries), exhausted };
}

/** `retryOutcome`, computed once per retry count, failure and labels. */
export function useRetryOutcome(retries: number, failure: Failure, labels: CardErrorLabels['toast']): RetryOutcome {
  const { severity, origin, code } = failure;
  return useMemo(() => retryOutcome(retries, { severity, origin, code }, labels), [retries, severity, origin, code, labels]);
}

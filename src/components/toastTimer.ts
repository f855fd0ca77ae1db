// How long a toast stays (the durations by severity, with their floors) and the timer that closes it.
import { useEffect, useRef } from 'react';
import type { CardErrorSeverity } from '../catalog/index.js';
import { printable, warnOnce } from '../warn.js';

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** How long a toast stays, by severity (ms): the worse the news, the longer the operator needs to read it (README, Timing). */
export const CARD_ERROR_TOAST_DURATIONS = {
  success: 4000,
  info: 5000,
  warning: 8000,
  error: 10000,
} as const satisfies Record<CardErrorSeverity, number>;

/** No toast closes on its own sooner than this (ms): shorter is unreadable for many people (WCAG 2.2.1). */
export const MIN_TOAST_DURATION = 4000;

/** A toast with an action button stays at least this long (ms), so the button can be reached by keyboard. */
export const ACTION_TOAST_DURATION = 10000;

/** What decides one toast's duration. */
export interface ToastDurationInput {
  readonly severity: CardErrorSeverity;
  /** Whether the toast offers an action (Retry or `onAction`); "Details" does not count. */
  readonly hasAction: boolean;
  /** The call's own `duration` option. */
  readonly duration?: unknown;
  /** The toaster's per-severity overrides. */
  readonly durations?: Partial<Record<CardErrorSeverity, unknown>>;
  /** The toaster's minimum for toasts with an action; `Infinity` keeps them until dismissed. */
  readonly actionDuration?: unknown;
}

/** A usable duration (a positive number, `Infinity` allowed), or `undefined` with a development warning. */
function valid(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && value > 0) return value; // NaN fails `> 0`
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(`toast-duration:${name}`, `Ignoring ${name} = ${printable(value)}: a toast duration is a positive number of ms (or Infinity).`);
  }
  return undefined;
}

/**
 * Milliseconds before a toast closes on its own: the call's `duration`, else the toaster's, else the
 * severity default; never under `MIN_TOAST_DURATION`, and at least the action duration when it has an action.
 */
export function toastDuration({ severity, hasAction, duration, durations, actionDuration }: ToastDurationInput): number {
  const base =
    valid(duration, 'duration') ?? valid(durations?.[severity], `durations.${severity}`) ?? CARD_ERROR_TOAST_DURATIONS[severity];
  const floor = hasAction ? Math.max(MIN_TOAST_DURATION, valid(actionDuration, 'actionDuration') ?? ACTION_TOAST_DURATION) : MIN_TOAST_DURATION;
  return Math.max(base, floor);
}

/** Longest delay `setTimeout` honours (ms); anything longer would fire at once, so it means "stay". */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Calls `onExpire` after `duration` ms of running time. Pausing keeps the time left; a new `restartKey`
 * (a grouped repeat, a retry's outcome) or a new duration starts the full duration again. One timer at
 * most, cleared on unmount.
 */
export function useToastTimer(duration: number, running: boolean, restartKey: unknown, onExpire: () => void): void {
  const expire = useRef(onExpire);
  const remaining = useRef(duration);
  const started = useRef({ restartKey, duration });
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    if (started.current.restartKey !== restartKey || started.current.duration !== duration) {
      started.current = { restartKey, duration };
      remaining.current = duration;
    }
    if (!running || !(remaining.current <= MAX_TIMEOUT)) return undefined; // Infinity or NaN: stay
    const startedAt = Date.now();
    const timer = setTimeout(() => expire.current(), Math.max(0, remaining.current));
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - startedAt;
    };
  }, [duration, running, restartKey]);
}

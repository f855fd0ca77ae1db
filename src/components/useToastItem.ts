import { useEffect, useMemo, useReducer, useRef, type ComponentPropsWithRef } from 'react';
import type { Root } from '@radix-ui/react-toast';
import type { CardErrorAction, CardErrorSeverity } from '../catalog/index.js';
import { disclosureState } from './Disclosure.js';
import { toastDuration, useToastTimer } from './toastTimer.js';
import type { CardErrorToastRecord, CardErrorToastStore } from '../core/toastStore.js';
import { resolveWords } from '../i18n/host.js';
import { altKey, withOverrides, type CardErrorLabels } from '../i18n/labels.js';
import { interpolate, type Words } from '../i18n/words.js';
import { isBatchSummary } from '../core/batchBrand.js';
import { batchText, batchToastState } from './summaryWords.js';
import { useParsedCardError } from './useCardError.js';
import type { ToastAnnouncement } from './useToastAnnouncer.js';
import { useRetryOutcome, useToastRetry } from './useRetry.js';

/** The toaster's words (the `toast` section of the locale files). */
export type CardErrorToastLabels = CardErrorLabels['toast'];

/** What the toaster hands every toast, built once per render of the toaster. */
export interface ToasterContext {
  /** The store the toast belongs to: its close, timer and Retry act on it. */
  readonly store: CardErrorToastStore;
  /** The toaster's words; a toast with its own `lng` reads the same instance in that language. */
  readonly words: Words;
  readonly durations?: Partial<Record<CardErrorSeverity, number>>;
  readonly actionDuration?: number;
  /** The toaster's overrides of the `toast` words. */
  readonly overrides?: Partial<CardErrorToastLabels>;
  /** Hover, focus inside, a hidden tab: the timer waits. */
  readonly paused: boolean;
  readonly onPause: () => void;
  readonly onResume: () => void;
  /** The toaster's announcer: each text once, in its language, one after another. */
  readonly announce: (announcement: ToastAnnouncement) => void;
  /** Escape: give focus back to where it was before the toasts. */
  readonly onLeave: () => void;
}

/** A success needs no technical details: nothing went wrong that a developer would look into. */
const DETAILS = {
  success: 'hidden',
  info: 'shown',
  warning: 'shown',
  error: 'shown',
} as const satisfies Record<CardErrorSeverity, 'shown' | 'hidden'>;

/** The viewport's padding (px, styles.css): opened details scroll into view this far from its edge. */
const VIEWPORT_PADDING = 16;

/**
 * Opened details below the screen's edge scroll into view inside the region (it scrolls; the page does
 * not). Runs when `open` turns true, after the rows are in the DOM.
 */
function useDetailsInView(open: boolean) {
  const root = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const node = root.current;
    const viewport = node?.parentElement;
    const details = open ? node?.querySelector('[data-slot="details"]') : null;
    if (!details || !viewport) return;
    const box = viewport.getBoundingClientRect();
    const rect = details.getBoundingClientRect();
    const below = rect.bottom - box.bottom + VIEWPORT_PADDING;
    if (below > 0) viewport.scrollTop += Math.min(below, rect.top - box.top - VIEWPORT_PADDING);
  }, [open]);
  return root;
}

/**
 * Everything one toast does, as prop bags its markup spreads (React Aria's `useToast`): its view and
 * words, its timer, its retry, its announcements, its buttons. `null` for a button it does not show.
 */
export function useToastItem(record: CardErrorToastRecord, toaster: ToasterContext) {
  const { id, options, count } = record;
  const { store, paused } = toaster;
  const own = typeof options.lng === 'string' ? options.lng : undefined;
  const words = useMemo(() => (own ? resolveWords({ i18n: toaster.words.i18n, lng: own }) : toaster.words), [own, toaster.words]);
  // A batch summary shows its counts (summaryWords.ts, read only for one); any other input its view.
  const view = useParsedCardError(record.parsed, words);
  const state = isBatchSummary(record.input) ? batchToastState(view, record.input, words) : { ...view, batch: false };
  const labels = withOverrides(state.labels.toast, toaster.overrides, 'labels');
  const { severity, action } = state;
  // The code's or origin's own alt text wins (a timed-out redeem: "check first"), else the kind's.
  const altText = (kind: Exclude<CardErrorAction, 'none'>) => (kind === action ? state.actionAlt : null) ?? labels[altKey(kind)];
  const onAction = typeof options.onAction === 'function' ? options.onAction : undefined;
  // After a retry: "it failed again (N tries)"; after MAX_TRIES the next step replaces the hint and Retry goes.
  const outcome = useRetryOutcome(record.retries, state, labels);
  const canRetry = state.retryable && typeof options.onRetry === 'function' && !outcome.exhausted;
  const showAction = onAction !== undefined && action !== 'none' && !(canRetry && action === 'retry');
  // A batch toast's one button opens the summary where the host shows it.
  const onOpen = state.batch && typeof options.onOpen === 'function' ? options.onOpen : undefined;
  const openLabel = onOpen ? batchText(words)('toastOpen') : '';
  const alts = [canRetry ? altText('retry') : null, showAction ? altText(action) : null, onOpen ? openLabel : null];
  const { retrying, onRetryClick, close } = useToastRetry({ record, store, state, labels, alts, announce: toaster.announce, outcome });
  const dismiss = () => store.dismiss(id);
  const { durations, actionDuration } = toaster;
  const duration = toastDuration({ severity, hasAction: canRetry || showAction || onOpen !== undefined, duration: options.duration, durations, actionDuration });
  useToastTimer(duration, !paused && !retrying, record.revision, dismiss);
  const hasDetails = DETAILS[severity] === 'shown' && !state.batch;
  // The details' state lives here, as the alert's does: collapsed, they are one button (Disclosure), and
  // none of their rows, report or language guess is built. Hidden details open again collapsed.
  const [detailsOpen, setDetails] = useReducer(disclosureState, false);
  if (!hasDetails && detailsOpen) setDetails(false);
  const root = useDetailsInView(detailsOpen);

  return {
    state,
    labels,
    /** The details button reads "Details" here; the rest of the details block is the alert's own. */
    details: hasDetails ? { ...state, labels: { ...state.labels, details: labels.details } } : null,
    /** Whether the details are open, and the button's click (Disclosure's `onToggle`) that flips them. */
    detailsOpen,
    toggleDetails: setDetails,
    /** The hint, or after the last try the next step; and "it failed again (N tries)" while Retry stays. */
    hint: outcome.exhausted ? outcome.note : state.hint,
    retryNote: outcome.exhausted ? null : outcome.note,
    count: count > 1 ? { shown: interpolate(labels.count, { count }), spoken: interpolate(labels.countLabel, { count }) } : null,
    rootProps: {
      ref: root,
      open: true,
      onOpenChange: (open: boolean) => (open ? undefined : dismiss()),
      duration: Infinity, // the kit's timer (useToastTimer) closes it: it knows grouped repeats and retries
      onPause: toaster.onPause,
      onResume: toaster.onResume,
      onEscapeKeyDown: toaster.onLeave,
      className: 'cek-toast',
      lang: state.lng,
      'data-severity': severity,
      'data-code': state.rootProps['data-code'],
      'data-origin': state.origin,
      'data-retry': retrying ? 'pending' : undefined,
    } satisfies ComponentPropsWithRef<typeof Root> & Record<`data-${string}`, unknown>,
    retry: canRetry
      ? {
          retrying,
          props: {
            altText: altText('retry'),
            'data-slot': 'retry',
            'data-state': retrying ? 'pending' : 'idle',
            'aria-disabled': retrying || undefined,
            onClick: onRetryClick,
          },
        }
      : null,
    action: showAction
      ? {
          label: state.labels.actions[action],
          props: { altText: altText(action), 'data-slot': 'action', 'data-action': action, onClick: () => onAction?.(action, state) },
        }
      : onOpen
        ? { label: openLabel, props: { altText: openLabel, 'data-slot': 'action', 'data-action': 'open', onClick: onOpen } }
        : null,
    closeProps: { ref: close, 'data-slot': 'dismiss', 'aria-label': labels.close },
  };
}

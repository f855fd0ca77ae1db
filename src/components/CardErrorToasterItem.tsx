import * as Toast from '@radix-ui/react-toast';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { CardErrorAction, CardErrorSeverity } from '../catalog/index.js';
import { toastDuration } from '../core/toastDurations.js';
import { cardErrorToastStore, type CardErrorToastRecord } from '../core/toastStore.js';
import { resolveWords } from '../i18n/host.js';
import { altKey, withOverrides, type CardErrorLabels } from '../i18n/labels.js';
import { interpolate, type Words } from '../i18n/words.js';
import { SeverityIcon } from './SeverityIcon.js';
import { TechnicalDetails } from './TechnicalDetails.js';
import { useParsedCardError } from './useCardError.js';
import type { ToastAnnouncement } from './useToastAnnouncer.js';
import { useToastTimer } from './useToastTimer.js';

/** The toaster's words (the `toast` section of the locale files). */
export type CardErrorToastLabels = CardErrorLabels['toast'];

/** Errors interrupt (assertive); everything else waits its turn (polite). */
const LIVE = {
  success: 'polite',
  info: 'polite',
  warning: 'polite',
  error: 'assertive',
} as const satisfies Record<CardErrorSeverity, ToastAnnouncement['live']>;

/** A success needs no technical details: nothing went wrong that a developer would look into. */
const DETAILS = {
  success: 'hidden',
  info: 'shown',
  warning: 'shown',
  error: 'shown',
} as const satisfies Record<CardErrorSeverity, 'shown' | 'hidden'>;

/** Props of one toast; the toaster passes its own settings down. */
export interface CardErrorToasterItemProps {
  record: CardErrorToastRecord;
  /** The toaster's words; a toast with its own `lng` reads the same instance in that language. */
  words: Words;
  durations?: Partial<Record<CardErrorSeverity, number>>;
  actionDuration?: number;
  /** The toaster's overrides of the `toast` words. */
  labels?: Partial<CardErrorToastLabels>;
  /** Hover, focus inside, a hidden tab: the timer waits. */
  paused: boolean;
  onPause: () => void;
  onResume: () => void;
  /** The toaster's announcer: each text once, in its language, one after another (none: silent). */
  announce?: (announcement: ToastAnnouncement) => void;
  /** Escape: give focus back to where it was before the toasts. */
  onLeave?: () => void;
}

const silent = () => undefined;

/** The viewport's padding (px, styles.css): opened details scroll into view this far from its edge. */
const VIEWPORT_PADDING = 16;


/** One toast: the same view and labels as the alert (`useCardError`), on a Radix `Toast.Root`. */
export const CardErrorToasterItem = memo(function CardErrorToasterItem({
  record,
  words: toasterWords,
  durations,
  actionDuration,
  labels: overrides,
  paused,
  onPause,
  onResume,
  announce = silent,
  onLeave,
}: CardErrorToasterItemProps) {
  const { id, options, count } = record;
  const own = typeof options.lng === 'string' ? options.lng : undefined;
  const words = useMemo(() => (own ? resolveWords({ i18n: toasterWords.i18n, lng: own }) : toasterWords), [own, toasterWords]);
  const state = useParsedCardError(record.parsed, words);
  const labels = withOverrides(state.labels.toast, overrides, 'labels');
  // The details summary reads "Details" here; the rest of the details block is the alert's own.
  const detailsState = { ...state, labels: { ...state.labels, details: labels.details } };
  const { severity, action } = state;
  // The code's or origin's own alt text wins (a timed-out redeem: "check first"), else the kind's.
  const altText = (kind: Exclude<CardErrorAction, 'none'>) => (kind === action ? state.actionAlt : null) ?? labels[altKey(kind)];
  const onAction = typeof options.onAction === 'function' ? options.onAction : undefined;
  const canRetry = state.retryable && typeof options.onRetry === 'function';
  const showAction = onAction !== undefined && action !== 'none' && !(canRetry && action === 'retry');
  const retrying = record.retry === 'pending';
  const duration = toastDuration({
    severity,
    hasAction: canRetry || showAction,
    duration: options.duration,
    durations,
    actionDuration,
  });
  const dismiss = () => cardErrorToastStore.dismiss(id);
  useToastTimer(duration, !paused && !retrying, record.revision, dismiss);

  const root = useRef<HTMLLIElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const onRetryClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault(); // keep the toast open: it shows the retry's progress and outcome
    refocus.current = true;
    cardErrorToastStore.retry(id, state);
  };
  // An outcome without Retry removes the focused button: keep focus in the toast, on its close button
  // (on the toast itself a screen reader read the outcome a second time, after the announcement).
  useLayoutEffect(() => {
    if (!refocus.current || retrying) return;
    refocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) close.current?.focus();
  }, [retrying, record.retries]);
  // Spoken once each: the toast when it shows (not a repeat that raises the count), a retry's progress, its outcome.
  const alts = [canRetry ? altText('retry') : null, showAction ? altText(action) : null];
  useEffect(() => {
    const said = `${state.labels.severities[severity]} ${state.message} ${state.hint}`;
    const lng = state.lng;
    if (retrying) announce({ key: `${id}:retrying:${record.retries}`, text: labels.retrying, lng, live: 'polite' });
    else if (record.retries > 0) announce({ key: `${id}:outcome:${record.retries}`, text: said, lng, live: LIVE[severity] });
    else announce({ key: id, text: [labels.announce, said, ...alts].filter(Boolean).join(' '), lng, live: LIVE[severity] });
  }, [id, retrying, record.retries]); // not on a language switch or a count: once per arrival, retry and outcome
  // Opened details below the screen's edge scroll into view inside the region (it scrolls; the page does not).
  useEffect(() => {
    const node = root.current;
    const onToggle = (event: Event) => {
      const viewport = node?.parentElement;
      if (!(event.target instanceof HTMLDetailsElement) || !event.target.open || !viewport) return;
      const box = viewport.getBoundingClientRect();
      const rect = event.target.getBoundingClientRect();
      const below = rect.bottom - box.bottom + VIEWPORT_PADDING;
      if (below > 0) viewport.scrollTop += Math.min(below, rect.top - box.top - VIEWPORT_PADDING);
    };
    node?.addEventListener('toggle', onToggle, true); // toggle does not bubble
    return () => node?.removeEventListener('toggle', onToggle, true);
  }, []);

  return (
    <Toast.Root
      ref={root}
      open
      onOpenChange={(open) => (open ? undefined : dismiss())}
      duration={Infinity}
      onPause={onPause}
      onResume={onResume}
      onEscapeKeyDown={onLeave}
      className="cek-toast"
      lang={state.lng}
      data-severity={severity}
      data-code={state.rootProps['data-code']}
      data-origin={state.origin}
      data-retry={retrying ? 'pending' : undefined}
    >
      <SeverityIcon severity={severity} />
      <div data-slot="body">
        <Toast.Title data-slot="message">
          <span className="cek-visually-hidden">{state.labels.severities[severity]} </span>
          {state.message}
          {count > 1 ? (
            <span data-slot="count">
              {' '}
              <span aria-hidden="true">{interpolate(labels.count, { count })}</span>
              <span className="cek-visually-hidden"> {interpolate(labels.countLabel, { count })}</span>
            </span>
          ) : null}
        </Toast.Title>{' '}
        <Toast.Description data-slot="hint">{state.hint}</Toast.Description>{' '}
        {canRetry || showAction ? (
          <div data-slot="actions">
            {canRetry ? (
              <Toast.Action
                altText={altText('retry')}
                data-slot="retry"
                data-state={retrying ? 'pending' : 'idle'}
                aria-disabled={retrying || undefined}
                onClick={onRetryClick}
              >
                {/* Both labels share one grid cell, so the button keeps its width; the hidden one is aria-hidden. */}
                <span data-part="label" aria-hidden={retrying || undefined}>
                  {labels.retry}
                </span>
                <span data-part="progress" aria-hidden={!retrying || undefined}>
                  {labels.retrying}
                </span>
              </Toast.Action>
            ) : null}
            {showAction ? (
              <Toast.Action
                altText={altText(action)}
                data-slot="action"
                data-action={action}
                onClick={() => onAction?.(action, state)}
              >
                {state.labels.actions[action]}
              </Toast.Action>
            ) : null}
          </div>
        ) : null}
        {/* Radix reads the toast's text aloud on arrival; the technical details are not part of it. */}
        {DETAILS[severity] === 'shown' ? (
          <div data-radix-toast-announce-exclude="">
            <TechnicalDetails state={detailsState} />
          </div>
        ) : null}
      </div>
      <Toast.Close ref={close} data-slot="dismiss" aria-label={labels.close}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </Toast.Close>
    </Toast.Root>
  );
});

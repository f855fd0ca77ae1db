import type { i18n as I18n } from 'i18next';
import { Fragment, useMemo, useReducer, type HTMLAttributes } from 'react';
import type { CardErrorAction, CardErrorCode } from '../catalog/index.js';
import type { CardErrorView } from '../core/describe.js';
import { parseCardError, type ParsedCardError } from '../core/parse/index.js';
import { withOverrides, type CardErrorLabelOverrides } from '../i18n/labels.js';
import { useWords } from '../i18n/useWords.js';
import type { Words } from '../i18n/words.js';
import { keepFocusOnRemoval, rememberFocusOrigin } from './alertFocus.js';
import { disclosureButton, disclosureState } from './Disclosure.js';
import { SeverityIcon } from './SeverityIcon.js';
import { TechnicalDetailsContent } from './TechnicalDetails.js';
import { sharedStateOf, type CardErrorState } from './useCardError.js';
import { retryOutcome, type RetryOutcome } from './useRetry.js';

/** Props of `CardErrorAlert`; any other `<div>` attribute is spread on the root. */
export interface CardErrorAlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role'> {
  /** WeChat's errcode; known codes autocomplete, any number is accepted. */
  code?: CardErrorCode | (number & {}) | null;
  /** Any failure: a WeChat response, an `Error`, an axios error, a numeric string. `code` wins over its errcode. */
  error?: unknown;
  /** Language for this alert only; defaults to the i18next instance's language. */
  lng?: string;
  /** The host's i18next instance; defaults to the provider's, then the kit's own. */
  i18n?: I18n;
  /** Called with the action kind when the action button is pressed; without it no button shows. */
  onAction?: (action: CardErrorAction, view: CardErrorView) => void;
  /** Called when the dismiss button is pressed; without it no dismiss button shows. */
  onDismiss?: () => void;
  /**
   * Show the collapsible technical details.
   * @defaultValue true
   */
  showDetails?: boolean;
  /**
   * Open the technical details on first render.
   * @defaultValue false
   */
  defaultDetailsOpen?: boolean;
  /** Override any UI label of the locale files (e.g. `{ dismiss: 'Close' }`). */
  labels?: CardErrorLabelOverrides;
  /**
   * Change it (a counter, a request id) when the same failure happens again: the message and hint are
   * put in anew, so screen readers announce them again. An identical re-render is not announced.
   */
  announceKey?: string | number;
  /**
   * How many times the operator already pressed this alert's Retry for the same operation (`0`: the first
   * failure). From 1 the alert says the try failed again and how many tries were made (announced with the
   * message); from 2 (three tries) it names the next step in place of the hint and offers no Retry. Only
   * for an alert whose action is `retry`.
   * @defaultValue 0
   */
  retries?: number;
}

/** Parses `error` once and merges `code` into it (a WeChat errcode), keeping its errmsg and rid. */
function alertParsed(code: CardErrorAlertProps['code'], error: unknown): ParsedCardError {
  const fromCode = code === undefined || code === null ? null : parseCardError(code);
  // `code` alone (the common case): nothing to merge, one parse.
  if (error === undefined && fromCode !== null && fromCode.code !== null) return fromCode;
  const fromError = parseCardError(error);
  if (fromCode === null || fromCode.code === null) return fromError;
  return { ...fromError, ...fromCode, errmsg: fromError.errmsg, rid: fromError.rid };
}

/**
 * The alert's state in `words` (with the host's label overrides) and its retry outcome: `retries` counts
 * only for an alert whose action is `retry` and that offers it (`onAction`).
 */
function alertState(parsed: ParsedCardError, words: Words, overrides: unknown, offersAction: boolean, retries: unknown) {
  const base = sharedStateOf(parsed, words);
  const state: CardErrorState = overrides ? { ...base, labels: withOverrides(base.labels, overrides, 'labels') } : base;
  const tries = offersAction && state.action === 'retry' && typeof retries === 'number' && retries > 0 ? retries : 0;
  const outcome: RetryOutcome = retryOutcome(tries, state, state.labels.toast);
  return { state, outcome };
}


/**
 * An inline alert for one WeChat card-coupon result: severity icon and colour, the operator's
 * message and hint, an optional action and dismiss, and collapsed technical details with copy.
 */
export function CardErrorAlert({
  code,
  error,
  lng,
  i18n,
  onAction,
  onDismiss,
  showDetails = true,
  defaultDetailsOpen = false,
  labels: labelOverrides,
  announceKey,
  retries = 0,
  className,
  ...rest
}: CardErrorAlertProps) {
  const parsed = useMemo(() => alertParsed(code, error), [code, error]);
  const words = useWords({ lng, i18n });
  // One memo for the state, the overrides and the retry outcome: the same words, props and retries, the same objects.
  const offersAction = onAction !== undefined;
  const { state, outcome } = useMemo(
    () => alertState(parsed, words, labelOverrides, offersAction, retries),
    [parsed, words, labelOverrides, offersAction, retries],
  );
  const { labels, action } = state;
  // The technical details' state lives here: collapsed, they are one button of this component (below),
  // whose click handler (the dispatch) is the same function at every render.
  const [detailsOpen, setDetails] = useReducer(disclosureState, defaultDetailsOpen);
  // Hidden details start again from `defaultDetailsOpen` when shown, as a component of their own would.
  if (!showDetails && detailsOpen !== defaultDetailsOpen) setDetails(defaultDetailsOpen);
  const severity = labels.severities[state.severity];
  return (
    <div
      {...rest}
      {...state.rootProps}
      ref={keepFocusOnRemoval}
      onFocus={
        rest.onFocus
          ? (event) => {
              rememberFocusOrigin(event);
              rest.onFocus?.(event);
            }
          : rememberFocusOrigin
      }
      lang={state.lng}
      data-slot="alert"
      className={className ? `cek-alert ${className}` : 'cek-alert'}
    >
      {/* No body wrapper: the root's grid (styles.css) puts the icon, the text column and dismiss side by side. */}
      {/* The icon and the details' disclosure button are called as functions (they hold no hooks), not
          mounted as components of their own: fewer fibers per alert for React to render and commit (test/bench). */}
      {SeverityIcon({ label: severity })}
      {/* A new announceKey re-inserts both: a live region speaks what is added to it. */}
      <Fragment key={`${announceKey ?? ''}:${outcome.note ?? ''}`}>
        {/* The severity word, shown in forced colours (styles.css), where colour says nothing. */}
        <p data-slot="message" data-severity-label={severity + labels.separator}>
          {state.message}
        </p>
        <p data-slot="hint">{outcome.exhausted ? outcome.note : state.hint}</p>
        {outcome.note && !outcome.exhausted ? <p data-slot="retry-outcome">{outcome.note}</p> : null}
      </Fragment>
      {onAction && action !== 'none' && !outcome.exhausted ? (
        <div data-slot="actions">
          <button type="button" data-slot="action" data-action={action} onClick={() => onAction(action, state)}>
            {labels.actions[action]}
          </button>
        </div>
      ) : null}
      {showDetails ? disclosureButton(labels.details, detailsOpen, setDetails) : null}
      {showDetails && detailsOpen ? (
        <div data-slot="details">
          <TechnicalDetailsContent state={state} />
        </div>
      ) : null}
      {onDismiss ? (
        <button type="button" data-slot="dismiss" aria-label={labels.dismiss} onClick={onDismiss}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      ) : null}
    </div>
  );
}

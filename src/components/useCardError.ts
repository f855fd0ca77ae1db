import { useMemo } from 'react';
import { describeParsed, type CardErrorView } from '../core/describe.js';
import { labelsFor, type CardErrorLabels } from '../core/labels.js';
import { parseCardError, type ParsedCardError } from '../core/parse.js';
import type { CardErrorOptions } from '../core/resolve.js';
import { useLanguageContext } from './useLanguageContext.js';

/** Props a renderer spreads on its root element. */
export interface CardErrorRootProps {
  /** `alert` (assertive) for errors, `status` (polite) for everything else. */
  readonly role: 'alert' | 'status';
  readonly 'data-severity': CardErrorView['severity'];
  /** The errcode, or `''` when the input carried none. */
  readonly 'data-code': string;
  /** Where the failure stopped (`wechat`, `network`, `timeout`, `cancelled`, `http`, `unknown`). */
  readonly 'data-origin': CardErrorView['origin'];
}

/** What `useCardError` returns: the view, the UI labels in the same language, and root props. */
export interface CardErrorState extends CardErrorView {
  /** Every word of the UI chrome, in the view's language. */
  readonly labels: CardErrorLabels;
  /** Spread on the element that shows the message. */
  readonly rootProps: CardErrorRootProps;
}

/** Props for the root element of any renderer of a view. */
export function cardErrorRootProps(view: CardErrorView): CardErrorRootProps {
  return {
    role: view.severity === 'error' ? 'alert' : 'status',
    'data-severity': view.severity,
    'data-code': view.code === null ? '' : String(view.code),
    'data-origin': view.origin,
  };
}

/**
 * `describeCardError` inside React: the same view, re-rendered when the language changes, with the UI
 * labels and the root props a renderer spreads. Uses the host's i18next when there is one.
 */
export function useCardError(input: unknown, options: CardErrorOptions = {}): CardErrorState {
  const parsed = useMemo(() => parseCardError(input), [input]);
  return useParsedCardError(parsed, options);
}

/** `useCardError` for a failure already parsed (a toast record, an alert's merged `code`): parsed once, not per render. */
export function useParsedCardError(parsed: ParsedCardError, options: CardErrorOptions = {}): CardErrorState {
  const context = useLanguageContext(options);
  return useMemo(() => {
    const view = describeParsed(parsed, context);
    return { ...view, labels: labelsFor(context), rootProps: cardErrorRootProps(view) };
  }, [parsed, context]);
}

import { useMemo } from 'react';
import { describeParsed, type CardErrorView } from '../core/describe.js';
import { parseCardError, type ParsedCardError } from '../core/parse/index.js';
import type { CardErrorOptions } from '../i18n/host.js';
import { labelsOf, type CardErrorLabels } from '../i18n/labels.js';
import { useWords } from '../i18n/useWords.js';
import type { Words } from '../i18n/words.js';

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
  /** Every word of the UI chrome, in the view's language (English at worst, never empty). */
  readonly labels: CardErrorLabels;
  /** Spread on the element that shows the message. */
  readonly rootProps: CardErrorRootProps;
}

/** States by words, then by parsed failure: alerts of one shared parse (a bare errcode) share one state. */
const STATES = new WeakMap<Words, WeakMap<ParsedCardError, CardErrorState>>();

/** The state of a parsed failure in `words`, built once per words object and parsed failure. */
export function sharedStateOf(parsed: ParsedCardError, words: Words): CardErrorState {
  let states = STATES.get(words);
  if (!states) STATES.set(words, (states = new WeakMap()));
  let state = states.get(parsed);
  if (!state) states.set(parsed, (state = stateOf(parsed, words)));
  return state;
}

/** The state of a parsed failure in `words`: the view, its labels and root props. */
function stateOf(parsed: ParsedCardError, words: Words): CardErrorState {
  const view = describeParsed(parsed, words);
  const rootProps: CardErrorRootProps = {
    role: view.severity === 'error' ? 'alert' : 'status',
    'data-severity': view.severity,
    'data-code': view.code === null ? '' : String(view.code),
    'data-origin': view.origin,
  };
  return { ...view, labels: labelsOf(words), rootProps };
}

/**
 * The state of an already parsed failure (a toast record, an alert's merged `code`) in the words given.
 * Follows `defineCardErrors` through the words: a definition is a counted change, so they are new words.
 */
export function useParsedCardError(parsed: ParsedCardError, words: Words): CardErrorState {
  return useMemo(() => sharedStateOf(parsed, words), [parsed, words]);
}

/**
 * `describeCardError` inside React: the same view, re-rendered when the language changes, with the UI
 * labels and the root props a renderer spreads. Uses the host's i18next when there is one. Never throws.
 */
export function useCardError(input: unknown, options?: CardErrorOptions): CardErrorState {
  const parsed = useMemo(() => parseCardError(input), [input]);
  return useParsedCardError(parsed, useWords(options));
}

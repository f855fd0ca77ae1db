import { CARD_ERROR_ACTIONS, CARD_ERROR_CATEGORIES, CARD_ERROR_SEVERITIES, type CardErrorAction, type CardErrorCategory, type CardErrorSeverity } from '../catalog/index.js';
import { printable, warnOnce } from '../warn.js';
import { KIT_WORDS, type CardErrorResource } from './resources.js';
import type { Words } from './words.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Every word of the UI chrome in one language: button labels, assistive text, headings. */
export type CardErrorLabels = CardErrorResource['ui'] & {
  /** Severity names, e.g. the icon's accessible name ("错误" / "Error"). */
  readonly severities: Readonly<Record<CardErrorSeverity, string>>;
  /** Action button labels; `none` has no button. */
  readonly actions: Readonly<Record<Exclude<CardErrorAction, 'none'>, string>>;
  /** Category names for the technical details. */
  readonly categories: Readonly<Record<CardErrorCategory, string>>;
  /** The toaster's words: region and close labels, Retry, Details, count, action alt texts. */
  readonly toast: CardErrorResource['toast'];
};

/** Partial labels a component accepts as a prop to override the locale files. */
export type CardErrorLabelOverrides = Partial<CardErrorResource['ui']>;

/** Every key of a section, each looked up in the words (the key itself if nobody has it). */
function section(words: Words, name: string, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) out[key] = words.text(`${name}.${key}`) ?? key;
  return out;
}

const keysOf = (name: 'ui' | 'toast') => Object.keys(KIT_WORDS.en?.[name] ?? {});
/**
 * A toast action's alternative for screen-reader users, who may not reach the button in time (Radix
 * `altText`): its key in the `toast` words (`restock` → `altRestock`).
 */
export const altKey = <A extends Exclude<CardErrorAction, 'none'>>(action: A) =>
  `alt${action[0]?.toUpperCase()}${action.slice(1)}` as `alt${Capitalize<A>}`;
const cache = new WeakMap<Words, CardErrorLabels>();

/** All UI labels of the words' language, computed once per words object. English at worst, never empty. */
export function labelsOf(words: Words): CardErrorLabels {
  let labels = cache.get(words);
  if (!labels) {
    const kinds = CARD_ERROR_ACTIONS.filter((action) => action !== 'none');
    const actions = section(words, 'action', kinds);
    const toast = section(words, 'toast', keysOf('toast'));
    // `/bare` before the host's words arrive has no alt texts: an action's label stands in, never nothing.
    for (const kind of kinds) toast[altKey(kind)] = words.text(`toast.${altKey(kind)}`) ?? (actions[kind] as string);
    labels = {
      ...section(words, 'ui', keysOf('ui')),
      severities: section(words, 'severity', CARD_ERROR_SEVERITIES),
      actions,
      categories: section(words, 'category', CARD_ERROR_CATEGORIES),
      toast,
    } as unknown as CardErrorLabels;
    cache.set(words, labels);
  }
  return labels;
}

/** `labels` with a host's overrides on top; an override that is not a non-empty string is skipped and named. */
export function withOverrides<T extends object>(labels: T, overrides: unknown, prop: string): T {
  if (!overrides || typeof overrides !== 'object') return labels;
  const out: Record<string, unknown> = { ...(labels as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
    else if (process.env.NODE_ENV !== 'production') {
      warnOnce(`${prop}.${key}`, `${prop}.${key} is ${printable(value)}, not a word; using the locale file's.`);
    }
  }
  return out as T;
}

import type { i18n as I18n } from 'i18next';
import type { CardErrorLanguage, LanguageStep } from './language.js';
import { CARD_ERROR_NS, KIT_WORDS } from './resources.js';
import { bumpWords } from './revision.js';

/** Values interpolated into a string, e.g. `{ code: 40099 }`. */
export type TranslateValues = Readonly<Record<string, string | number>>;

/** Whether the words of the shown language can still arrive (`/bare` with a host backend). */
export type WordsState = 'ready' | 'loading' | 'missing';

/** The kit's words in one language, found the same way for every renderer. */
export interface Words {
  /** The shipped language the words are in. */
  readonly lng: CardErrorLanguage;
  /** The instance the host's keys are read from (the kit's own when the host has none ready). */
  readonly i18n: I18n;
  /**
   * The host's keys, then the kit's, per language; `undefined` when nobody has a non-empty string.
   * `definedKey`: where a host's `defineCardErrors` words sit when not under `key` (a WeChat Pay code's).
   */
  text(key: string, values?: TranslateValues, definedKey?: string): string | undefined;
  /** `ready` unless the kit's copy of `lng` is not loaded (only in `/bare`). */
  readonly state: WordsState;
}

/** The operator's and developer's words for one code in one language; any field may be left out. */
export interface CardErrorCopy {
  /** What happened, for the operator. */
  message?: string;
  /** What to do next, for the operator. */
  hint?: string;
  /** What WeChat (or your back end) means, for the technical details. */
  detail?: string;
}

/** The host's `defineCardErrors` words as a bundle per language tag, shaped like `cardError.json` (`codes.<code>.<field>`). */
let bundles: ReadonlyMap<string, { codes: Record<string, CardErrorCopy> }> = new Map();

/**
 * Replaces the defined words with those of `definitions` (errcode → words by language tag) and counts
 * the change (src/core/registry.ts calls it after every definition or removal). A WeChat Pay code sits
 * under its canonical spelling (`codes.NO_AUTH`).
 */
export function setDefinedWords(definitions: Iterable<readonly [number | string, Readonly<Record<string, CardErrorCopy>>]>): void {
  const next = new Map<string, { codes: Record<string, CardErrorCopy> }>();
  for (const [code, copy] of definitions) {
    for (const [tag, fields] of Object.entries(copy)) {
      let bundle = next.get(tag);
      if (!bundle) next.set(tag, (bundle = { codes: {} }));
      bundle.codes[code] = fields;
    }
  }
  bundles = next;
  bumpWords();
}

/** The defined words under one language tag, as a `cardError` bundle, or `undefined`. */
export const definedBundle = (tag: string): unknown => bundles.get(tag);

/** The value at a dotted key, read with the kit's own separator whatever the host configured. */
export function readKey(bundle: unknown, key: string): unknown {
  if (!bundle || typeof bundle !== 'object') return undefined;
  let node: unknown = bundle;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  // A host with `keySeparator: false` may have added the key flat.
  return node ?? (bundle as Record<string, unknown>)[key];
}

/** The host's `cardError` bundle under `tag`, straight from its store (no `t`, no host options). */
export function hostBundle(i18n: I18n, tag: string): unknown {
  try {
    return (i18n.store?.data as Record<string, Record<string, unknown> | undefined> | undefined)?.[tag]?.[CARD_ERROR_NS];
  } catch {
    return undefined; // a store that throws on read: the kit's words still show
  }
}

const usable = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

// The kit's own interpolation (`{{name}}`), whatever prefix, suffix or escaping the host configured.
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * `template` with each `{{name}}` of `values` filled in; unknown names stay as written. The kit's one
 * interpolation: the words, the toast's count and the "N more" summary all go through it. Numbers are
 * written as given (an errcode is never grouped): format a count before passing it.
 */
export function interpolate(template: string, values: TranslateValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Words that look keys up along `steps`: per language, the host's `defineCardErrors` words, its i18next
 * keys under each tag, then the kit's own words. Each key is walked once per words object (they are
 * rebuilt when anything changes, src/i18n/host.ts), so every component and `describeCardError` share it.
 */
export function createWords(i18n: I18n, steps: readonly LanguageStep[], state: WordsState, extra?: (lng: CardErrorLanguage) => unknown): Words {
  const found = new Map<string, string | undefined>();
  const walk = (key: string, definedKey: string): string | undefined => {
    for (const { kit, tags } of steps) {
      for (const tag of tags) {
        const defined = readKey(definedBundle(tag), definedKey);
        if (usable(defined)) return defined;
      }
      for (const tag of tags) {
        const value = readKey(hostBundle(i18n, tag), key);
        if (usable(value)) return value;
      }
      const own = readKey(KIT_WORDS[kit], key) ?? readKey(extra?.(kit), key);
      if (usable(own)) return own;
    }
    return undefined;
  };
  const text = (key: string, values?: TranslateValues, definedKey = key) => {
    const memo = definedKey === key ? key : `${definedKey}\n${key}`;
    let template = found.get(memo);
    if (template === undefined && !found.has(memo)) found.set(memo, (template = walk(key, definedKey)));
    return template === undefined || !values ? template : interpolate(template, values);
  };
  return { lng: steps[0]?.kit ?? 'en', i18n, text, state };
}

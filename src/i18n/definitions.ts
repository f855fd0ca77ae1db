import { bumpWords } from './revision.js';

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

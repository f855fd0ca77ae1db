import {
  CARD_ERROR_ACTIONS,
  CARD_ERROR_CATALOG,
  CARD_ERROR_CATEGORIES,
  CARD_ERROR_SEVERITIES,
  asWeChatPayCode,
  canonicalWeChatPayCode,
  wechatPayCase,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorCode,
  type CardErrorEntry,
  type CardErrorSeverity,
  type WeChatPayCode,
} from '../catalog/index.js';
import { setDefinedWords, type CardErrorCopy } from '../i18n/words.js';
import type { CardErrorLanguage } from '../i18n/language.js';
import { warnOnce } from '../warn.js';

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

// The words live with the other words (src/i18n/words.ts, read by the words lookup); re-exported here.
export type { CardErrorCopy };

/** A host's change to a known code, or a code of its own (for example its back end's). */
export interface CardErrorDefinition {
  /**
   * How serious it is.
   * @defaultValue the kit's entry; `error` for a new code
   */
  severity?: CardErrorSeverity;
  /**
   * What to do next.
   * @defaultValue the kit's entry; `none` for a new code
   */
  action?: CardErrorAction;
  /**
   * Whether sending the same request again can succeed.
   * @defaultValue the kit's entry; `false` for a new code
   */
  retryable?: boolean;
  /**
   * Where it comes from.
   * @defaultValue the kit's entry; `general` for a new code
   */
  category?: CardErrorCategory;
  /** Words by language tag (`en`, `zh-CN`, …); a missing language or field falls back to the kit's, then English. */
  copy?: Partial<Record<CardErrorLanguage | (string & {}), CardErrorCopy>>;
}

/** Definitions keyed by errcode (any integer) or WeChat Pay code (`NOT_ENOUGH`): known codes autocomplete. */
export type CardErrorDefinitions = Partial<Record<CardErrorCode | WeChatPayCode, CardErrorDefinition>> &
  Record<number | Uppercase<string>, CardErrorDefinition>;

/** A registered definition after validation. */
interface Registered {
  readonly entry: CardErrorEntry;
  readonly copy: Readonly<Record<string, CardErrorCopy>>;
}

/** What a new code is before the host says otherwise; also what unknown codes get. */
export const DEFAULT_ENTRY: CardErrorEntry = {
  severity: 'error',
  action: 'none',
  retryable: false,
  category: 'general',
};

const registry = new Map<number | string, Registered>();
/** The registry's key: a WeChat Pay code in its tables' spelling (NOAUTH → NO_AUTH), an errcode as is. */
export const keyOf = (code: number | string) => (typeof code === 'string' ? canonicalWeChatPayCode(code) : code);

const COPY_FIELDS = ['message', 'hint', 'detail'] as const;

function pick<T extends string>(allowed: readonly T[], value: unknown, code: number | string, field: string): T | undefined {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value !== undefined && process.env.NODE_ENV !== 'production') {
    warnOnce(`define:${code}:${field}`, `defineCardErrors: ${field} ${JSON.stringify(value)} of errcode ${code} is not one of ${allowed.join(', ')}; using the kit's.`);
  }
  return undefined;
}

/** Keeps the non-empty strings of a copy object; warns about the rest. */
function cleanCopy(code: number | string, copy: CardErrorDefinition['copy']): Record<string, CardErrorCopy> {
  const out: Record<string, CardErrorCopy> = {};
  for (const [lng, fields] of Object.entries(copy ?? {})) {
    const kept: CardErrorCopy = {};
    for (const field of COPY_FIELDS) {
      const text: unknown = fields?.[field];
      if (typeof text === 'string' && text.trim()) kept[field] = text;
      else if (text !== undefined && process.env.NODE_ENV !== 'production') {
        warnOnce(`define:${code}:${lng}:${field}`, `defineCardErrors: copy.${lng}.${field} of errcode ${code} is empty or not a string; using the kit's.`);
      }
    }
    out[lng] = kept;
  }
  return out;
}

function validate(code: number | string, definition: CardErrorDefinition): Registered {
  const pay = typeof code === 'string' ? wechatPayCase(code, null, null) : undefined;
  const base = (pay ? pay.known && pay.entry : (CARD_ERROR_CATALOG as Readonly<Record<number, CardErrorEntry>>)[code as number]) || DEFAULT_ENTRY;
  return {
    entry: {
      severity: pick(CARD_ERROR_SEVERITIES, definition.severity, code, 'severity') ?? base.severity,
      action: pick(CARD_ERROR_ACTIONS, definition.action, code, 'action') ?? base.action,
      retryable: typeof definition.retryable === 'boolean' ? definition.retryable : base.retryable,
      category: pick(CARD_ERROR_CATEGORIES, definition.category, code, 'category') ?? base.category,
    },
    copy: cleanCopy(code, definition.copy),
  };
}

/**
 * Overrides the severity, action or words of any code, or adds codes of your own, for every entry
 * point at once: `describeCardError`, `useCardError`, `<CardErrorAlert>` and the toasts. Call it once
 * at start-up; a later call for the same code replaces its definition. Returns a function that
 * removes these definitions again (once; never a later definition of the same code). Never throws.
 */
export function defineCardErrors(definitions: CardErrorDefinitions): () => void {
  const added = new Map<number | string, Registered>();
  for (const [key, definition] of Object.entries(definitions ?? {})) {
    // An integer errcode, else a WeChat Pay code in its tables' spelling (NOAUTH → NO_AUTH).
    const code = key.trim() !== '' && Number.isSafeInteger(Number(key)) ? Number(key) : asWeChatPayCode(key);
    if (code === null || !definition || typeof definition !== 'object') {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(`define:${key}`, `defineCardErrors: ${JSON.stringify(key)} is not an integer errcode or a WeChat Pay code with a definition object; skipped.`);
      }
      continue;
    }
    const registered = validate(code, definition as CardErrorDefinition);
    registry.set(code, registered);
    added.set(code, registered);
  }
  changed();
  let removed = false;
  return () => {
    if (removed && process.env.NODE_ENV !== 'production') warnOnce('remove-twice', 'A defineCardErrors remover was called twice; the second call removes nothing.');
    removed = true;
    for (const [code, registered] of added) {
      // A later definition of the same code is not this remover's to take away.
      if (registry.get(code) === registered) registry.delete(code);
      else if (process.env.NODE_ENV !== 'production') warnOnce(`remove-redefined:${code}`, `A defineCardErrors remover ran after errcode ${code} was redefined; the later definition stays.`);
    }
    added.clear();
    changed();
  };
}

/** Hands the definitions' words to src/i18n/ (which counts the change, so every component re-renders). */
function changed(): void {
  setDefinedWords([...registry].map(([code, { copy }]) => [code, copy] as const));
}

/** The host's definition over the kit's catalog (a WeChat Pay code: the host's only); `undefined` if none. */
export function lookupCardError(code: number | string | null): CardErrorEntry | undefined {
  if (code === null) return undefined;
  const registered = registry.get(keyOf(code));
  if (registered || typeof code === 'string') return registered?.entry;
  return Object.hasOwn(CARD_ERROR_CATALOG, code)
    ? (CARD_ERROR_CATALOG as Readonly<Record<number, CardErrorEntry>>)[code]
    : undefined;
}

import {
  CARD_ERROR_CATALOG,
  cardErrorCopyKeys,
  type CardErrorCode,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorEntry,
  type CardErrorSeverity,
} from '../catalog/index.js';
import type { CardErrorLanguage } from '../i18n/language.js';
import { CARD_ERROR_RESOURCES, type CardErrorResource } from '../i18n/resources.js';
import { translate } from '../i18n/translate.js';
import { parseCardError } from './parse.js';
import { resolveLanguage, type CardErrorOptions, type LanguageContext } from './resolve.js';

/** Everything a renderer needs to show one WeChat result, in one language. */
export interface CardErrorView {
  /** WeChat's errcode, or `null` when the input carried none. */
  readonly code: number | null;
  /** Whether the code is in the kit's catalog. */
  readonly known: boolean;
  /** How serious it is; unknown codes are `error`. */
  readonly severity: CardErrorSeverity;
  /** What to do next. */
  readonly action: CardErrorAction;
  /** Whether sending the same request again can succeed. */
  readonly retryable: boolean;
  /** Where the failure comes from. */
  readonly category: CardErrorCategory;
  /** What happened, for the operator. Never empty. */
  readonly message: string;
  /** What to do next, for the operator. Never empty. */
  readonly hint: string;
  /** What WeChat means, for the developer (technical details). Never empty. */
  readonly detail: string;
  /** WeChat's errmsg without its hint/rid suffixes, or `null`. */
  readonly errmsg: string | null;
  /** WeChat's request id, or `null`. */
  readonly rid: string | null;
  /** The shipped language the text is in. */
  readonly lng: CardErrorLanguage;
}

/** What an unknown or missing code is treated as. */
const UNKNOWN_ENTRY: CardErrorEntry = {
  severity: 'error',
  action: 'none',
  retryable: false,
  category: 'general',
};

const EN = CARD_ERROR_RESOURCES.en;

// Compile-time guard: every catalog code has its copy in the English source file.
type MissingCopy = Exclude<`${CardErrorCode}`, keyof CardErrorResource['codes']>;
const everyCodeHasCopy: [MissingCopy] extends [never] ? true : MissingCopy = true;
void everyCodeHasCopy;

/** The catalog entry of a code, or `undefined` for a code the kit does not know. */
export function lookupCardError(code: number | null): CardErrorEntry | undefined {
  if (code === null || !Object.hasOwn(CARD_ERROR_CATALOG, code)) return undefined;
  return (CARD_ERROR_CATALOG as Readonly<Record<number, CardErrorEntry>>)[code];
}

/** Writes a view in the given language context; the one resolver behind every renderer. */
export function describeWith(input: unknown, context: LanguageContext): CardErrorView {
  const { code, errmsg, rid } = parseCardError(input);
  const entry = lookupCardError(code);
  const { i18n, lngs } = context;
  const t = (key: string, values?: Record<string, string | number>) => translate(i18n, lngs, key, values);
  const keys = code === null ? undefined : cardErrorCopyKeys(code);
  const unknownMessage =
    code === null
      ? (t('unknown.messageNoCode') ?? EN.unknown.messageNoCode)
      : (t('unknown.message', { code }) ?? EN.unknown.message.replace('{{code}}', String(code)));
  const { severity, action, retryable, category } = entry ?? UNKNOWN_ENTRY;
  return {
    code,
    known: entry !== undefined,
    severity,
    action,
    retryable,
    category,
    message: (entry && keys && t(keys.message)) || unknownMessage,
    hint: (entry && keys && t(keys.hint)) || t('unknown.hint') || EN.unknown.hint,
    detail: (entry && keys && t(keys.detail)) || t('unknown.detail') || EN.unknown.detail,
    errmsg,
    rid,
    lng: context.lng,
  };
}

/**
 * Describes any WeChat card failure in one language: severity, action, retryable, and the operator's
 * message and hint. Pure and usable outside React (logging, fetch wrappers). Never throws.
 */
export function describeCardError(input: unknown, options?: CardErrorOptions): CardErrorView {
  return describeWith(input, resolveLanguage(options));
}

import {
  cardErrorCopyKeys,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorCode,
  type CardErrorSeverity,
} from '../catalog/index.js';
import type { CardErrorLanguage } from '../i18n/language.js';
import { BUNDLED_RESOURCES, type CardErrorResource } from '../i18n/resources.js';
import { translate, type TranslateValues } from '../i18n/translate.js';
import { parseCardError } from './parse.js';
import { DEFAULT_ENTRY, definedCopy, lookupCardError, type CardErrorCopy } from './registry.js';
import { warnOnce } from './warn.js';
import { resolveLanguage, type CardErrorOptions, type LanguageContext } from './resolve.js';

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Everything a renderer needs to show one WeChat result, in one language. */
export interface CardErrorView {
  /** WeChat's errcode, or `null` when the input carried none. */
  readonly code: number | null;
  /** Whether the kit's catalog or the host's `defineCardErrors` knows the code. */
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

// Undefined in `wechat-card-errors/bare` (no bundled copy): there the last resort is WeChat's errmsg.
const EN = BUNDLED_RESOURCES.en;

// Compile-time guard: every catalog code has its copy in the English source file.
type MissingCopy = Exclude<`${CardErrorCode}`, keyof CardErrorResource['codes']>;
const everyCodeHasCopy: [MissingCopy] extends [never] ? true : MissingCopy = true;
void everyCodeHasCopy;

type CopyField = keyof CardErrorCopy;

// 40164's errmsg names the caller: "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist".
const CALLER_IP = /\binvalid ip ((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f:.]{2,45})/i;

/** WeChat quirks: a code whose errmsg carries a value the developer detail should name. */
const DETAIL_FROM_ERRMSG: Readonly<Record<number, { key: string; value: string; pattern: RegExp }>> = {
  40164: { key: 'codes.40164.detailWithIp', value: 'ip', pattern: CALLER_IP },
};

/** Writes a view in the given language context; the one resolver behind every renderer. */
export function describeWith(input: unknown, context: LanguageContext): CardErrorView {
  const { code, errmsg, rid } = parseCardError(input);
  const entry = lookupCardError(code);
  const { i18n, lngs } = context;
  const t = (key: string, values?: TranslateValues) => translate(i18n, lngs, key, values);
  const keys = code !== null && entry ? cardErrorCopyKeys(code) : undefined;
  /** A known code's words: per language, the host's definition, then the i18n bundles. */
  const copy = (field: CopyField): string | undefined => {
    if (code === null || !keys) return undefined;
    for (const lng of lngs) {
      const text = definedCopy(code, lng, field) ?? translate(i18n, [lng], keys[field]);
      if (text) return text;
    }
    return undefined;
  };
  if (code !== null && !entry && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `unknown:${code}`,
      `Unknown WeChat errcode ${code}: showing the generic message. Add it with ` +
        `defineCardErrors({ ${code}: { severity, action, copy: { en: { message, hint }, 'zh-CN': { message, hint } } } }).`,
    );
  }
  // A function, not a value: interpolating `{{code}}` costs an i18next `t` call (which re-inits its
  // interpolator), and a known code never needs it. `npm run bench` showed it on every alert.
  const unknownMessage = () =>
    code === null
      ? (t('unknown.messageNoCode') ?? EN?.unknown.messageNoCode ?? errmsg ?? '')
      : (t('unknown.message', { code }) ?? EN?.unknown.message.replace('{{code}}', String(code)) ?? errmsg ?? String(code));
  const { severity, action, retryable, category } = entry ?? DEFAULT_ENTRY;
  return {
    code,
    known: entry !== undefined,
    severity,
    action,
    retryable,
    category,
    message: copy('message') ?? unknownMessage(),
    hint: copy('hint') ?? t('unknown.hint') ?? EN?.unknown.hint ?? '',
    detail: detailFromErrmsg(code, errmsg, t) ?? copy('detail') ?? t('unknown.detail') ?? EN?.unknown.detail ?? '',
    errmsg,
    rid,
    lng: context.lng,
  };
}

/** The detail variant that names a value from errmsg (40164's caller IP), when errmsg has it. */
function detailFromErrmsg(
  code: number | null,
  errmsg: string | null,
  t: (key: string, values?: TranslateValues) => string | undefined,
): string | undefined {
  const quirk = code === null ? undefined : DETAIL_FROM_ERRMSG[code];
  const value = quirk && errmsg ? quirk.pattern.exec(errmsg)?.[1] : undefined;
  return quirk && value ? t(quirk.key, { [quirk.value]: value }) : undefined;
}

/**
 * Describes any WeChat card failure in one language: severity, action, retryable, and the operator's
 * message and hint. Pure and usable outside React (logging, fetch wrappers). Never throws.
 */
export function describeCardError(input: unknown, options?: CardErrorOptions): CardErrorView {
  return describeWith(input, resolveLanguage(options));
}

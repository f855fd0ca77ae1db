import {
  CARD_ERROR_ORIGIN_CATALOG,
  cardErrorOriginCase,
  wechatPayCase,
  type WeChatPayCase,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorCode,
  type CardErrorOrigin,
  type CardErrorSeverity,
} from '../catalog/index.js';
import { resolveWords, type CardErrorOptions } from '../i18n/host.js';
import type { CardErrorLanguage } from '../i18n/language.js';
import type { CardErrorResource } from '../i18n/resources.js';
import type { TranslateValues, Words } from '../i18n/words.js';
import { warnOnce } from '../warn.js';
import { parseCardError, statusForWords, type ParsedCardError } from './parse/index.js';
import { DEFAULT_ENTRY, keyOf, lookupCardError, type CardErrorCopy } from './registry.js';

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Everything a renderer needs to show one failure (or WeChat's success), in one language. */
export interface CardErrorView {
  /**
   * WeChat's errcode (a number), WeChat Pay's code as given (a string such as `'NOT_ENOUGH'`, origin
   * `wechatpay`), or `null` when the input carried none (never an HTTP status).
   */
  readonly code: number | string | null;
  /**
   * Where the failure stopped: `wechat` for an errcode; `network`, `timeout`, `cancelled` and `http`
   * never reached WeChat; `unknown` when the input says neither. From `parseCardError`.
   */
  readonly origin: CardErrorOrigin;
  /** The merchant server's HTTP status (100–599), or `null` when unknown; never an envelope's `code`. */
  readonly status: number | null;
  /**
   * The back end's own envelope code (RuoYi `code: 500`), a number or a short word, or `null`; labelled as
   * the server's code in the details, apart from the HTTP status. From `parseCardError`.
   */
  readonly serverCode: number | string | null;
  /** Whether the kit has words of its own for it: a catalog or `defineCardErrors` code, or a known origin. */
  readonly known: boolean;
  /** How serious it is; unknown codes are `error`, a cancelled request `info`. */
  readonly severity: CardErrorSeverity;
  /** What to do next. */
  readonly action: CardErrorAction;
  /** Whether sending the same request again, unchanged, can succeed. */
  readonly retryable: boolean;
  /** Where the failure comes from. */
  readonly category: CardErrorCategory;
  /**
   * What happened, for the operator. Never empty: in `/bare` before the language's words arrive, a
   * localised "Loading the description…" line, or (when they cannot arrive) WeChat's errmsg or the code.
   */
  readonly message: string;
  /** What to do next, for the operator. Empty only in `/bare` while no words are loaded for the language. */
  readonly hint: string;
  /** What it means, for the developer (technical details): WeChat's meaning of a code, or of the origin. Never empty. */
  readonly detail: string;
  /**
   * This code's (or origin's) own alternative to its action button for a toast (`codes.<code>.actionAlt`,
   * `origins.<case>.actionAlt`), or `null`: renderers then use the action kind's `toast.alt<Action>`.
   */
  readonly actionAlt: string | null;
  /** The raw text: WeChat's errmsg (origin `wechat`), else the server's or the transport's own text; or `null`. */
  readonly errmsg: string | null;
  /** WeChat's request id, or `null`. */
  readonly rid: string | null;
  /** WeChat Pay's `Request-ID` (origin `wechatpay`), which WeChat Pay support asks for, or `null`. */
  readonly requestId: string | null;
  /** The shipped language the text is in. */
  readonly lng: CardErrorLanguage;
}

// Compile-time guard: every catalog code has its copy in the English source file.
type MissingCopy = Exclude<`${CardErrorCode}`, keyof CardErrorResource['codes']>;
const everyCodeHasCopy: [MissingCopy] extends [never] ? true : MissingCopy = true;
void everyCodeHasCopy;
// The same for every WeChat Pay case (src/catalog/wechatpay.ts) under `pay`.
type MissingPayCopy = Exclude<WeChatPayCase, keyof CardErrorResource['pay']>;
const everyPayCaseHasCopy: [MissingPayCopy] extends [never] ? true : MissingPayCopy = true;
void everyPayCaseHasCopy;

type CopyField = keyof CardErrorCopy;

// 40164's errmsg names the caller: "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist".
const CALLER_IP = /\binvalid ip ((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f:.]{2,45})/i;

/** WeChat quirks: a code whose errmsg carries a value the developer detail should name. */
const DETAIL_FROM_ERRMSG: Readonly<Record<number, { key: string; value: string; pattern: RegExp }>> = {
  40164: { key: 'codes.40164.detailWithIp', value: 'ip', pattern: CALLER_IP },
};

/**
 * The locale keys and entry of a parsed failure: a WeChat Pay code's case (code and message, the host's
 * definition first), else its errcode's, else its origin case's.
 */
function copySource(code: number | string | null, origin: CardErrorOrigin, status: number | null, errmsg: string | null) {
  const entry = lookupCardError(code);
  if (typeof code === 'string') {
    const found = wechatPayCase(code, errmsg, status);
    return { entry: entry ?? found.entry, base: `pay.${found.case}`, known: entry !== undefined || found.known };
  }
  if (code !== null) return { entry, base: entry ? `codes.${code}` : undefined, known: entry !== undefined };
  const found = cardErrorOriginCase(origin, status);
  return { entry: CARD_ERROR_ORIGIN_CATALOG[found], base: `origins.${found}`, known: found !== 'unknown' };
}

/** Writes a view of an already parsed failure in the given words; the one resolver behind every renderer. */
export function describeParsed(parsed: ParsedCardError, words: Words): CardErrorView {
  const { code, errmsg, rid, origin, status, serverCode } = parsed;
  // A RuoYi `code: 500` inside an HTTP 200 still gets the server-error words (statusForWords).
  const { entry, base, known } = copySource(code, origin, statusForWords(parsed), errmsg);
  const t = words.text;
  // WeChat Pay's words name an unknown code ({{code}}); a catalog errcode's never need it.
  const values = typeof code === 'string' ? { code } : undefined;
  // A host's definition of a WeChat Pay code sits under its code, not under the case its words share.
  const definedKey = typeof code === 'string' ? `codes.${keyOf(code)}` : undefined;
  /** The case's words, found by src/i18n/ along the language chain (a host's `defineCardErrors` words first). */
  const copy = (field: CopyField | 'actionAlt'): string | undefined =>
    base ? t(`${base}.${field}`, values, definedKey && `${definedKey}.${field}`) : undefined;
  if (code !== null && !entry && origin === 'wechat' && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `unknown:${code}`,
      `Unknown WeChat errcode ${code}: showing the generic message. Add it with ` +
        `defineCardErrors({ ${code}: { severity, action, copy: { en: { message, hint }, 'zh-CN': { message, hint }, 'zh-Hant': { message, hint } } } }).`,
    );
  }
  if (typeof code === 'string' && !known && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `unknown-pay:${code}`,
      `Unknown WeChat Pay code ${code}: showing WeChat Pay's words for its HTTP status (${status ?? 'none'}). Add it with ` +
        `defineCardErrors({ ${code}: { severity, action, copy: { en: { message, hint }, 'zh-CN': { message, hint } } } }).`,
    );
  }
  /** The last resort: an unknown code's words (`unknown.*`), the unknown origin's without a code. */
  const generic = (field: CopyField): string | undefined => {
    if (code === null) return t(`origins.unknown.${field}`);
    // Only here, not up front: a known code never needs the interpolation.
    return t(`unknown.${field}`, field === 'message' ? { code } : undefined);
  };
  /** `/bare` with no words for the language yet: the loading line, or what the input itself says. */
  const missing = () => (words.state === 'loading' ? t('ui.loading') : undefined) ?? errmsg ?? `${t('ui.code')}${t('ui.separator')}${code ?? status ?? ''}`;
  const { severity, action, retryable, category } = entry ?? DEFAULT_ENTRY;
  return {
    code,
    origin,
    status,
    serverCode: serverCode ?? null,
    known,
    severity,
    action,
    retryable,
    category,
    message: copy('message') ?? generic('message') ?? missing(),
    hint: copy('hint') ?? generic('hint') ?? (words.state === 'loading' ? (errmsg ?? '') : ''),
    detail: detailFromErrmsg(code, errmsg, t) ?? copy('detail') ?? generic('detail') ?? '',
    actionAlt: copy('actionAlt') ?? null,
    errmsg,
    rid,
    requestId: parsed.requestId ?? null,
    lng: words.lng,
  };
}

/** The detail variant that names a value from errmsg (40164's caller IP), when errmsg has it. */
function detailFromErrmsg(
  code: number | string | null,
  errmsg: string | null,
  t: (key: string, values?: TranslateValues) => string | undefined,
): string | undefined {
  const quirk = typeof code === 'number' ? DETAIL_FROM_ERRMSG[code] : undefined;
  const value = quirk && errmsg ? quirk.pattern.exec(errmsg)?.[1] : undefined;
  return quirk && value ? t(quirk.key, { [quirk.value]: value }) : undefined;
}

/**
 * Describes any card failure in one language: severity, action, retryable, and the operator's message
 * and hint; a WeChat errcode by its catalog entry, anything else by where it stopped (`origin`,
 * `status`). Pure and usable outside React (logging, fetch wrappers). Never throws. In the main entry a
 * zh-Hant language returns zh-CN words until zh-Hant's chunk has loaded (the first call starts the load;
 * `await loadCardErrorLanguage('zh-Hant')` first to get Traditional at once).
 */
export function describeCardError(input: unknown, options?: CardErrorOptions): CardErrorView {
  return describeParsed(parseCardError(input), resolveWords(options));
}

// What the fields of errors and envelopes mean: numbers (errcode, HTTP status or a back end's own code) and
// transport failures (the request never got an answer). Plain tables; the walk in walk.ts reads them.
import type { Transport } from './finding.js';
import { cleanHead, validRid } from './inert.js';
import { codeFromErrmsg } from './text.js';

/** Fields that hold an HTTP status when they hold 100–599 (axios/ofetch/Response, NestJS, Spring Boot). */
export const STATUS_FIELDS = ['status', 'statusCode'] as const;
/**
 * Envelope fields a back end fills with whatever code it has: RuoYi `code`, Ant Design Pro / umi `errorCode`,
 * others `errCode`. Read by `classifyCode`; WeChat's errcode only with WeChat evidence (`weChatEvidence`).
 */
export const GENERIC_CODE_FIELDS = ['code', 'errorCode', 'errCode'] as const;
/** Where wrappers keep what they wrap, most specific first: axios `response` (then its `data`), ofetch and
 * RuoYi `data`, umi BizError `info`, `body`, a nested `error` object, EasyWeChat's OAuth user `original`
 * (WeChat's raw reply, Overtrue\Socialite User::getOriginal), `Error.cause`. */
export const NESTED_FIELDS = ['response', 'data', 'info', 'body', 'error', 'original', 'cause'] as const;
/** Fields holding a message: WeChat's, RuoYi `msg`, Error / NestJS / Spring `message`, Ant Design Pro
 * `errorMessage`, OAuth-style `error_description`, RFC 9457 `detail`, a Response's `statusText`. */
export const MESSAGE_FIELDS = ['errmsg', 'msg', 'message', 'errorMessage', 'errMsg', 'error_description', 'detail', 'error', 'statusText'] as const;

/** WeChat's errcodes have at most 7 digits (-1, 0, 40001 … 9001001 …); a longer number is an id or a phone number. */
export const MAX_ERRCODE = 9_999_999;

/** A safe integer within WeChat's errcode range (|n| ≤ MAX_ERRCODE), else `null`. */
export function toErrcode(value: unknown): number | null {
  const n = toInteger(value);
  return n !== null && Math.abs(n) <= MAX_ERRCODE ? n : null;
}

/**
 * Whether a number in a generic code field (`code`, `errorCode`, `errCode`) may be WeChat's errcode. Not
 * 100–599: an HTTP status (RuoYi answers `code: 500` with HTTP 200; see `toStatus`). Not -1, 0 (a back end's
 * own "failed" and "ok") nor numbers longer than an errcode: the back end's own. Anything else is only a
 * candidate: back ends number their own failures in WeChat's range too (a Spring Boot template's 40001
 * 请求参数为空, 40100 未登录, 50001 操作失败), so the walk takes a candidate for WeChat's errcode only with
 * WeChat evidence beside it (see `weChatEvidence`). `errcode` fields and a number passed on its own need no
 * such check.
 */
export function isCandidate(n: number | null): n is number {
  return n !== null && n !== -1 && n !== 0 && toStatus(n) === null && toErrcode(n) !== null;
}

/**
 * For an object with a number in a generic code field: whether that number `n` is WeChat's errcode. It is when
 * the object has an `errmsg` field (WeChat's own key, copied with its reply), a `rid` field in WeChat's shape,
 * or a message field that is WeChat's known errmsg for that same code (src/catalog/errmsgs.ts). A WeChat rid at
 * the end of the message is no evidence: it shows where the text came from, not the number (`{errorCode: 1001,
 * errorMessage: 'invalid serial code rid: …'}` is 40056 from the text). co-wechat-api's `WeChatAPIError` is
 * read apart. Each message field is read and compared once, however many code fields the object has.
 */
export function weChatEvidence(record: object): (n: number) => boolean {
  if (typeof read(record, 'errmsg') === 'string' || validRid(read(record, 'rid')) !== null) return () => true;
  const codes = new Set<number>();
  for (const field of MESSAGE_FIELDS) {
    const value = read(record, field);
    const code = typeof value === 'string' ? codeFromErrmsg(cleanHead(value)) : null;
    if (code !== null) codes.add(code);
  }
  return (n) => codes.has(n);
}

/** An HTTP status in a status field, else `null`. */
export function toStatus(n: number | null): number | null {
  return n !== null && n >= 100 && n <= 599 ? n : null;
}

/** A field's value, or `undefined` when reading it throws (a throwing getter, a revoked proxy). */
export function read(record: object, key: string): unknown {
  try {
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The first message field that holds a string (the text beside an envelope's code). */
export function firstMessage(record: object): string | undefined {
  for (const field of MESSAGE_FIELDS) {
    const value = read(record, field);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

const INTEGER = /^[+-]?\d{1,15}$/;

/** A safe integer from a number or a numeric string (at most 15 digits), else `null`. */
export function toInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string' || value.length > 32) return null;
  const trimmed = value.trim();
  return INTEGER.test(trimmed) ? Number(trimmed) : null;
}

/**
 * Error `name`s of failures with no answer: fetch's DOMException AbortError (its legacy numeric `.code` 20
 * is not an errcode) and TimeoutError (AbortSignal.timeout), axios' CanceledError, DOMException NetworkError.
 */
const TRANSPORT_BY_NAME: Readonly<Record<string, Transport>> = {
  AbortError: 'cancelled',
  CanceledError: 'cancelled',
  TimeoutError: 'timeout',
  NetworkError: 'network',
};
/** Error `code`s: axios' own (ERR_CANCELED, ECONNABORTED on its timeout, ERR_NETWORK) and Node's socket codes. */
const TRANSPORT_BY_CODE: Readonly<Record<string, Transport>> = {
  ERR_CANCELED: 'cancelled',
  ECONNABORTED: 'timeout',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  ERR_NETWORK: 'network',
  ECONNREFUSED: 'network',
  ENOTFOUND: 'network',
  ECONNRESET: 'network',
  EAI_AGAIN: 'network',
};
/** fetch's TypeError messages when no answer came (offline, DNS, CORS): Chromium, Node (undici), Firefox, Safari. */
const FETCH_FAILED = new Set(['Failed to fetch', 'fetch failed', 'NetworkError when attempting to fetch resource.', 'Load failed']);

/**
 * A back end that timed out calling WeChat, in its own words: Java's SocketTimeoutException ("Read timed out",
 * "connect timed out") and Apache HttpClient's ConnectTimeoutException, .NET / Senparc "The operation has timed
 * out.", Guzzle "cURL error 28: Operation timed out …", Go "context deadline exceeded" / "Client.Timeout
 * exceeded" / "i/o timeout", Python requests ReadTimeout / ConnectTimeout ("Read timed out."), Node ETIMEDOUT
 * and axios "timeout of 5000ms exceeded". Literal alternatives as whole words, no unbounded quantifier.
 * Connection failures behind a back end (java.net.ConnectException, UnknownHostException, cURL error 6/7) are
 * deliberately not here: the browser did get the back end's answer, so they stay `http` (origin `network`'s
 * words say the operator's own connection failed).
 */
const TIMEOUT_TEXT =
  /(?<!\w)(?:SocketTimeoutException|ConnectTimeoutException|(?:Read|Connect)Timeout(?:Error)?|E(?:SOCKET)?TIMEDOUT|(?:[Rr]ead|[Cc]onnect) timed out|[Oo]peration (?:has )?timed out|cURL error 28|context deadline exceeded|Client\.Timeout exceeded|i\/o timeout|timeout of \d{1,7}ms exceeded)(?!\w)/;
/** How much of each text is searched for a timeout (the exception's own line comes first). */
const TIMEOUT_WINDOW = 4096;

/** Whether a server's or an error's text says a call timed out (see TIMEOUT_TEXT). */
export function saysTimeout(text: string): boolean {
  return TIMEOUT_TEXT.test(text.slice(0, TIMEOUT_WINDOW));
}

/** The transport failure an error's `name`, `code` and (for fetch's TypeError) `message` say, else `null`. */
export function transportOf(name: unknown, code: unknown, message: unknown): Transport | null {
  if (typeof name === 'string' && Object.hasOwn(TRANSPORT_BY_NAME, name)) return TRANSPORT_BY_NAME[name] ?? null;
  if (typeof code === 'string' && Object.hasOwn(TRANSPORT_BY_CODE, code)) return TRANSPORT_BY_CODE[code] ?? null;
  return name === 'TypeError' && typeof message === 'string' && FETCH_FAILED.has(message) ? 'network' : null;
}

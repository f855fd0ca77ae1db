// What the fields of errors and envelopes mean: numbers (errcode, HTTP status or a back end's own code) and
// transport failures (the request never got an answer). Plain tables; the walk in walk.ts reads them.
import { CARD_ERROR_CATALOG, type CardErrorOrigin } from '../../catalog/index.js';

/** A failure before any answer arrived. */
export type Transport = Extract<CardErrorOrigin, 'network' | 'timeout' | 'cancelled'>;

/** Fields that hold WeChat's errcode itself: any integer. */
export const ERRCODE_FIELD = 'errcode';
/** Fields that hold an HTTP status when they hold 100–599 (axios/ofetch/Response, NestJS, Spring Boot). */
export const STATUS_FIELDS = ['status', 'statusCode'] as const;
/**
 * Envelope fields a back end fills with whatever code it has: RuoYi `code`, Ant Design Pro / umi `errorCode`,
 * others `errCode`. Read by `classifyCode`.
 */
export const GENERIC_CODE_FIELDS = ['code', 'errorCode', 'errCode'] as const;
/** Where wrappers keep what they wrap, most specific first: axios `response` (then its `data`), ofetch and
 * RuoYi `data`, umi BizError `info`, `body`, a nested `error` object, `Error.cause`. */
export const NESTED_FIELDS = ['response', 'data', 'info', 'body', 'error', 'cause'] as const;
/** Fields holding a message: WeChat's, RuoYi `msg`, Error / NestJS / Spring `message`, Ant Design Pro
 * `errorMessage`, OAuth-style `error_description`, RFC 9457 `detail`, a Response's `statusText`. */
export const MESSAGE_FIELDS = ['errmsg', 'msg', 'message', 'errorMessage', 'errMsg', 'error_description', 'detail', 'error', 'statusText'] as const;

/**
 * What a number in a generic code field is. 100–599: an HTTP status (RuoYi answers `code: 500` with HTTP
 * 200). A catalog code, or a number in WeChat's range 40001–99999 that is not a round hundred: an errcode
 * (back ends that copy HTTP statuses into their own codes use round hundreds: 40000, 40400, 50000; the
 * catalog's 40100 still counts). Anything else, -1 and 0 included (a back end's own "failed" and "ok"): the
 * back end's own code, not an errcode. `errcode` fields and a number passed on its own are not classified.
 */
export function classifyCode(n: number): 'status' | 'errcode' | null {
  if (n >= 100 && n <= 599) return 'status';
  if (n === -1 || n === 0) return null;
  if (Object.hasOwn(CARD_ERROR_CATALOG, n)) return 'errcode';
  return n > 40000 && n <= 99999 && n % 100 !== 0 ? 'errcode' : null;
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

/** The transport failure an error's `name`, `code` and (for fetch's TypeError) `message` say, else `null`. */
export function transportOf(name: unknown, code: unknown, message: unknown): Transport | null {
  if (typeof name === 'string' && Object.hasOwn(TRANSPORT_BY_NAME, name)) return TRANSPORT_BY_NAME[name] ?? null;
  if (typeof code === 'string' && Object.hasOwn(TRANSPORT_BY_CODE, code)) return TRANSPORT_BY_CODE[code] ?? null;
  return name === 'TypeError' && typeof message === 'string' && FETCH_FAILED.has(message) ? 'network' : null;
}

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
 * RuoYi `data`, Jeecg `result` (`{success: false, code: 500, result: {errcode, errmsg}}`), umi BizError
 * `info`, `body`, a nested `error` object, EasyWeChat's OAuth user `original` (WeChat's raw reply,
 * Overtrue\Socialite User::getOriginal), `Error.cause`; then arrays of failures: GraphQL's `errors`
 * (spec.graphql.org, "Response Format": `{message, extensions}` each) and `details` (google.rpc.Status,
 * gRPC-gateway). Any of them may be an array; the walk reads its first items. */
export const NESTED_FIELDS = ['response', 'data', 'result', 'info', 'body', 'error', 'original', 'cause', 'errors', 'details'] as const;
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

/** What a server's own code looks like when it is a word: `INTERNAL_ERROR`, `A0400`, `card.consumed`. */
const SERVER_CODE_WORD = /^[A-Za-z0-9][\w.:-]{0,63}$/;

/**
 * A back end's own envelope code from a generic code field (RuoYi `code: 500`, umi `errorCode: 'A0400'`),
 * else `null`: an integer, or a short word. Its "success" codes (0, 200) name no failure and are skipped.
 */
export function serverCodeOf(value: unknown): number | string | null {
  const n = toInteger(value);
  if (n !== null) return n === 0 || n === 200 ? null : n;
  if (typeof value !== 'string') return null;
  const word = value.trim();
  return SERVER_CODE_WORD.test(word) ? word : null;
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
 * and axios "timeout of 5000ms exceeded", an HTTP client's "Request#1 timeout for 5000ms" (a Node back end's
 * text forwarded at HTTP 500), any "… timed out", and in Chinese a request, connection, read, response or call
 * that 超时 (逾時 in Taiwan), or a text that starts with it. A bare 超时 inside a sentence is not enough:
 * 登录超时 is a session that ended, 订单支付超时 an order's state. Literal alternatives as whole words, no
 * unbounded quantifier. Connection failures behind a back end (java.net.ConnectException,
 * UnknownHostException, cURL error 6/7) are deliberately not here: the browser did get the back end's answer,
 * so they stay `http` (origin `network`'s words say the operator's own connection failed).
 */
const TIMEOUT_TEXT =
  /(?<!\w)(?:SocketTimeoutException|ConnectTimeoutException|(?:Read|Connect)Timeout(?:Error)?|E(?:SOCKET)?TIMEDOUT|[Tt]imed out|cURL error 28|context deadline exceeded|Client\.Timeout exceeded|i\/o timeout|timeout of \d{1,7}ms exceeded|timeout for \d{1,7} ?ms)(?!\w)|(?:请求|請求|连接|連線|读取|讀取|响应|回應|调用|呼叫|接口|网络|網路|网关|閘道|访问|處理|处理)(?:超时|逾時)|^\s{0,3}(?:超时|逾時)/;
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

import type { CardErrorOrigin } from '../../catalog/index.js';
import { cleanWeChatErrmsg, inertText } from './inert.js';
import { codeFromErrmsg } from './text.js';
import { saysTimeout, toInteger, toStatus } from './fields.js';
import type { Finding, WeChatFound } from './finding.js';
import { plainFinding } from './plain.js';
import { walkInput } from './walk.js';
import { redactRequestParts } from './redact.js';

export { MAX_ERRMSG_LENGTH } from './inert.js';

/** What `parseCardError` reads from any failure: WeChat's errcode, errmsg and rid, where it stopped, the HTTP status. */
export interface ParsedCardError {
  /**
   * WeChat's `errcode` as an integer of at most 7 digits (|n| ≤ 9999999), or `null`. Never an HTTP status, a
   * back end's own code (a generic `code` field counts only with WeChat evidence) or a DOMException code.
   * A string only with origin `'wechatpay'`: WeChat Pay's code as given ('NOT_ENOUGH', 'SYSTEMERROR',
   * 'USER_AL_GET_COUPON'), one on WeChat Pay's list (src/catalog/wechatpayCodes.ts) in WeChat Pay's shape.
   */
  readonly code: number | string | null;
  /**
   * Origin `'wechatpay'`: WeChat Pay's own `message` (v2: `err_code_des`) and nothing else of the SDK's text.
   * Origin `'wechat'`: WeChat's own errmsg (no SDK prefix, no 微信原始报文, no JSON, no ` hint:`/`hints:` suffix,
   * no rid). Other origins: the server's or transport's own text; an HTML page is reduced to its `<title>`.
   * Always inert: one line, no control characters, ANSI escapes or bidi controls, at most MAX_ERRMSG_LENGTH
   * UTF-16 units; a cut never splits a character and ends with "…". `null` when there is no text. Never
   * holds a request's private parts: `Authorization` / `Wechatpay-Signature` / `Wechatpay-Serial` headers,
   * wechatpay-java's `HttpRequest[…]`, a URL's query, an openid (see parse/redact.ts).
   */
  readonly errmsg: string | null;
  /**
   * WeChat's request id (`rid`), which WeChat support asks for, else `null`. From an errmsg only as the suffix
   * WeChat appends last (` rid: 6561a3f0-1b2c3d4e-5f6a7b8c`: ASCII colon, hex groups joined by hyphens); from a
   * `rid` field when it is letters, digits and hyphens only.
   */
  readonly rid: string | null;
  /** Where the failure stopped; `'wechat'` whenever `code` is a number, `'wechatpay'` when it is a string. */
  readonly origin: CardErrorOrigin;
  /**
   * The merchant server's HTTP status, 100–599 (axios `response.status`, fetch / ofetch `status`, a Mini
   * Program success callback's `statusCode`, an envelope's `status` / `statusCode`), or `null` when unknown.
   * Never an envelope's `code`: that is `serverCode`. Origin `'wechatpay'`: the status WeChat Pay answered
   * with when the SDK's text says it (wechatpay-java, wechatpay-go, Guzzle), else the merchant server's.
   */
  readonly status: number | null;
  /**
   * The back end's own code from its envelope (`code`, `errorCode`, `errCode`): RuoYi's `{"code": 500, …}`
   * inside an HTTP 200 is `serverCode: 500` with `status: 200` (or `null` when no transport said). An
   * integer or a short word (`'A0400'`); `null` when there is none or it is a success code (0, 200). Equal to
   * `code` when the envelope carried WeChat's errcode (or WeChat Pay's code) in that field.
   */
  readonly serverCode: number | string | null;
  /**
   * WeChat Pay's `Request-ID` (what WeChat Pay support asks for), from the response headers (axios
   * `response.headers['request-id']`, fetch `Response.headers.get('Request-ID')`, wechatpay-go's
   * `Header`) or an SDK text that prints them; letters, digits and hyphens, 8–128 long. Else `null`.
   */
  readonly requestId: string | null;
}

/**
 * The status whose words fit a failure: the HTTP status when it failed (≥ 400), else an envelope's
 * HTTP-style server code (RuoYi's `code: 500` in an HTTP 200 is still the server's error), else the status.
 */
export function statusForWords(parsed: Pick<ParsedCardError, 'status' | 'serverCode'>): number | null {
  const { status, serverCode } = parsed;
  if (status !== null && status >= 400) return status;
  return toStatus(toInteger(serverCode)) ?? status;
}

/** The code, when WeChat's own errmsg is all a back end forwarded (`new Error(body.errmsg)`). */
function recovered(texts: readonly string[]): WeChatFound | null {
  for (const text of texts) {
    const { errmsg, rid } = cleanWeChatErrmsg(text);
    const code = errmsg === null ? null : codeFromErrmsg(errmsg);
    if (code !== null) return { code, errmsg, rid };
  }
  return null;
}

/**
 * A text as shown: inert, and without a request's private parts (issue 22 item 5): an SDK's text or a
 * server's can carry the request (URL with access_token or openid, Authorization, signatures).
 */
function shown(text: string | null | undefined): string | null {
  return text ? inertText(redactRequestParts(text)) : null;
}

function toParsed(finding: Finding): ParsedCardError {
  const { status, serverCode } = finding;
  const requestId = finding.requestId ?? null;
  // Issue 22: a WeChat Pay body decides before the HTTP status around it (never the operator's 401 / 403).
  const pay = finding.wechat ? null : finding.wechatpay;
  if (pay) return { code: pay.code, errmsg: pay.errmsg, rid: null, origin: 'wechatpay', status: pay.status ?? status, serverCode, requestId: pay.requestId ?? requestId };
  const httpFailed = (statusForWords(finding) ?? 0) >= 400;
  // WeChat's 0 ("ok") cannot explain a failure the envelope reports (`{code: 500, msg: '核销失败', data:
  // {errcode: 0, errmsg: 'ok'}}`): then it is dropped and the envelope's own words are shown. A code recovered
  // from WeChat's errmsg alone comes last.
  const wechat =
    finding.wechat ?? finding.fieldCode ?? (finding.failed || httpFailed ? null : finding.ok) ?? recovered(finding.texts);
  // WeChat's 0 for a -0: one key of the bare-number cache, so neither spelling may come back as the other.
  if (wechat) return { code: Object.is(wechat.code, -0) ? 0 : wechat.code, errmsg: shown(wechat.errmsg), rid: wechat.rid ?? finding.rid, origin: 'wechat', status, serverCode, requestId };
  // No WeChat code: a back end that timed out calling WeChat says so in its text (status kept).
  const timedOut = finding.texts.some(saysTimeout) ? 'timeout' : null;
  const origin: CardErrorOrigin = finding.transport ?? timedOut ?? (httpFailed ? 'http' : 'unknown');
  const text = finding.title ?? finding.text ?? finding.bodyText;
  return { code: null, errmsg: shown(text), rid: finding.rid, origin, status, serverCode, requestId };
}

/**
 * Reads a failure from anything a card call can reject with: an errcode (number or numeric string of at most
 * 7 digits, taken as given; a longer one is an id, shown as text), WeChat's `{errcode, errmsg}` body or its JSON text, SDK exception texts (WxJava, wechatpy, Senparc,
 * EasyWeChat, silenceper/wechat, PHP SDKs, co-wechat-api), back-end envelopes (RuoYi, Ant Design Pro / umi,
 * NestJS, Spring Boot), axios / ofetch / fetch errors and `Error.cause` chains; a bare WeChat errmsg of a
 * catalog code recovers its code. Without a WeChat code: `origin` says whether the request failed on the way
 * (`network`, `timeout`, `cancelled`; `timeout` also when a back end's text says its call to WeChat timed out,
 * e.g. "java.net.SocketTimeoutException: Read timed out", the status kept), got an HTTP error status (`http`,
 * status ≥ 400) or neither (`unknown`). WeChat's errcode 0 inside a failing envelope is dropped.
 * WeChat Pay's failures (issue 22; README "What reaches your front end (WeChat Pay)") are origin `wechatpay`
 * with its string code, decided before any HTTP status around them. No shown text keeps a request's private
 * parts (parse/redact.ts).
 * Never throws; time is linear in the input's size (see test/parse-adversarial.test.ts).
 */
export function parseCardError(input: unknown): ParsedCardError {
  // A bare errcode (the common `<CardErrorAlert code={…}>`): one frozen result per number, shared.
  if (typeof input === 'number') {
    let parsed = BY_NUMBER.get(input);
    if (!parsed) {
      if (BY_NUMBER.size >= MAX_CACHED_NUMBERS) BY_NUMBER.clear();
      BY_NUMBER.set(input, (parsed = Object.freeze(parseAny(input))));
    }
    return parsed;
  }
  return parseAny(input);
}

/** Results of bare numbers: a page shows a few dozen codes; a flood of distinct numbers starts over. */
const BY_NUMBER = new Map<number, ParsedCardError>();
const MAX_CACHED_NUMBERS = 512;

function parseAny(input: unknown): ParsedCardError {
  try {
    // WeChat's body, bare or in an axios error, is read straight away (plain.ts); anything else is walked.
    return toParsed(plainFinding(input) ?? walkInput(input));
  } catch {
    return { code: null, errmsg: null, rid: null, origin: 'unknown', status: null, serverCode: null, requestId: null };
  }
}

// WeChat Pay failures as objects: the APIv3 body, the v2 answer parsed, the coupon plugin's per-coupon
// result, and the SDK objects that carry them (wechatpay-go APIError, WxJava WxPayException, Senparc
// TenPayApiResultCode); and WeChat Pay's Request-ID from response headers. A string code counts when it is
// on WeChat Pay's list (src/catalog/wechatpayCodes.ts) AND sits in one of these shapes, or, unlisted, where
// the shape alone is WeChat Pay's (issue 22 item 3): back ends answer `{code: 'BAD_REQUEST', message}`.
import { WECHAT_PAY_PLUGIN_RESULT_CODES, isWeChatPayCode, isWeChatPayShapedCode } from '../../catalog/wechatpayCodes.js';
import type { WeChatPayFound } from './finding.js';
import { read, toInteger, toStatus } from './fields.js';
import { inertText } from './inert.js';
import { redactRequestParts } from './redact.js';

/** WeChat Pay's Request-ID, which its support asks for: letters, digits and hyphens (hex today, 44 long). */
const REQUEST_ID = /^[0-9A-Za-z-]{8,128}$/;
/** The header's spellings: axios lower-cases (`request-id`), wechatpay-go canonicalises (`Request-Id`). */
const REQUEST_ID_KEYS = ['request-id', 'Request-ID', 'Request-Id'] as const;

/** A Request-ID in its shape, else `null` (an array is a Go `http.Header` value: its first). */
export function validRequestId(value: unknown): string | null {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first !== 'string' || first.length > 200) return null;
  const id = first.trim();
  return REQUEST_ID.test(id) ? id : null;
}

/**
 * WeChat Pay's `Request-ID` from response headers: axios `response.headers['request-id']` (a plain object or
 * AxiosHeaders), fetch / ofetch `Response.headers.get('Request-ID')`, wechatpay-go `APIError.Header`
 * (`http.Header`, values are arrays). Validated to its shape; `null` when absent or malformed.
 */
export function requestIdOf(headers: unknown): string | null {
  if (!headers || typeof headers !== 'object') return null;
  for (const key of REQUEST_ID_KEYS) {
    const id = validRequestId(read(headers, key));
    if (id) return id;
  }
  const get = read(headers, 'get');
  if (typeof get !== 'function') return null;
  try {
    return validRequestId(get.call(headers, 'Request-ID'));
  } catch {
    return null;
  }
}

/**
 * A WeChat Pay failure found: its code as given, its own message only (private request parts removed,
 * inert), the HTTP status WeChat Pay answered with when the shape says it, and a Request-ID.
 */
export function payFound(code: string, message: unknown, status: number | null = null, requestId: string | null = null): WeChatPayFound {
  // REQUEST_BLOCKED's real message ends "活动未开始或已结束\n"; Guzzle cuts long bodies with " (truncated...)".
  const text = typeof message === 'string' && message !== 'None' ? message.replace(/\s{0,3}\(truncated\.\.\.\)\s{0,3}$/, '') : '';
  return { code, errmsg: text ? inertText(redactRequestParts(text)) : null, status, requestId };
}

/**
 * v2's communication-level failure: `return_code` FAIL with only `return_msg` (sp_coupon.php 返回参数: a bad
 * signature, a malformed request), WeChat Pay refusing the request before its business logic. Its code is the
 * catalog's case for what `return_msg` says: 签名 → SIGN_ERROR, 证书 → CA_ERROR, else INVALID_REQUEST (the developer's).
 */
export function v2Refused(returnMsg: string | undefined): WeChatPayFound {
  const said = returnMsg ?? '';
  const code = /签名|\bsign/i.test(said) ? 'SIGN_ERROR' : /证书|\bcert/i.test(said) ? 'CA_ERROR' : 'INVALID_REQUEST';
  return payFound(code, said);
}

/** The v3 body's own keys, and wechatpay-go APIError's (`StatusCode`, `Header`, `Body` beside them; core/error.go). */
const V3_KEYS: ReadonlySet<string> = new Set(['code', 'message', 'detail', 'StatusCode', 'Header', 'Body']);
/** Keys of v3's `detail` (basic-rules page: field, value, issue, location; SIGN_ERROR's sign_information). */
const DETAIL_KEYS = ['field', 'value', 'issue', 'location', 'sign_information'] as const;
/** Keys a coupon plugin `send_coupon_result[]` entry has beside code and message (batch-results.md §2.5). */
const PLUGIN_KEYS = ['out_request_no', 'stock_id', 'coupon_code'] as const;

const PLUGIN_RESULT: ReadonlySet<string> = new Set(WECHAT_PAY_PLUGIN_RESULT_CODES);

/**
 * Whether a record with `code` has WeChat Pay's v3 shape: only its keys, or a `detail` of its kind, or a
 * plugin entry's keys. A plugin result code (`FAILED` …) counts only with a plugin entry's keys.
 */
function hasV3Shape(record: object, code: string): boolean {
  if (PLUGIN_KEYS.some((key) => typeof read(record, key) === 'string')) return true;
  if (PLUGIN_RESULT.has(code)) return false;
  const detail = read(record, 'detail');
  if (detail && typeof detail === 'object' && DETAIL_KEYS.some((key) => read(detail, key) !== undefined)) return true;
  try {
    const keys = Object.keys(record);
    return keys.length <= V3_KEYS.size && keys.every((key) => V3_KEYS.has(key));
  } catch {
    return false;
  }
}

/** A string field, trimmed. WeChat Pay's codes are strings: a number in `code` is someone else's. */
function text(record: object, key: string): string | undefined {
  const value = read(record, key);
  return typeof value === 'string' ? value.trim() : undefined;
}

/** A v2 field as parsed XML gives it: a string, xml2js's one-element array, or a number a parser made of digits. */
function xmlText(record: object, key: string): string | undefined {
  const value = read(record, key);
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first === 'number' && Number.isSafeInteger(first)) return String(first);
  return typeof first === 'string' ? first.trim() : undefined;
}

/**
 * A WeChat Pay failure in one object, else `null`:
 * - APIv3 body `{code, message, detail?}` (pay.weixin.qq.com basic-rules page; axios-plugin's `response.data`,
 *   yansongda/pay's returned Collection) and wechatpay-go `core.APIError` marshalled (`StatusCode`, `Header`);
 * - a coupon plugin result entry `{code: 'NOTENOUGH', message, out_request_no, stock_id}`;
 * - the v2 answer parsed (`return_code`, `result_code` FAIL, `err_code`, `err_code_des`; xml2js's `{xml: …}` too);
 * - wechatpay-java `ServiceException` serialised (`httpStatusCode`, `errorCode`, `errorMessage`);
 * - WxJava `WxPayException` serialised (`errCode`, `errCodeDes`; weixin-java-pay …/exception/WxPayException.java);
 * - Senparc `TenPayApiResultCode` (`StateCode`, `ErrorCode`, `ErrorMessage`, WeChat Pay's own body in
 *   `Additional` = "发生错误：{json}"; Senparc.Weixin.TenPayV3 …/Apis/Entities/TenPayApiResultCode.cs).
 * `inText` reads a text field's embedded body (wechatpayText.ts), passed in to keep the files acyclic.
 * A code must be listed, except where the shape shows WeChat Pay sent it: `sent` (a body in an SDK text),
 * a wechatpay-go APIError (`StatusCode` + `Header`/`Body`), a v2 answer (`return_code`, `result_code` FAIL).
 */
export function wechatPayInRecord(record: object, inText: (text: string) => WeChatPayFound | null, sent = false): WeChatPayFound | null {
  const code = text(record, 'code');
  const message = read(record, 'message');
  const goApiError = toInteger(read(record, 'StatusCode')) !== null && (read(record, 'Header') !== undefined || read(record, 'Body') !== undefined);
  const v3Code = isWeChatPayCode(code) || ((sent || goApiError) && isWeChatPayShapedCode(code));
  // A back end copying the body into its own DTO can leave `message` null: the key and the listed code decide.
  if (v3Code && (typeof message === 'string' || message === null) && hasV3Shape(record, code)) {
    const status = toStatus(toInteger(read(record, 'StatusCode')));
    return payFound(code, message, status, requestIdOf(read(record, 'Header')));
  }
  const plugin = pluginDetail(record);
  if (plugin) return plugin;
  const xml = read(record, 'xml');
  const v2 = xml && typeof xml === 'object' ? xml : record;
  const errCode = xmlText(v2, 'err_code');
  const v2Answer = xmlText(v2, 'result_code') === 'FAIL' && xmlText(v2, 'return_code') !== undefined;
  const listed = isWeChatPayCode(errCode) && (xmlText(v2, 'result_code') === 'FAIL' || xmlText(v2, 'return_code') !== undefined);
  if (errCode !== undefined && (listed || (v2Answer && isWeChatPayShapedCode(errCode, true)))) {
    return payFound(errCode, xmlText(v2, 'err_code_des') ?? xmlText(v2, 'ret_msg'));
  }
  const returnMsg = xmlText(v2, 'return_msg');
  if (xmlText(v2, 'return_code') === 'FAIL' && returnMsg !== undefined) return v2Refused(returnMsg);
  // wechatpay-java ServiceException serialised by a Java back end (getters httpStatusCode, errorCode,
  // errorMessage, responseBody, httpRequest; core/…/exception/ServiceException.java): its httpRequest is never read.
  const java = text(record, 'errorCode');
  const javaStatus = toStatus(toInteger(read(record, 'httpStatusCode')));
  if (isWeChatPayCode(java) && javaStatus !== null) return payFound(java, read(record, 'errorMessage'), javaStatus);
  const wxJava = text(record, 'errCode');
  if (isWeChatPayCode(wxJava) && typeof read(record, 'errCodeDes') === 'string') return payFound(wxJava, read(record, 'errCodeDes'));
  for (const [codeKey, messageKey, stateKey, additionalKey] of SENPARC_KEYS) {
    const senparc = text(record, codeKey);
    const state = toStatus(toInteger(text(record, stateKey)));
    if (!isWeChatPayCode(senparc) || state === null) continue;
    const additional = read(record, additionalKey);
    const own = typeof additional === 'string' ? inText(additional) : null;
    // Senparc's ErrorMessage is its own table's wording; WeChat Pay's message is the body in Additional.
    return own?.code === senparc ? { ...own, status: own.status ?? state } : payFound(senparc, read(record, messageKey), state);
  }
  return null;
}

/** Most `send_coupon_result` entries read (the plugin sends at most 10 stocks × 3 per call; FAQ Q7). */
const MAX_RESULTS = 30;

/**
 * The coupon plugin's `bind:sendcoupon` detail (batch-results.md §2.5): a failed call (`errcode` one of its
 * codes, `msg`), or an `OK` call whose first failed `send_coupon_result` entry is the failure (SUCCESS and
 * DUPREQUEST, already sent under this voucher, are not failures). `null` when it is not one, or all succeeded.
 */
function pluginDetail(record: object): WeChatPayFound | null {
  const results = read(record, 'send_coupon_result');
  const errcode = text(record, 'errcode');
  if (!Array.isArray(results) && (!isWeChatPayCode(errcode) || typeof read(record, 'msg') !== 'string')) return null;
  if (errcode !== 'OK' && isWeChatPayCode(errcode)) return payFound(errcode, read(record, 'msg'));
  if (!Array.isArray(results)) return null;
  for (const entry of results.slice(0, MAX_RESULTS) as unknown[]) {
    const code = entry && typeof entry === 'object' ? text(entry, 'code') : undefined;
    if (isWeChatPayCode(code) && code !== 'DUPREQUEST') return payFound(code, read(entry as object, 'message'));
  }
  return null;
}

/** Senparc's record, as .NET writes it (PascalCase) and as ASP.NET Core's JSON does (camelCase). */
const SENPARC_KEYS = [
  ['ErrorCode', 'ErrorMessage', 'StateCode', 'Additional'],
  ['errorCode', 'errorMessage', 'stateCode', 'additional'],
] as const;

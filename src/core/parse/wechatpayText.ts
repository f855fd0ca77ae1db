// WeChat Pay failures inside texts: the exception messages of the SDKs merchants' back ends forward, the
// v2 XML answer, and WeChat Pay's v3 JSON body anywhere in a text. Each pattern is bounded (no unbounded
// repetition); values are read from bounded windows after a match, so one text costs O(length).
import { isWeChatPayCode, isWeChatPayShapedCode } from '../../catalog/wechatpayCodes.js';
import type { WeChatPayFound } from './finding.js';
import { payFound, v2Refused, validRequestId, wechatPayInRecord } from './wechatpay.js';

/** How far after a match a body or a message is read. */
const WINDOW = 8192;
/** Most `"code":"…"` places tried in one text (each try reads at most WINDOW characters). */
const MAX_BODIES = 8;
/** A code as WeChat Pay writes one: upper-case words joined by `_` (v2 has "NETWORK ERROR"), or nine digits. */
const CODE = '[A-Z0-9_ ]{2,40}';

// wechatpay-go core.APIError.Error() (wechatpay-apiv3/wechatpay-go core/error.go): `error http response:
// [StatusCode: %d Code: "%s"` + `\nMessage: %s` + `\nDetail:\n…` + `\nHeader:\n - Key=[v]…` + `]`.
const GO_API_ERROR = new RegExp(`error http response:\\[StatusCode: (\\d{3}) Code: "(${CODE})"`);
const GO_MESSAGE = /^[\r\n]{1,2}Message: ([^\r\n]{0,2048})/;
// WeChat Pay's Request-ID header as texts print it: Go's http.Header ` - Request-Id=[08F0…]` (canonical
// spelling), a header line `Request-ID: 08F0…`, JSON `"Request-ID":"08F0…"`.
const REQUEST_ID_TEXT = /\bRequest-Id\\?["']?\s{0,3}(?:=\[|[:=]\s{0,3}\\?["']?)([0-9A-Za-z-]{8,128})(?![0-9A-Za-z-])/i;

// wechatpay-java ServiceException (wechatpay-apiv3/wechatpay-java core/…/exception/ServiceException.java):
// "Wrong HttpStatusCode[%d]%nhttResponseBody[%.1024s]\tHttpRequest[%s]" (`httpResponseBody` after PR #146).
const JAVA_SERVICE_EXCEPTION = /Wrong HttpStatusCode\[(\d{3})\]\s{0,3}htt(?:p)?ResponseBody\[/;
// Guzzle RequestException::create (guzzle/guzzle src/Exception/RequestException.php), as wechatpay-php
// throws it: "Client error: `POST https://…` resulted in a `403 Forbidden` response:\n{body}".
const GUZZLE = /(?:Client|Server) error: `[A-Z]{3,7} ([^`\s]{1,2048})` resulted in a `(\d{3})[^`\r\n]{0,64}` response:/;
// WeChat Pay's API host (or its backup api2): a body from there is WeChat Pay's, its code listed or not.
const PAY_HOST = /^https?:\/\/api2?\.mch\.weixin\.qq\.com(?:[/:?#]|$)/;
// WxJava WxPayException v2 (binarywang/WxJava weixin-java-pay …/exception/WxPayException.java buildErrorMsg,
// BaseWxPayResult.checkResult): "返回代码：[SUCCESS]，…，结果代码：[FAIL]，错误代码：[X]，错误详情：[Y]", with or
// without the brackets ("…结果代码：FAIL，错误代码：INVALID_REQUEST，错误详情：268645892", WxJava#860).
const WXJAVA_V2 = new RegExp(`结果代码[：:]\\s{0,3}\\[?FAIL\\]?\\s{0,3}[，,]\\s{0,3}错误代码[：:]\\s{0,3}\\[?(${CODE})\\]?`);
const WXJAVA_V2_DETAIL = /^\s{0,3}[，,]\s{0,3}错误详情[：:]\s{0,3}/;
// WxJava WxPayException v3 as Lombok's toString: "WxPayException(customErrorMsg=…, …, errCode=PARAM_ERROR,
// errCodeDes=…, xmlString=null)" (WxJava#3574).
const WXJAVA_V3 = new RegExp(`\\berrCode=(${CODE}), errCodeDes=`);
// wechatpy WeChatPayException.__str__ (wechatpy/exceptions.py): "Error code: {return_code}, message:
// {return_msg}. Pay Error code: {err_code}, message: {err_code_des}".
const WECHATPY = new RegExp(`Pay Error code: (${CODE}), message: `);
// The v2 XML answer (pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php): <err_code>, <err_code_des>, CDATA or not.
const XML_FIELD = (name: string) => new RegExp(`<${name}>\\s{0,3}(?:<!\\[CDATA\\[)?([^<\\]]{0,512})(?:\\]\\]>)?\\s{0,3}</${name}>`);
const XML_ERR_CODE = XML_FIELD('err_code');
const XML_ERR_CODE_DES = XML_FIELD('err_code_des');
const XML_FAILED = /<result_code>\s{0,3}(?:<!\[CDATA\[)?FAIL\b/;
const XML_REFUSED = /<return_code>\s{0,3}(?:<!\[CDATA\[)?FAIL\b/;
const XML_RETURN_MSG = XML_FIELD('return_msg');
// wechatpay-go's text with any code, "" included: its status is kept even when the code is not on the list.
const GO_STATUS = /error http response:\[StatusCode: (\d{3})/;
// WeChat Pay's v3 body in any text: `{"code":"NOT_ENOUGH",…}` (Senparc's "发生错误：{json}", a RuoYi `msg`).
const JSON_CODE = new RegExp(`"code"\\s{0,3}:\\s{0,3}"(${CODE})"`, 'g');
const JSON_MESSAGE = /"message"\s{0,3}:\s{0,3}"((?:\\[^]|[^"\\]){0,2048})/;

/** The text from `at` to where `end` first matches (or WINDOW characters). */
function until(text: string, at: number, end: RegExp): string {
  const rest = text.slice(at, at + WINDOW);
  const stop = rest.search(end);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** A JSON string's contents as text (escapes decoded where they are valid). */
function jsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The JSON object that starts at `start`, parsed, when it closes within WINDOW characters; else `null`. */
function objectAt(text: string, start: number): object | null {
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + WINDOW);
  for (let i = start; i < end; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth += 1;
    else if (c === '}' && --depth === 0) {
      try {
        const parsed: unknown = JSON.parse(text.slice(start, i + 1));
        return parsed && typeof parsed === 'object' ? parsed : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * WeChat Pay's v3 body inside a text: a whole object in WeChat Pay's shape; or, right after an SDK's own
 * marker (`sdk`: the body a Java or PHP SDK cut short, wechatpay-java at 1024 characters, Guzzle with
 * "(truncated...)"), its code and message read from what is there.
 */
function bodyIn(text: string, from: number, status: number | null, sdk: boolean, sent = false): WeChatPayFound | null {
  let position = from;
  for (let tries = 0; tries < MAX_BODIES; tries += 1) {
    // Set on every try: a Senparc record's `Additional` is read by a nested call that moves lastIndex too.
    JSON_CODE.lastIndex = position;
    const match = JSON_CODE.exec(text);
    if (!match) return null;
    position = match.index + match[0].length;
    const code = match[1]?.trim();
    const start = text.lastIndexOf('{', match.index);
    if (start < 0 || match.index - start > 2048 || !(isWeChatPayCode(code) || (sent && isWeChatPayShapedCode(code)))) continue;
    const record = objectAt(text, start);
    const found = record ? wechatPayInRecord(record, wechatPayInText, sent) : null;
    if (found) return { ...found, status: found.status ?? status };
    if (sdk && !record && start === text.indexOf('{', from)) {
      return payFound(code, jsonString(JSON_MESSAGE.exec(text.slice(start, start + WINDOW))?.[1] ?? ''), status);
    }
  }
  return null;
}

/** The first of the SDK texts that carry a WeChat Pay failure (see the patterns above), or `null`. */
function sdkText(text: string): WeChatPayFound | null {
  const go = GO_API_ERROR.exec(text);
  if (go && isWeChatPayShapedCode(go[2]?.trim())) {
    const after = text.slice(go.index + go[0].length, go.index + go[0].length + WINDOW);
    return payFound(go[2].trim(), GO_MESSAGE.exec(after)?.[1], Number(go[1]));
  }
  const java = JAVA_SERVICE_EXCEPTION.exec(text);
  if (java) return bodyIn(text, java.index + java[0].length, Number(java[1]), true, true);
  const guzzle = GUZZLE.exec(text);
  if (guzzle) return bodyIn(text, guzzle.index + guzzle[0].length, Number(guzzle[2]), true, PAY_HOST.test(guzzle[1] ?? ''));
  const wxJavaV2 = WXJAVA_V2.exec(text);
  const v2Code = wxJavaV2?.[1]?.trim();
  if (wxJavaV2 && isWeChatPayShapedCode(v2Code, true)) {
    const rest = text.slice(wxJavaV2.index + wxJavaV2[0].length);
    const detail = WXJAVA_V2_DETAIL.exec(rest);
    const des = detail ? until(rest, detail[0].length, /[\r\n]|\]?\s{0,3}[，,]\s{0,3}微信返回的原始报文/) : null;
    return payFound(v2Code, des?.replace(/^\[|\]$/g, ''));
  }
  const wxJavaV3 = WXJAVA_V3.exec(text);
  const v3Code = wxJavaV3?.[1]?.trim();
  if (wxJavaV3 && isWeChatPayShapedCode(v3Code)) {
    return payFound(v3Code, until(text, wxJavaV3.index + wxJavaV3[0].length, /, xmlString=|\)?[\r\n]/));
  }
  const wechatpy = WECHATPY.exec(text);
  const pyCode = wechatpy?.[1]?.trim();
  if (wechatpy && isWeChatPayShapedCode(pyCode, true)) return payFound(pyCode, until(text, wechatpy.index + wechatpy[0].length, /[\r\n]/));
  return null;
}

/**
 * A v2 XML answer with `result_code` FAIL and a listed `err_code`, or with `return_code` FAIL (WeChat Pay
 * refused the request: v2Refused), or `null`.
 */
function xmlAnswer(text: string): WeChatPayFound | null {
  const code = XML_ERR_CODE.exec(text)?.[1]?.trim();
  if (isWeChatPayShapedCode(code, true) && XML_FAILED.test(text)) return payFound(code, XML_ERR_CODE_DES.exec(text)?.[1]);
  const returnMsg = XML_RETURN_MSG.exec(text)?.[1];
  return returnMsg !== undefined && XML_REFUSED.test(text) ? v2Refused(returnMsg.trim()) : null;
}

/**
 * The HTTP status a WeChat Pay SDK's text states (wechatpay-go, wechatpay-java, Guzzle), whatever its code:
 * where no code was found (wechatpay-go's `Code: ""`, a body without a message, a Guzzle text from another
 * host) the status still is the answer's. `null` when the text is none of them.
 */
export function sdkStatusInText(text: string): number | null {
  const match = GO_STATUS.exec(text) ?? JAVA_SERVICE_EXCEPTION.exec(text);
  const guzzle = match ? null : GUZZLE.exec(text);
  return match ? Number(match[1]) : guzzle ? Number(guzzle[2]) : null;
}

/**
 * A WeChat Pay failure a text carries: an SDK's exception text (wechatpay-go, wechatpay-java, Guzzle /
 * wechatpay-php, WxJava v2 and v3, wechatpy), the v2 XML answer, or the v3 body as JSON anywhere in it.
 * A code on WeChat Pay's list counts in any of them; one spelled like WeChat Pay's but unlisted only in an
 * SDK's text (Guzzle's only for api.mch.weixin.qq.com) or a v2 answer with `result_code` FAIL, which only
 * WeChat Pay sends; `null` otherwise. Never throws.
 */
export function wechatPayInText(text: string): WeChatPayFound | null {
  const found = sdkText(text) ?? xmlAnswer(text) ?? bodyIn(text, 0, null, false);
  if (!found || found.requestId) return found;
  // A text that prints the response headers (wechatpay-go's `Header:` list) carries the Request-ID.
  return { ...found, requestId: validRequestId(REQUEST_ID_TEXT.exec(text.slice(0, 4 * WINDOW))?.[1]) };
}

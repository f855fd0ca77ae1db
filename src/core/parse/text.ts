// Finds a WeChat errcode inside a text: WeChat's JSON body anywhere in it (or Node's util.inspect of it), an
// SDK's exception text, or a number right before WeChat's own errmsg for it; and recovers a code from WeChat's
// errmsg alone.
// Every pattern is bounded (no `*`, `+` or nested repetition), so one scan costs O(length) whatever the text
// holds; values are read from bounded windows after a match.
import { CARD_ERROR_ERRMSGS } from '../../catalog/errmsgs.js';
import { found, type WeChatFound } from './finding.js';
import { MAX_ERRMSG_LENGTH } from './inert.js';

/** Longest stretch read as one errmsg value after a match (longer ones are cut when shown anyway). */
const VALUE_WINDOW = 4 * MAX_ERRMSG_LENGTH;

// WeChat's reply body `{"errcode":40099,"errmsg":"…"}` wherever it sits: after EasyWeChat 4's
// "Request access_token fail: " (Kernel/AccessToken.php) or EasyWeChat 6 / node-easywechat's
// "Failed to get access_token: " (HttpException message), after WxJava's "微信原始报文：", JSON-escaped again
// inside a forwarded string (\"errcode\"), as a Python dict repr ('errcode': 40125, pywe-exception), and
// the `key=value` texts: silenceper/wechat `"%s Error , errcode=%d , errmsg=%s"` (util.CommonError) and its
// `"… error : errcode=%v , errmsg=%v"` / `errormsg=` variants, WxJava 2.x "微信错误 errcode=N, errmsg=…".
// Only the lower-case key `errcode` (WeChat's own); a back end's `errCode` is its own number. The number (at
// most 7 digits, WeChat's range) must be followed by a separator, never by more digits or the text's end: a
// body cut short ('{"errcode": 4') names no code.
const ERRCODE = /(?<!\w)(?:\\?["'])?errcode(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\\?["'])?(-?\d{1,7})(?=[\s,;}\]"'\\)])/;
// Right after the errcode: `,"errmsg":` / ` , errmsg=` / `, 'errmsg': `, and Node's util.inspect / console.log
// form, which breaks the line and indents (`{ errcode: 40001,\n  errmsg: '…' }`, deeper when nested): a line
// break and up to 64 spaces of indentation (sticky, read at one position).
const ERRMSG_KEY = /(?:\\?["'])?\s{0,3}[,;]\s{0,64}(?:\\?["'])?err(?:or)?msg(?:\\?["'])?\s{0,3}[:=]\s{0,3}/y;

/** SDK exception texts: each has one group, the errcode (at most 7 digits); WeChat's errmsg follows the match. */
const SDK_FORMATS = [
  // WxJava WxError.toString() (binarywang/WxJava weixin-java-common …/common/error/WxError.java):
  // "错误代码：" + errorCode + ", 错误信息：" + errorMsg [+ "，微信原始报文：" + json]; WxErrorException's message,
  // forwarded with or without "me.chanjar.weixin.common.error.WxErrorException: " before it. Senparc.Weixin
  // ErrorJsonResultException: "微信 POST 请求发生错误！错误代码：{0}，说明：{1}" (CommonJsonSend), older
  // "微信Post请求发生错误！…" and GET "微信请求发生错误！…": the prefix varies, this part does not.
  /错误代码[：:]\s{0,3}(-?\d{1,7})\s{0,3}[,，]\s{0,3}(?:错误信息|说明)[：:]\s{0,3}/,
  // wechatpy WeChatException.__str__ (wechatpy/exceptions.py): f"Error code: {errcode}, message: {errmsg}".
  /\b[Ee]rror code:\s{0,3}(-?\d{1,7}),\s{0,3}message:\s{0,3}/,
  // Common PHP SDKs: '错误码:' . $errcode . ', 错误信息:' . $errmsg (a bare "curl出错,错误码:7" is not one).
  /错误码[：:]\s{0,3}(-?\d{1,7})\s{0,3}[,，]\s{0,3}错误信息[：:]\s{0,3}/,
  // WxJava 2.x WxError.toString() (me.chanjar.weixin.common.bean.result): "错误: Code=" + code + ", Msg=" + msg.
  /错误: ?Code=(-?\d{1,7}), ?Msg=/,
];
// All of them as one pattern: its first match is the earliest format in the text (at one place, the first listed).
const SDK_FORMAT = new RegExp(SDK_FORMATS.map((format) => format.source).join('|'));
// Where an SDK's errmsg ends: a line break (a stack trace follows), WxJava's "，微信原始报文：", Senparc's
// ",errorResult:", WxJava 2.x's "\njson:".
const SDK_ERRMSG_END = /[\r\n]|[，,]\s{0,3}(?:微信原始报文|errorResult)[：:]/;

/** The errmsg value at `at`: a quoted JSON / repr string (escapes decoded), or up to the line's end. */
function readValue(text: string, at: number): string {
  const window = text.slice(at, at + VALUE_WINDOW + 2);
  if (window.startsWith('\\"')) {
    const end = window.indexOf('\\"', 2);
    return window.slice(2, end < 0 ? undefined : end).replace(/\\\\/g, '\\');
  }
  const quote = window[0];
  if (quote === '"' || quote === "'") {
    let i = 1;
    while (i < window.length && window[i] !== quote) i += window[i] === '\\' ? 2 : 1;
    const raw = window.slice(1, i);
    if (quote === "'") return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }
  const end = window.search(/[\r\n]/);
  return end < 0 ? window : window.slice(0, end);
}

/** The text after `at`, within VALUE_WINDOW, up to where `end` first matches. */
function until(text: string, at: number, end: RegExp): string {
  const rest = text.slice(at, at + VALUE_WINDOW);
  const stop = rest.search(end);
  return stop < 0 ? rest : rest.slice(0, stop);
}

// The patterns' digit groups hold at most 7 digits: Number() of one is always a safe integer.
function fromErrcodeKey(text: string): WeChatFound | null {
  const match = ERRCODE.exec(text);
  if (!match) return null;
  ERRMSG_KEY.lastIndex = match.index + match[0].length;
  return found(Number(match[1]), ERRMSG_KEY.exec(text) ? readValue(text, ERRMSG_KEY.lastIndex) : null);
}

function fromSdkFormat(text: string): WeChatFound | null {
  const match = SDK_FORMAT.exec(text);
  // The one group of the format that matched.
  const code = Number(match?.slice(1).find(Boolean));
  // WeChat sends no errcode in 100–599: "Error code: 404, message: Not Found" is some other library's HTTP failure.
  if (!match || (code >= 100 && code <= 599)) return null;
  return found(code, until(text, match.index + match[0].length, SDK_ERRMSG_END));
}

// A number beside WeChat's errmsg: "[40164] invalid ip …" (artipub), "OfficialAPIError: 40001: invalid
// credential …" (a Python SDK), wechatpy's repr "WeChatClientException(40099, invalid code, this code has
// consumed.)" (`f"{self.__class__.__name__}({self.errcode}, {self.errmsg})"`, wechatpy/exceptions.py; a quoted
// errmsg too). Such a number is anyone's (a time "09:00: …", a list index), so it counts only when WeChat's
// known errmsg for that same code follows it (self-confirming, src/catalog/errmsgs.ts). Groups: [N], N:, (N,
// then an optional quote.
const CODE_BESIDE = /(?:\[(-?\d{1,7})\]|(?<![\w.:-])(-?\d{1,7}):|\((-?\d{1,7}),)[ \t]{0,3}(['"]?)/g;
/** Most numbers tried in one text (each try is a few prefix comparisons). */
const MAX_BESIDE = 256;

function fromCodeBeside(text: string): WeChatFound | null {
  CODE_BESIDE.lastIndex = 0;
  for (let tries = 0; tries < MAX_BESIDE; tries += 1) {
    const match = CODE_BESIDE.exec(text);
    if (!match) return null;
    const code = Number(match[1] ?? match[2] ?? match[3]);
    const at = match.index + match[0].length;
    if (!isErrmsgOf(code, text, at)) continue;
    if (match[4]) return found(code, readValue(text, at - 1)); // a quoted errmsg, read as a string
    // An unquoted repr ends at its ")"; other shapes where an SDK's errmsg ends.
    return found(code, until(text, at, match[3] !== undefined ? /[)\r\n]/ : SDK_ERRMSG_END));
  }
  return null;
}

/**
 * The errcode, errmsg and rid a text carries in a known format, or `null`. WeChat's JSON wins over an SDK's
 * wording of it (WxJava's 错误信息 may be its own Chinese translation; 微信原始报文 is what WeChat sent); a
 * number beside WeChat's own errmsg for it comes last.
 */
export function findInText(text: string): WeChatFound | null {
  const json = fromErrcodeKey(text);
  const sdk = fromSdkFormat(text);
  if (json && json.errmsg === null && sdk?.code === json.code) return sdk;
  return json ?? sdk ?? fromCodeBeside(text);
}

// Trailing punctuation and spaces do not tell errmsgs apart ("…has consumed." forwarded without the dot).
const TRAILING = /[\s.!。！,，;；]{1,8}$/;
let known: [string, number][] | undefined;

/** Every known errmsg without trailing punctuation, with its code: longest first, so the first match is the longest. */
function knownErrmsgs(): [string, number][] {
  known ??= Object.entries(CARD_ERROR_ERRMSGS)
    .flatMap(([code, texts]) => texts.map((text): [string, number] => [text.replace(TRAILING, ''), Number(code)]))
    .sort((a, b) => b[0].length - a[0].length);
  return known;
}

/** Whether `errmsg` starts at `at` in `text`, then a non-word character or the end. */
function startsAt(text: string, errmsg: string, at: number): boolean {
  return text.startsWith(errmsg, at) && !/\w/.test(text.charAt(at + errmsg.length));
}

/** Whether one of WeChat's known errmsgs for `code` starts at `at` in `text`. */
function isErrmsgOf(code: number, text: string, at: number): boolean {
  return knownErrmsgs().some(([errmsg, n]) => n === code && startsAt(text, errmsg, at));
}

/**
 * The catalog code whose WeChat errmsg this cleaned text is (or starts with, then a non-word character),
 * the longest such errmsg winning; `null` for anything else. Never matches inside a sentence.
 */
export function codeFromErrmsg(errmsg: string): number | null {
  const text = errmsg.slice(0, VALUE_WINDOW).replace(TRAILING, '');
  return knownErrmsgs().find(([known]) => startsAt(text, known, 0))?.[1] ?? null;
}

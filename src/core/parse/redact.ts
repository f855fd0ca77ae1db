// Request parts that an SDK's or a server's text can carry and that must never reach the screen or the
// clipboard (issue 22 item 5): wechatpay-java's `HttpRequest[…]` (the request line and headers), wechatpay-go's
// `Header:` list, `Authorization: WECHATPAY2-SHA256-RSA2048 …`, `Wechatpay-Signature` / `Wechatpay-Serial`,
// signatures and certificate serial numbers, URL queries and openids. Every pattern is bounded, so one pass
// costs O(length) whatever the text holds.

/** Most characters of a text redacted; only the first few hundred are ever shown (inert.ts cuts the rest). */
const REDACT_WINDOW = 8192;

// wechatpay-java ServiceException: "Wrong HttpStatusCode[%d]%nhttResponseBody[%.1024s]\tHttpRequest[%s]"
// (core/…/exception/ServiceException.java); HttpRequest.toString() is the whole request as JSON: URL,
// headers (Authorization), body. Everything from there on is the request: cut.
// wechatpay-go APIError.Error() ends "\nHeader:\n - Key=[v] …]" (core/error.go): the response headers.
const REQUEST_TAIL = /\s{0,8}(?:HttpRequest\[|\bHeader:\s{0,3}[\r\n]\s{0,8}- )/;
// A header that authenticates or signs, in any of the forms texts carry: `Name: value` to the line's end,
// `"Name":"value"` (JSON, escapes kept inside), `Name=[value]` (Go's http.Header printed).
const SECRET_HEADER =
  /\\?["']?\b(?:Authorization|Proxy-Authorization|Wechatpay-Signature|Wechatpay-Serial|Wechatpay-Nonce|Wechatpay-Timestamp|Wechatpay-Signature-Type|Cookie|Set-Cookie)\b\\?["']?\s{0,3}[:=]\s{0,3}(?:\[[^\]\r\n]{0,4096}\]?|\\?"(?:\\[^]|[^"\\\r\n]){0,4096}\\?"?|[^\r\n]{0,4096})/gi;
// The APIv3 scheme token anywhere (pay.weixin.qq.com 签名生成): "WECHATPAY2-SHA256-RSA2048 mchid=\"…\",
// nonce_str=\"…\",signature=\"…\",timestamp=\"…\",serial_no=\"…\"", its quotes JSON-escaped or not.
const SCHEME_TOKEN = /\bWECHATPAY2-[A-Z0-9-]{1,40}(?:\s{1,3}|,)(?:[a-z_]{1,20}=\\?"[^"\\\r\n]{0,1024}\\?"[,\s]{0,3}){0,8}/g;
// Loose key=value pairs of the token (when its quotes ended the match above), and `"openid":"…"` / `openid=…`.
const SECRET_PAIR = /\b(signature|serial_no|serial|nonce_str|openid)\\?["']?\s{0,3}[:=]\s{0,3}(?:\\?["'][^"'\\\r\n]{0,1024}\\?["']|[^\s"',;&)\]}]{1,1024})/gi;
// A URL: shown as scheme, host and path only (the query and fragment can carry ids and tokens).
const URL = /\b(?:https?|wss?):\/\/[^\s"'`<>\\]{1,2048}/gi;
// A path segment after `/users/` is an openid (WeChat Pay: /v3/marketing/favor/users/{openid}/coupons).
const USER_SEGMENT = /\/users\/[^/?#]{1,256}/g;
// An openid on its own: 28 characters of [A-Za-z0-9_-] starting with "o" (oUpF8uMuAJO_M2pxb1Q9zNjWeS6o).
const OPENID = /(?<![\w-])o[A-Za-z0-9_-]{27}(?![\w-])/g;
// A certificate serial number (40 hex today) in a message: ≥ 32 hex digits as one run, or 8+ after 序列号 /
// serial ("证书序列号 5157F09E… 不匹配"). The lookbehind starts a run only at its first digit: linear.
const SERIAL_RUN = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])/g;
const SERIAL_AFTER = /(序列号|\bserial(?:[ _-]?(?:no|number))?)(\s{0,3}[:：=]?\s{0,3})(?<![0-9A-Fa-f])[0-9A-Fa-f]{8,}(?![0-9A-Fa-f])/gi;
/** What stands where something private was. */
const REMOVED = '…';

/**
 * A text with the private parts of a request removed: wechatpay-java's `HttpRequest[…]` and wechatpay-go's
 * `Header:` list (and all after them), authenticating headers and their values, the WECHATPAY2 token, signatures,
 * serial numbers, nonces, openids; URLs keep scheme, host and path (the path's openid removed). Never throws.
 */
export function redactRequestParts(raw: string): string {
  let text = raw.length > REDACT_WINDOW ? raw.slice(0, REDACT_WINDOW) : raw;
  const tail = REQUEST_TAIL.exec(text);
  if (tail) text = text.slice(0, tail.index);
  return text
    .replace(SECRET_HEADER, REMOVED)
    .replace(SCHEME_TOKEN, REMOVED)
    .replace(SECRET_PAIR, (_, key: string) => `${key}=${REMOVED}`)
    .replace(URL, (url) => url.replace(/[?#][^]{0,2048}$/, '').replace(USER_SEGMENT, `/users/${REMOVED}`))
    .replace(OPENID, REMOVED)
    .replace(SERIAL_AFTER, (_, key: string, gap: string) => `${key}${gap}${REMOVED}`)
    .replace(SERIAL_RUN, REMOVED);
}

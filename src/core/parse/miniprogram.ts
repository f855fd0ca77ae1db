// Mini Program requests (wx.request, Taro.request, uni.request): the fail callback's `errMsg` says why no
// answer came, in the form `<api>:fail <reason>`. Plain patterns, each bounded; the walk in walk.ts reads them.
import type { Transport } from './finding.js';

/**
 * `request:fail …` (also `uploadFile:` / `downloadFile:`), the fail callback's `errMsg`: WeChat's
 * wx.request docs (developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html: "fail
 * 接口调用失败的回调函数", its object `{errMsg, errno}`, errno per framework/usability/PublicErrno.html).
 * Taro.request in a Mini Program and uni.request pass the platform's object on unchanged (Taro rejects its
 * promise with it). Reasons seen in the wild: "request:fail timeout" with errno 5 (lei-mu/luch-request#153),
 * "request:fail timeout" plus the custom timeout (NewFuture/miniprogram-network#30), "request:fail socket
 * time out :3000", "request:fail ssl hand shake error" (codcodog/Blog#54), Chromium net errors on Android
 * ("request:fail -105:net::ERR_NAME_NOT_RESOLVED"), "request:fail interrupted" (the app went to the
 * background), "request:fail abort" (RequestTask.abort()), uni-app's "request:fail abort statusCode:-1" when
 * the connection failed (dcloudio/uni-app#2073: nobody aborted it), and `{errno: 600002, errMsg:
 * "request:fail url not in domain list"}`, in the developer tools "… 不在以下 request 合法域名列表中".
 */
const MINI_PROGRAM_FAIL = /^\s{0,8}(?:request|uploadFile|downloadFile):fail(?![\w])[\s:]{0,3}([^]{0,240})/;
/** The success callback's `errMsg`: an HTTP answer came (`statusCode`, `data`, `header`), read like axios'. */
const MINI_PROGRAM_OK = /^\s{0,8}(?:request|uploadFile|downloadFile):ok\s{0,8}$/;

/**
 * What each reason means, tried in order (each alternative literal, so a scan is linear): the domain
 * allow-list first (a developer's setting on the WeChat Official Accounts Platform, not the network), then
 * the app's own abort (exactly `abort`), then any timeout, and any other reason is the network (offline, DNS,
 * refused, SSL, interrupted).
 */
const REASONS: readonly [RegExp, Transport][] = [
  [/domain list|合法域名/i, 'configuration'],
  [/^abort\s{0,8}$/, 'cancelled'],
  [/time ?out|timed.out|超时/i, 'timeout'],
];

/**
 * Where a Mini Program request stopped, from its fail callback's `errMsg`; `null` for anything else (the
 * `errno` beside it is the Mini Program's own number, never read as WeChat's errcode).
 */
export function miniProgramFailure(errMsg: unknown): Transport | null {
  if (typeof errMsg !== 'string') return null;
  const reason = MINI_PROGRAM_FAIL.exec(errMsg.slice(0, 256))?.[1];
  if (reason === undefined) return null;
  return REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'network';
}

/** Whether an `errMsg` is a success callback's "request:ok": no words of the server's, never shown. */
export function isMiniProgramOk(text: string): boolean {
  return text.length < 64 && MINI_PROGRAM_OK.test(text);
}

import { parseCardError, WECHAT_PAY_CODES, type CardErrorAction, type CardErrorView } from '../../src/index';

/**
 * The coupon plugin's per-coupon result codes (reference batch-results.md §2.5): they reach a host inside
 * the plugin's `send_coupon_result[]`, not as an APIv3 body. DUPREQUEST there means already sent.
 */
const PLUGIN_RESULT_CODES: ReadonlySet<string> = new Set(['FAILED', 'NOTENOUGH', 'DAYLIMIT', 'NATURELIMIT', 'MAXQUOTA', 'DUPREQUEST', 'NOTRUNNING']);

/**
 * A WeChat Pay failure as a host's front end receives it: the APIv3 body `{ code, message }` passed through
 * by the back end, in an axios error with its HTTP status (and WeChat Pay's `Request-ID` header when
 * given); a plugin result code inside the coupon plugin's `send_coupon_result`.
 */
export function payFailure(code: string, message = '', status = 400, requestId: string | null = null): unknown {
  if (PLUGIN_RESULT_CODES.has(code)) {
    return { errcode: 'OK', errmsg: 'ok', send_coupon_result: [{ stock_id: '1400000001', out_request_no: 'req-0001', code, message }] };
  }
  const headers = requestId === null ? {} : { 'request-id': requestId };
  return { isAxiosError: true, message: `Request failed with status code ${status}`, response: { status, data: { code, message }, headers } };
}

/** A documented WeChat Pay message that changes what the operator should do, and what that is. */
export interface PayMessage {
  readonly code: string;
  /** WeChat Pay's `message`, as shared/reference/wechat-pay-coupon-codes.tsv quotes it. */
  readonly message: string;
  readonly status: number;
  /** Who acts, read from the message's meaning (WeChat Pay's page or the report the TSV names). */
  readonly action: CardErrorAction;
  readonly category: CardErrorView['category'];
}

/**
 * WeChat Pay's documented and real messages where one code means several things (reference TSV, families
 * favor, busifavor, v3-common, v2-coupon): input data, each with the party its meaning sends the operator to.
 */
export const PAY_MESSAGES: readonly PayMessage[] = [
  { code: 'PARAM_ERROR', message: '非法的批次状态', status: 400, action: 'askPayAdmin', category: 'batch' },
  { code: 'PARAM_ERROR', message: '批次预算等于批次面额乘以发券数', status: 400, action: 'editInput', category: 'budget' },
  { code: 'INVALID_REQUEST', message: '活动已结束或未激活', status: 400, action: 'askPayAdmin', category: 'batch' },
  { code: 'INVALID_REQUEST', message: 'openid与appid不匹配', status: 400, action: 'contactDeveloper', category: 'request' },
  { code: 'INVALID_REQUEST', message: '非法的商户号', status: 400, action: 'contactDeveloper', category: 'request' },
  // Undocumented, real: WeChat Pay's monthly risk cap per customer (community thread 00062c2225cc00f2fd8f47d7751400).
  { code: 'INVALID_REQUEST', message: '暂时无法领取，请联系商家处理。', status: 400, action: 'none', category: 'risk' },
  { code: 'INVALID_REQUEST', message: '批次发放规则或核销规则有误，请修改后重试', status: 400, action: 'editInput', category: 'batch' },
  { code: 'INVALID_REQUEST', message: '可用商户不符合规则，请检查', status: 400, action: 'editInput', category: 'batch' },
  { code: 'INVALID_REQUEST', message: '批次信息获取失败，请确认参数是否有误', status: 400, action: 'editInput', category: 'batch' },
  { code: 'INVALID_REQUEST', message: '发券模式不合法', status: 400, action: 'editInput', category: 'batch' },
  { code: 'INVALID_REQUEST', message: '上传的自定义 code 已达上限', status: 400, action: 'editInput', category: 'batch' },
  { code: 'INVALID_REQUEST', message: '券不存在', status: 400, action: 'editInput', category: 'couponState' },
  { code: 'INVALID_REQUEST', message: '券状态非可用态', status: 400, action: 'none', category: 'couponState' },
  { code: 'REQUEST_BLOCKED', message: '调用商户无权限', status: 403, action: 'askPayAdmin', category: 'permission' },
  { code: 'REQUEST_BLOCKED', message: '商户无权发券', status: 403, action: 'askPayAdmin', category: 'permission' },
  { code: 'REQUEST_BLOCKED', message: '批次不支持跨商户发券', status: 403, action: 'askPayAdmin', category: 'permission' },
  { code: 'REQUEST_BLOCKED', message: '用户被限领拦截', status: 403, action: 'none', category: 'customerLimit' },
  { code: 'REQUEST_BLOCKED', message: '活动未开始或已结束\n', status: 403, action: 'askPayAdmin', category: 'batch' },
  { code: 'RESOURCE_NOT_EXISTS', message: '批次不存在', status: 404, action: 'editInput', category: 'batch' },
  { code: 'RESOURCE_NOT_EXISTS', message: '券不存在', status: 404, action: 'editInput', category: 'couponState' },
  { code: 'RESOURCE_NOT_EXISTS', message: '券已被删除', status: 404, action: 'editInput', category: 'couponState' },
  { code: 'RESOURCE_ALREADY_EXISTS', message: '券已被其他订单核销', status: 400, action: 'none', category: 'couponState' },
  { code: 'RULELIMIT', message: '券不在有效期', status: 403, action: 'none', category: 'couponState' },
  { code: 'SIGN_ERROR', message: '商户未设置加密的密钥', status: 401, action: 'askPayAdmin', category: 'signature' },
  { code: 'USER_NOT_EXISTS', message: '登录态获取失效', status: 400, action: 'retry', category: 'general' },
  { code: 'USER_AL_GET_COUPON', message: '超过自然人最大限领数', status: 400, action: 'none', category: 'customerLimit' },
  { code: '268456007', message: '你已领取过该代金券', status: 400, action: 'none', category: 'customerLimit' },
  { code: '268456007', message: '批次ID信息不正确', status: 400, action: 'editInput', category: 'batch' },
];

/** One row of the WeChat Pay catalog page: a code and message as WeChat Pay sends them. */
export interface PaySample {
  readonly id: string;
  readonly code: string;
  readonly message: string;
  /** The HTTP status WeChat Pay answered with; `null` where the shape has none (WxJava's v2 text). */
  readonly status: number | null;
  readonly input: unknown;
}

/** A code WeChat Pay does not list (yet), and its message. */
const UNLISTED = 'NEW_COUPON_RULE';
const UNLISTED_MESSAGE = '新的发券规则';
const unlisted = (status: number | null) => ({ id: `${UNLISTED} ${status ?? 'no status'}`, code: UNLISTED, message: UNLISTED_MESSAGE, status });

/**
 * wechatpay-java's `ServiceException` message as a Java back end forwards it (core/…/exception/ServiceException.java:
 * "Wrong HttpStatusCode[%d]%nhttpResponseBody[%.1024s]\tHttpRequest[%s]").
 */
const javaServiceException = (code: string, message: string, status: number): string =>
  `Wrong HttpStatusCode[${status}]\nhttpResponseBody[${JSON.stringify({ code, message })}]\tHttpRequest[{}]`;

const sample = (id: string, code: string, message: string, status: number, requestId: string | null = null): PaySample => ({
  id,
  code,
  message,
  status,
  input: payFailure(code, message, status, requestId),
});

/**
 * The WeChat Pay catalog's rows, from public data: every code of `WECHAT_PAY_CODES` alone (a new code
 * appears without touching stories) that is a failure (the plugin's DUPREQUEST, already sent, is not),
 * every documented message of PAY_MESSAGES, and a code WeChat Pay does not list yet as an SDK's text
 * carries it (a bare `{code, message}` with such a code is the back end's): WeChat Pay's unknown-code words
 * by HTTP status class (4xx, 5xx, none).
 */
export const PAY_SAMPLES: readonly PaySample[] = [
  ...WECHAT_PAY_CODES.map((code) => sample(code, code, '', 400)).filter(({ input }) => parseCardError(input).code !== null),
  ...PAY_MESSAGES.map(({ code, message, status }) => sample(`${code} ${message.trim()}`, code, message, status)),
  ...([400, 500] as const).map((status) => ({ ...unlisted(status), input: javaServiceException(UNLISTED, UNLISTED_MESSAGE, status) })),
  { ...unlisted(null), input: `返回代码：SUCCESS，结果代码：FAIL，错误代码：${UNLISTED}，错误详情：${UNLISTED_MESSAGE}` },
];

/** The routing examples of issue 22, as WeChat Pay answers them (body message, HTTP status). */
export const PAY_ROUTING_EXAMPLES: readonly PaySample[] = [
  // The back end passes 401 through: the merchant's API key or certificate, the developer's to fix.
  sample('SIGN_ERROR 401', 'SIGN_ERROR', '签名错误，请检查后再试', 401, '08F4B2C1-0A2B-4C3D'),
  // The batch's budget (money) is used up: the merchant platform admin adds to it.
  sample('NOT_ENOUGH 403', 'NOT_ENOUGH', '批次预算不足', 403, '08F4B2C1-0A2B-4C3E'),
  // The customer's cap and WeChat Pay's risk control: nobody can act, no button.
  sample('RULE_LIMIT 403', 'RULE_LIMIT', '用户已达最大领券次数', 403),
  sample('USER_ACCOUNT_ABNORMAL 403', 'USER_ACCOUNT_ABNORMAL', '用户非法', 403),
  // The batch isn't running: its dates and state, on the merchant platform.
  sample('REQUEST_BLOCKED 403', 'REQUEST_BLOCKED', '活动未开始或已结束\n', 403),
];

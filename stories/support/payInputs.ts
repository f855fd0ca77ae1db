import { WECHAT_PAY_CASE_BY_CODE, WECHAT_PAY_MESSAGES } from '../../src/catalog/wechatpayRoutes';
import type { WeChatPayCase } from '../../src/catalog/wechatpay';
import type { ParsedCardError } from '../../src/core/parse';

/** A parsed WeChat Pay failure, as parseCardError gives it for a body `{code, message}` at `status`. */
export const payFailure = (code: string, errmsg: string | null = null, status: number | null = null, requestId: string | null = null): ParsedCardError => ({
  code,
  errmsg,
  rid: null,
  origin: 'wechatpay',
  status,
  requestId,
  serverCode: null,
});

/**
 * One parsed input per row of the WeChat Pay catalog, generated from its tables: every code alone (its
 * own case), every code + message pattern, and an unknown code per HTTP status class.
 */
export const PAY_SAMPLES: readonly { readonly id: string; readonly expected: WeChatPayCase; readonly parsed: ParsedCardError }[] = [
  ...Object.entries(WECHAT_PAY_CASE_BY_CODE).map(([code, expected]) => ({ id: code, expected, parsed: payFailure(code) })),
  ...WECHAT_PAY_MESSAGES.map((row) => ({ id: `${row.code} ${row.includes}`, expected: row.case, parsed: payFailure(row.code, row.includes) })),
  { id: 'BRAND_NEW_CODE 400', expected: 'unknownClient', parsed: payFailure('BRAND_NEW_CODE', '新的错误', 400) },
  { id: 'BRAND_NEW_CODE 503', expected: 'unknownServer', parsed: payFailure('BRAND_NEW_CODE', '新的错误', 503) },
  { id: 'BRAND_NEW_CODE', expected: 'unknown', parsed: payFailure('BRAND_NEW_CODE', '新的错误', null) },
];

/** The routing examples of issue 22, as WeChat Pay answers them (body message, HTTP status). */
export const PAY_ROUTING_EXAMPLES: typeof PAY_SAMPLES = [
  // The back end passes 401 through: the merchant's API key or certificate, the developer's to fix.
  { id: 'SIGN_ERROR 401', expected: 'signError', parsed: payFailure('SIGN_ERROR', '签名错误，请检查后再试', 401, '08F4B2C1-0A2B-4C3D') },
  // The batch's budget (money) is used up: the merchant platform admin adds to it.
  { id: 'NOT_ENOUGH 403', expected: 'notEnough', parsed: payFailure('NOT_ENOUGH', '批次预算不足', 403, '08F4B2C1-0A2B-4C3E') },
  // The customer's cap and WeChat Pay's risk control: nobody can act, no button.
  { id: 'RULE_LIMIT 403', expected: 'customerLimit', parsed: payFailure('RULE_LIMIT', '用户已达最大领券次数', 403) },
  { id: 'USER_ACCOUNT_ABNORMAL 403', expected: 'riskControl', parsed: payFailure('USER_ACCOUNT_ABNORMAL', '用户非法', 403) },
  // The batch isn't running: its dates and state, on the merchant platform.
  { id: 'REQUEST_BLOCKED 403', expected: 'batchInactive', parsed: payFailure('REQUEST_BLOCKED', '活动未开始或已结束\n', 403) },
];

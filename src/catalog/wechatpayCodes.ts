// WeChat Pay's coupon error codes, as WeChat Pay spells them: plain data, nothing else. Taken from
// /work/shared/reference/wechat-pay-coupon-codes.tsv (families v3-common, favor 代金券, busifavor 商家券 and the
// Mini Program coupon plugin, v2-coupon; each row there names its source). A string code counts as WeChat
// Pay's only when it is in WECHAT_PAY_CODES and arrives in WeChat Pay's shape (src/core/parse/wechatpay.ts):
// back ends use upper-case codes of their own (BAD_REQUEST, INTERNAL_SERVER_ERROR, UNAUTHENTICATED).

/** APIv3 codes every endpoint can answer (pay.weixin.qq.com basic-rules page, HTTP-status table). */
const V3_COMMON = [
  'PARAM_ERROR',
  'INVALID_REQUEST',
  'SIGN_ERROR',
  'SYSTEM_ERROR',
  'NO_AUTH',
  'RATELIMIT_EXCEEDED',
  'SERVICE_UNAVAILABLE',
  'FREQUENCY_LIMITED',
  'MCH_NOT_EXISTS',
  'APPID_MCHID_NOT_MATCH',
  'RULE_LIMIT',
] as const;

/** 代金券 (favor) and 商家券 (busifavor) APIv3 codes beyond the common ones, old spellings included. */
const V3_COUPON = [
  'USER_ACCOUNT_ABNORMAL',
  'NOT_ENOUGH',
  'REQUEST_BLOCKED',
  'RESOURCE_NOT_EXISTS',
  'RESOURCE_ALREADY_EXISTS',
  'FREQUENCY_LIMIT_EXCEED',
  'USER_NOT_EXISTS',
  'STATEMENT_CREATING',
  'LENGTH_LIMIT',
  'NOAUTH',
  'RULELIMIT',
] as const;

/**
 * The Mini Program coupon plugin's per-coupon `send_coupon_result[].code`s besides SUCCESS (reference
 * batch-results.md §2.5); WeChat Pay's only inside such an entry (`FAILED` is any back end's word too).
 * DUPREQUEST means the coupon was already sent under this voucher (a success for the customer).
 */
export const WECHAT_PAY_PLUGIN_RESULT_CODES = ['FAILED', 'NOTENOUGH', 'DAYLIMIT', 'NATURELIMIT', 'MAXQUOTA', 'DUPREQUEST', 'NOTRUNNING'] as const;

/** The plugin's outer `errcode`s besides OK and those shared with APIv3 (PARAM_ERROR, SIGN_ERROR, USER_NOT_EXISTS). */
const PLUGIN = ['USER_GET_FAILED', 'SYSTEMERROR'] as const;

/** v2 XML `send_coupon` / `query_coupon_stock` / `querycouponsinfo` `err_code`s (sp_coupon.php chapter 12). */
const V2_COUPON = [
  'USER_AL_GET_COUPON',
  'NETWORK ERROR',
  'NETWORKERROR',
  'AL_STOCK_OVER',
  'FREQ_OVER_LIMIT',
  'CA_ERROR',
  'REQ_PARAM_XML_ERR',
  'COUPON_STOCK_ID_EMPTY',
  'MCH_ID_EMPTY',
  'CODE_2_ID_ERR',
  'OPEN_ID_EMPTY',
  'ERR_VERIFY_SSL_SERIAL',
  'ERR_VERIFY_SSL_SN',
  'CA_VERIFY_FAILED',
  'STOCK_IS_NOT_VALID',
  'COUPON_STOCK_ID_NOT_VALID',
  'GET_COUPON_STOCK_FAIL',
  'COUPON_STOCK_NOT_FOUND',
  'COUPON_NOT_FOUND',
  'STOCK_AMOUNT_NOT_ENOUGH',
] as const;

/**
 * WeChat Pay's nine-digit internal numbers, documented as text where they surface: 268456007 in the v2
 * doc's failure samples' `err_code`, 268697610 (H5 coupon link, risk control; wechatpay-java#275), and the
 * grey-test 代金券 page pay.weixin.qq.com/doc/v3/partner/4020807413 (270079534 批次预算不足 …). Never a
 * 卡券 errcode (those have at most 7 digits): a WeChat Pay code only inside WeChat Pay's shape.
 */
const INTERNAL = [
  '268456007',
  '268461336',
  '268697610',
  '269546505',
  '269546525',
  '269546538',
  '270079488',
  '270079501',
  '270079507',
  '270079508',
  '270079509',
  '270079532',
  '270079533',
  '270079534',
  '270079577',
  '272888874',
] as const;

/**
 * Every WeChat Pay coupon code the kit knows (`readonly string[]`), as WeChat Pay spells it, old
 * spellings (`NOAUTH`, `SYSTEMERROR`) and nine-digit internal numbers (as strings) included: APIv3
 * 代金券 and 商家券 codes, the coupon plugin's codes and per-coupon results, v2 `send_coupon` `err_code`s
 * (shared/reference/wechat-pay-coupon-codes.tsv names the WeChat Pay page of each). The list of
 * `CARD_ERROR_CODES` for WeChat Pay: a host can build its own words or checks from it. A code told
 * differently by its `message` keeps one entry here.
 */
export const WECHAT_PAY_CODES = [...V3_COMMON, ...V3_COUPON, ...PLUGIN, ...WECHAT_PAY_PLUGIN_RESULT_CODES, ...V2_COUPON, ...INTERNAL] as const;
export type WeChatPayCode = (typeof WECHAT_PAY_CODES)[number];

/**
 * Spellings of one code that WeChat Pay's own tables disagree on: the older busifavor table, the plugin
 * and the v2 pages drop the underscore. Each variant → the spelling of the current APIv3 pages.
 */
export const WECHAT_PAY_CODE_ALIASES = {
  NOAUTH: 'NO_AUTH',
  RULELIMIT: 'RULE_LIMIT',
  SYSTEMERROR: 'SYSTEM_ERROR',
  NOTENOUGH: 'NOT_ENOUGH',
  NETWORKERROR: 'NETWORK ERROR',
} as const satisfies Partial<Record<WeChatPayCode, WeChatPayCode>>;

const CODES: ReadonlySet<string> = new Set(WECHAT_PAY_CODES);

/** Whether `code` is one of WeChat Pay's coupon codes, spelled exactly as WeChat Pay does. */
export function isWeChatPayCode(code: unknown): code is WeChatPayCode {
  return typeof code === 'string' && CODES.has(code);
}

// A code as WeChat Pay's tables write one: upper case, digits and underscores (NOT_ENOUGH, SYSTEMERROR).
export const WECHAT_PAY_CODE_SHAPE = /^[A-Z][A-Z0-9_]{1,40}$/;
// v2's err_code can be a number too (268456007, the 代金券 v2 table).
const V2_NUMBER = /^\d{2,12}$/;

/**
 * Whether `code` is WeChat Pay's where the shape around it already shows WeChat Pay sent it (an SDK's
 * exception text, a v2 answer, a text naming api.mch.weixin.qq.com): listed, or spelled like WeChat Pay's
 * codes (digits alone only for v2's `err_code`). An unlisted one gets the catalog's unknown-code words.
 */
export function isWeChatPayShapedCode(code: unknown, v2 = false): code is string {
  return isWeChatPayCode(code) || (typeof code === 'string' && (WECHAT_PAY_CODE_SHAPE.test(code) || (v2 && V2_NUMBER.test(code))));
}

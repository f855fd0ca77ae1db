import type { WeChatPayCase } from './wechatpay.js';
import type { WECHAT_PAY_CODE_ALIASES, WeChatPayCode } from './wechatpayCodes.js';

/*
 * Which case each WeChat Pay coupon code gets, plain data. Source of every row: shared/reference/wechat-pay-coupon-codes.tsv
 * (families v3-common, favor 代金券, busifavor 商家券 with the Mini Program coupon plugin, v2-coupon
 * send_coupon), which names the WeChat Pay page, SDK table or community thread of each code and message.
 */

/** A code in the spelling of WeChat Pay's current pages (the aliases of wechatpayCodes.ts resolved). */
export type CanonicalWeChatPayCode = Exclude<WeChatPayCode, keyof typeof WECHAT_PAY_CODE_ALIASES>;

/**
 * Every WeChat Pay coupon code on the list (src/catalog/wechatpayCodes.ts) → its case when the message says
 * nothing more specific. Exhaustive: a code added to the list fails to compile until it has a case here.
 */
export const WECHAT_PAY_CASE_BY_CODE = {
  // v3-common: every APIv3 endpoint (basic-rules page; HTTP-status table Share/error_code.shtml; Senparc).
  PARAM_ERROR: 'paramError',
  INVALID_REQUEST: 'invalidRequest',
  SIGN_ERROR: 'signError',
  SYSTEM_ERROR: 'systemError',
  NO_AUTH: 'noAuth',
  RATELIMIT_EXCEEDED: 'rateLimited',
  SERVICE_UNAVAILABLE: 'unavailable',
  FREQUENCY_LIMITED: 'rateLimited',
  MCH_NOT_EXISTS: 'merchantId',
  APPID_MCHID_NOT_MATCH: 'appidMerchantMismatch',
  // Payment tables: 业务规则限制; favor send: "用户已达最大领券次数" (FAQ Q6, the per-customer cap).
  RULE_LIMIT: 'customerLimit',
  // favor (代金券): the old shared table of every /v3/marketing/favor/* page, and real messages.
  USER_ACCOUNT_ABNORMAL: 'riskControl',
  NOT_ENOUGH: 'notEnough',
  REQUEST_BLOCKED: 'noAuth',
  RESOURCE_NOT_EXISTS: 'resourceNotFound',
  RESOURCE_ALREADY_EXISTS: 'duplicateRequest',
  FREQUENCY_LIMIT_EXCEED: 'rateLimited',
  // busifavor (商家券): the old shared table, coupons/return, upload codes, and the coupon plugin.
  USER_NOT_EXISTS: 'openidMismatch',
  STATEMENT_CREATING: 'batchCreating',
  LENGTH_LIMIT: 'codeLength',
  OK: 'ok',
  SUCCESS: 'ok',
  USER_GET_FAILED: 'customerSession',
  FAILED: 'failed',
  DAYLIMIT: 'customerDayLimit',
  NATURELIMIT: 'personLimit',
  MAXQUOTA: 'customerLimit',
  // "已通过该发券凭证给用户发券": a replay of the same out_request_no; the customer has the coupon.
  DUPREQUEST: 'alreadySent',
  NOTRUNNING: 'batchInactive',
  // v2-coupon: mmpaymkttransfers/send_coupon, query_coupon_stock, querycouponsinfo (XML, HTTP 200).
  USER_AL_GET_COUPON: 'customerLimit',
  'NETWORK ERROR': 'systemError',
  AL_STOCK_OVER: 'batchInactive',
  FREQ_OVER_LIMIT: 'rateLimited',
  CA_ERROR: 'certificate',
  REQ_PARAM_XML_ERR: 'paramError',
  COUPON_STOCK_ID_EMPTY: 'paramError',
  MCH_ID_EMPTY: 'paramError',
  CODE_2_ID_ERR: 'merchantId',
  OPEN_ID_EMPTY: 'paramError',
  ERR_VERIFY_SSL_SERIAL: 'certificate',
  ERR_VERIFY_SSL_SN: 'certificate',
  CA_VERIFY_FAILED: 'certificate',
  STOCK_IS_NOT_VALID: 'batchInactive',
  COUPON_STOCK_ID_NOT_VALID: 'batchNotFound',
  GET_COUPON_STOCK_FAIL: 'batchNotFound',
  COUPON_STOCK_NOT_FOUND: 'batchNotFound',
  COUPON_NOT_FOUND: 'couponNotFound',
  // Real, not in the doc table (2021 community log): "代金券批次可用预算不足".
  STOCK_AMOUNT_NOT_ENOUGH: 'notEnough',
  // WeChat Pay's nine-digit internal numbers. The v2 doc's own failure samples put 268456007 in err_code,
  // with two different err_code_des (message patterns below).
  '268456007': 'failed',
  // H5 coupon link, "用户命中风控" (wechatpay-java#275).
  '268697610': 'riskControl',
  // The grey-test 代金券 page pay.weixin.qq.com/doc/v3/partner/4020807413 (2026.06), its meaning per row:
  '270079534': 'notEnough', // 批次预算不足
  '270079533': 'batchInactive', // 活动未开始或已结束
  '270079532': 'customerLimit', // 用户被限制领取代金券
  '270079508': 'notAuthorisedToSend', // 批次不支持跨商户
  '270079509': 'notAuthorisedToSend', // 调用方不在可发券商户列表
  '270079501': 'openidMismatch', // openid 与 appID 不匹配
  '270079507': 'appidMerchantMismatch', // 商户号与 appid 关系校验失败
  '270079577': 'batchNotFound', // 批次信息获取失败，请确认参数是否有误
  '270079488': 'batchNotFound', // 查询批次为空
  '269546525': 'signError', // 错误的签名，导致验签失败
  '269546505': 'certificate', // 商户证书已过期
  '268461336': 'rateLimited', // 超过频率限制
  '269546538': 'merchantId', // 商户号不存在
  '272888874': 'systemError', // KV（内部错误）, grouped with 5xx on that page
  // Plus the coupon plugin's success codes (errcode OK, a coupon's SUCCESS): never a failure the parser
  // reports, but told right where a host describes a plugin result itself.
} as const satisfies { readonly [C in CanonicalWeChatPayCode | 'OK' | 'SUCCESS']: WeChatPayCase };

/** A code whose message changes what the operator should do: picked when `message` contains `includes`. */
export interface WeChatPayMessagePattern {
  readonly code: CanonicalWeChatPayCode;
  readonly includes: string;
  readonly case: WeChatPayCase;
}

/**
 * Code + message → case, first match wins. Only messages that change who acts or what they do; the rest
 * keep their code's case. Substrings of WeChat Pay's Chinese `message`, as the TSV row quotes it.
 */
export const WECHAT_PAY_MESSAGES: readonly WeChatPayMessagePattern[] = [
  // favor table: 非法的批次状态 (请检查批次状态): the batch's state, not the request.
  { code: 'PARAM_ERROR', includes: '非法的批次状态', case: 'batchInactive' },
  // favor create, real: "批次预算等于批次面额乘以发券数" (max_amount = coupon_amount × max_coupons).
  { code: 'PARAM_ERROR', includes: '批次预算等于', case: 'budgetFormula' },
  // favor table: 活动已结束或未激活.
  { code: 'INVALID_REQUEST', includes: '活动已结束或未激活', case: 'batchInactive' },
  // favor table: openid与appid不匹配 (请使用appid下的openid).
  { code: 'INVALID_REQUEST', includes: 'openid与appid不匹配', case: 'openidMismatch' },
  // favor table: 非法的商户号.
  { code: 'INVALID_REQUEST', includes: '非法的商户号', case: 'merchantId' },
  // favor send, real and undocumented (community thread 00062c2225cc00f2fd8f47d7751400): "暂时无法领取，请联系
  // 商家处理。" = WeChat Pay's risk cap, 5000 元 per customer per merchant number per calendar month.
  { code: 'INVALID_REQUEST', includes: '暂时无法领取', case: 'riskMonthlyCap' },
  // favor create, real: "批次发放规则或核销规则有误，请修改后重试"; 服务商 create, real: "可用商户不符合规则，请检查".
  { code: 'INVALID_REQUEST', includes: '发放规则或核销规则', case: 'batchRules' },
  { code: 'INVALID_REQUEST', includes: '可用商户不符合规则', case: 'batchRules' },
  // favor send, real: "批次信息获取失败，请确认参数是否有误" (stock_id / stock_creator_mchid pair, inferred).
  { code: 'INVALID_REQUEST', includes: '批次信息获取失败', case: 'batchNotFound' },
  // busifavor upload codes (old shared table): 发券模式不合法; 上传的自定义 code 已达上限.
  { code: 'INVALID_REQUEST', includes: '发券模式不合法', case: 'uploadMode' },
  { code: 'INVALID_REQUEST', includes: '上传的自定义', case: 'uploadFull' },
  // busifavor disassociate (2024.12.25 page): 券不存在; 券状态非可用态.
  { code: 'INVALID_REQUEST', includes: '券不存在', case: 'couponNotFound' },
  { code: 'INVALID_REQUEST', includes: '券状态非可用态', case: 'couponNotUsable' },
  // favor table, REQUEST_BLOCKED's five messages: 调用商户无权限 stays noAuth (the code's case); then:
  { code: 'REQUEST_BLOCKED', includes: '商户无权发券', case: 'notAuthorisedToSend' },
  { code: 'REQUEST_BLOCKED', includes: '跨商户', case: 'notAuthorisedToSend' },
  { code: 'REQUEST_BLOCKED', includes: '限领', case: 'customerLimit' },
  // Senparc's table and real create/send bodies: "活动未开始或已结束\n".
  { code: 'REQUEST_BLOCKED', includes: '活动未开始或已结束', case: 'batchInactive' },
  // busifavor coupons/return: 券不存在, 券已被删除; favor/busifavor: 批次不存在.
  { code: 'RESOURCE_NOT_EXISTS', includes: '批次不存在', case: 'batchNotFound' },
  { code: 'RESOURCE_NOT_EXISTS', includes: '券不存在', case: 'couponNotFound' },
  { code: 'RESOURCE_NOT_EXISTS', includes: '券已被删除', case: 'couponNotFound' },
  // busifavor old table: 券已被其他订单核销 (printed under RESOURCE_ALREADY_EXISTS).
  { code: 'RESOURCE_ALREADY_EXISTS', includes: '核销', case: 'couponUsed' },
  // busifavor 核销 (RULELIMIT): 券不在有效期.
  { code: 'RULE_LIMIT', includes: '有效期', case: 'couponOutsideDates' },
  // v3-common (Senparc, 通过测试得到): SIGN_ERROR "商户未设置加密的密钥" → 请登录商户平台操作.
  { code: 'SIGN_ERROR', includes: '未设置加密的密钥', case: 'apiKeyNotSet' },
  // The coupon plugin's outer errcode USER_NOT_EXISTS: 登录态获取失效 (the customer's WeChat login).
  { code: 'USER_NOT_EXISTS', includes: '登录态', case: 'customerSession' },
  // v2 send_coupon, real: "超过自然人最大限领数" (制券时设置了自然人领取限制).
  { code: 'USER_AL_GET_COUPON', includes: '自然人', case: 'personLimit' },
  // v2 doc samples: 268456007 with "你已领取过该代金券" or "批次ID信息不正确".
  { code: '268456007', includes: '已领取过', case: 'customerLimit' },
  { code: '268456007', includes: '批次ID', case: 'batchNotFound' },
];

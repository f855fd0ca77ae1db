export { CARD_ERROR_CATALOG, CARD_ERROR_CODES, type CardErrorCode } from './codes.js';
export {
  CARD_ERROR_ORIGIN_CASES,
  CARD_ERROR_ORIGIN_CATALOG,
  cardErrorOriginCase,
  type CardErrorOriginCase,
} from './origins.js';
export {
  CARD_ERROR_ACTIONS,
  CARD_ERROR_CATEGORIES,
  CARD_ERROR_ORIGINS,
  CARD_ERROR_SEVERITIES,
  cardErrorCopyKeys,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorCopyKeys,
  type CardErrorEntry,
  type CardErrorOrigin,
  type CardErrorSeverity,
} from './types.js';
export { WECHAT_PAY_CATALOG, type WeChatPayCase } from './wechatpay.js';
export { WECHAT_PAY_CODE_ALIASES, WECHAT_PAY_CODES, isWeChatPayCode, type WeChatPayCode } from './wechatpayCodes.js';
export { WECHAT_PAY_CASE_BY_CODE, WECHAT_PAY_MESSAGES, type WeChatPayMessagePattern } from './wechatpayRoutes.js';
export { asWeChatPayCode, canonicalWeChatPayCode, wechatPayCase } from './wechatpayCase.js';

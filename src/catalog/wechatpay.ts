import type { CardErrorEntry } from './types.js';

/*
 * Routing record for WeChat Pay coupon failures (issue 22; the rules of codes.ts, with WeChat Pay's parties).
 * Who can act differs from 卡券: never the Official Account's admin, never "sign in again" (a WeChat Pay
 * 401 is the merchant's API signature, not the operator's session), never the operator's permission.
 *
 * | action           | who acts                                    | when                                          | retryable |
 * | ---------------- | ------------------------------------------- | --------------------------------------------- | --------- |
 * | askPayAdmin      | the merchant platform admin (商户平台,        | budget (批次预算), product permissions,         | no        |
 * |                  | pay.weixin.qq.com)                          | authorisations between merchant numbers, the  |           |
 * |                  |                                             | AppID binding, the API key, a batch's state    |           |
 * | contactDeveloper | the developer                               | signature, certificates, parameters, ids the  | no        |
 * |                  |                                             | system sent, a replayed out_request_no         |           |
 * | editInput        | the operator                                | what they typed or picked: a batch ID, a       | no        |
 * |                  |                                             | coupon code, a batch's numbers or rules        |           |
 * | retry            | the operator, now                           | SYSTEM_ERROR, frequency limits, 5xx, a batch  | yes       |
 * |                  |                                             | still being created: the same request, resent  |           |
 * |                  |                                             | with the same out_request_no, can succeed      |           |
 * | none             | nobody                                      | the customer's caps and WeChat Pay's risk      | no        |
 * |                  |                                             | control (the hint says so), a coupon already   |           |
 * |                  |                                             | used or outside its dates, success             |           |
 *
 * Budget is money (批次预算), never stock (库存). Severity as in codes.ts: `info` for a customer's cap
 * (as 45033), `warning` where a retry may help or the outcome is the customer's, `error` where something
 * must change first.
 */

/**
 * Every WeChat Pay case, one per set of words: the locale files hold each case's copy under
 * `pay.<case>.message|hint|detail` (and an optional `actionAlt`). Codes and messages pick a case in
 * ./wechatpayCodes.ts.
 */
export const WECHAT_PAY_CATALOG = {
  ok: { severity: 'success', action: 'none', retryable: false, category: 'general' },
  alreadySent: { severity: 'success', action: 'none', retryable: false, category: 'general' },
  paramError: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  invalidRequest: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  openidMismatch: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  merchantId: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  duplicateRequest: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  failed: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'general' },
  signError: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'signature' },
  certificate: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'signature' },
  apiKeyNotSet: { severity: 'error', action: 'askPayAdmin', retryable: false, category: 'signature' },
  systemError: { severity: 'warning', action: 'retry', retryable: true, category: 'general' },
  unavailable: { severity: 'warning', action: 'retry', retryable: true, category: 'general' },
  rateLimited: { severity: 'warning', action: 'retry', retryable: true, category: 'quota' },
  batchCreating: { severity: 'warning', action: 'retry', retryable: true, category: 'batch' },
  customerSession: { severity: 'warning', action: 'retry', retryable: true, category: 'general' },
  notEnough: { severity: 'error', action: 'askPayAdmin', retryable: false, category: 'budget' },
  noAuth: { severity: 'error', action: 'askPayAdmin', retryable: false, category: 'permission' },
  notAuthorisedToSend: { severity: 'error', action: 'askPayAdmin', retryable: false, category: 'permission' },
  appidMerchantMismatch: { severity: 'error', action: 'askPayAdmin', retryable: false, category: 'permission' },
  batchInactive: { severity: 'error', action: 'askPayAdmin', retryable: false, category: 'batch' },
  batchNotFound: { severity: 'error', action: 'editInput', retryable: false, category: 'batch' },
  resourceNotFound: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  budgetFormula: { severity: 'error', action: 'editInput', retryable: false, category: 'budget' },
  batchRules: { severity: 'error', action: 'editInput', retryable: false, category: 'batch' },
  uploadMode: { severity: 'error', action: 'editInput', retryable: false, category: 'batch' },
  uploadFull: { severity: 'error', action: 'editInput', retryable: false, category: 'batch' },
  codeLength: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  couponNotFound: { severity: 'error', action: 'editInput', retryable: false, category: 'couponState' },
  couponNotUsable: { severity: 'warning', action: 'none', retryable: false, category: 'couponState' },
  couponOutsideDates: { severity: 'warning', action: 'none', retryable: false, category: 'couponState' },
  couponUsed: { severity: 'warning', action: 'none', retryable: false, category: 'couponState' },
  customerLimit: { severity: 'info', action: 'none', retryable: false, category: 'customerLimit' },
  customerDayLimit: { severity: 'info', action: 'none', retryable: false, category: 'customerLimit' },
  personLimit: { severity: 'info', action: 'none', retryable: false, category: 'customerLimit' },
  riskControl: { severity: 'warning', action: 'none', retryable: false, category: 'risk' },
  riskMonthlyCap: { severity: 'warning', action: 'none', retryable: false, category: 'risk' },
  // Codes the kit does not know, by HTTP status class: 4xx the request was refused as sent, 5xx WeChat
  // Pay failed (the same request can succeed), neither (the plugin, v2 XML at HTTP 200) unclear.
  unknownClient: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'general' },
  unknownServer: { severity: 'warning', action: 'retry', retryable: true, category: 'general' },
  unknown: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'general' },
} as const satisfies Readonly<Record<string, CardErrorEntry>>;

/** One WeChat Pay case: a key of `WECHAT_PAY_CATALOG` and of the locale files' `pay` section. */
export type WeChatPayCase = keyof typeof WECHAT_PAY_CATALOG;

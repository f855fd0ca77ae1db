import type { CardErrorEntry } from './types.js';

/*
 * Routing record (issue 11): which action a code gets, so the next code added follows the same rules.
 * The button must lead to something the person who sees it can do and that can fix the failure; the
 * hint and the toast's alternative text (`toast.alt<Action>`, or `codes.<code>.actionAlt` where the
 * shared sentence would be wrong) tell the same story as the button.
 *
 * | action            | when                                                                          | retryable |
 * | ----------------- | ----------------------------------------------------------------------------- | --------- |
 * | none              | nothing to press: success, or the hint says what to tell the customer          | no        |
 * | retry             | WeChat was busy or rate-limited; the identical request can succeed now, or     | yes       |
 * |                   | after the short wait the hint names (-1, 45011)                                |           |
 * | retry (tokens)    | the access_token was stale or missing (40001, 40014, 41001, 42001): the back   | yes       |
 * |                   | end, which holds the token, fetches a new one; the hint says "once more, then   |           |
 * |                   | the developer", and a toast shows one button (never Retry beside a refresh)     |           |
 * | refreshToken      | not used by the catalog: for a host whose front end can ask its back end to     | yes       |
 * |                   | refresh the token (defineCardErrors); the browser never holds WeChat's token    |           |
 * | editInput         | the operator can fix what they entered or picked (text, dates, codes, stock)   | no        |
 * | restock           | the card is out of stock (45031)                                               | no        |
 * | requestPermission | a feature the Official Account's admin applies for on 公众平台 (mp.weixin.qq.com) | no        |
 * | askAdmin          | only the Official Account's admin can act: confirm or re-allow an IP, unfreeze  | no        |
 * |                   | the AppSecret or account, see a ban or penalty, (re)authorise a third-party    |           |
 * |                   | platform (per-code actionAlt: its authorisation page, not mp.weixin.qq.com)    |           |
 * | contactDeveloper  | the system's configuration or code must change (credentials, request format,   | no        |
 * |                   | IP whitelist, third-party platform plumbing, daily quota reset via clear_quota) |           |
 * | contactSupport    | only WeChat support can resolve it; the label names WeChat. No catalog code    | no        |
 * |                   | needs it today: bans and freezes are handled by the admin on 公众平台            |           |
 * | signIn            | the merchant's own system needs a new login (HTTP 401; origins, not codes)     | no        |
 *
 * Severity: `error` when the operation failed and something must change first (data, settings, a
 * permission, an admin's confirmation, the account, the day's quota); `warning` when a retry may succeed
 * (WeChat busy, a stale token) or the result is a business outcome the operator handles at the counter
 * (already redeemed, out of stock, code taken, outside the usable hours); `info` only for an outcome
 * that needs no more than telling the customer (claim limit reached). Never `info` for a failure that
 * blocks every call: an info toast vanishes in 5 s.
 * `retryable: true` only when the identical request, sent again with nothing changed by anyone, can
 * succeed (a daily quota, a missing parameter or an admin confirmation still pending are not).
 */

/**
 * Every errcode the kit knows, keyed by WeChat's numeric `errcode`. Plain data: the words for each
 * code live in the locale files under `codes.<errcode>`. Meanings: shared/reference/wechat-codes.tsv,
 * shared/reference/more-card-codes.tsv, and public SDK code tables where a comment says so.
 */
export const CARD_ERROR_CATALOG = {
  // The card-coupon return-code page.
  [-1]: { severity: 'warning', action: 'retry', retryable: true, category: 'general' },
  0: { severity: 'success', action: 'none', retryable: false, category: 'general' },
  40009: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40013: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  40053: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  40071: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40072: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40078: { severity: 'warning', action: 'none', retryable: false, category: 'cardState' },
  40079: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40080: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  40099: { severity: 'warning', action: 'none', retryable: false, category: 'cardState' },
  40100: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40116: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40122: { severity: 'error', action: 'editInput', retryable: false, category: 'stock' },
  40124: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40127: { severity: 'warning', action: 'none', retryable: false, category: 'cardState' },
  41012: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  45030: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'permission' },
  45031: { severity: 'warning', action: 'restock', retryable: false, category: 'stock' },
  45033: { severity: 'info', action: 'none', retryable: false, category: 'stock' },
  41011: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  45021: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40056: { severity: 'error', action: 'editInput', retryable: false, category: 'cardState' },
  43009: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  43010: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  // WeChat global return codes that card calls return, and card codes of the Open Platform table.
  40001: { severity: 'warning', action: 'retry', retryable: true, category: 'credential' },
  40002: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  40003: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  40014: { severity: 'warning', action: 'retry', retryable: true, category: 'credential' },
  40033: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  41001: { severity: 'warning', action: 'retry', retryable: true, category: 'credential' },
  41002: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  41004: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  42001: { severity: 'warning', action: 'retry', retryable: true, category: 'credential' },
  43002: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  43003: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  44002: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  45009: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'quota' },
  45011: { severity: 'warning', action: 'retry', retryable: true, category: 'quota' },
  47001: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  48001: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  48004: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  50002: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  40125: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  40243: { severity: 'error', action: 'askAdmin', retryable: false, category: 'credential' },
  40164: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'ipWhitelist' },
  89501: { severity: 'error', action: 'askAdmin', retryable: false, category: 'ipWhitelist' },
  89503: { severity: 'error', action: 'askAdmin', retryable: false, category: 'ipWhitelist' },
  89506: { severity: 'error', action: 'askAdmin', retryable: false, category: 'ipWhitelist' },
  89507: { severity: 'error', action: 'askAdmin', retryable: false, category: 'ipWhitelist' },
  61003: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  61004: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'ipWhitelist' },
  61007: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  61016: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  61023: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  61024: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  50004: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  50007: { severity: 'error', action: 'askAdmin', retryable: false, category: 'platform' },
  40097: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  40070: { severity: 'error', action: 'editInput', retryable: false, category: 'stock' },
  40073: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40075: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  40107: { severity: 'error', action: 'editInput', retryable: false, category: 'cardState' },
  40109: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40110: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40111: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40135: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40136: { severity: 'error', action: 'editInput', retryable: false, category: 'stock' },
  40139: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40145: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40146: { severity: 'warning', action: 'editInput', retryable: false, category: 'cardState' },
  40150: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40151: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40158: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  41013: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  43017: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  43018: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'cardState' },
  45029: { severity: 'warning', action: 'none', retryable: false, category: 'stock' },
  45039: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  45041: { severity: 'warning', action: 'editInput', retryable: false, category: 'stock' },
  45042: { severity: 'error', action: 'editInput', retryable: false, category: 'permission' },
  45160: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  // shared/reference/more-card-codes.tsv (issue 10, item 3).
  // 61501 "date range error": card statistics (datacube/getcardbizuininfo, getcardmembercarddetail).
  61501: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  // 52000 "pic is not from cdn": card/submerchant/submit with an image not uploaded via media/uploadimg.
  52000: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  // 61006 "component ticket is invalid": the third-party platform's ticket is stale; fixed on its side.
  61006: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'credential' },
  // Card codes of WeChat's Open Platform return-code table, as carried in WxJava's WxOpenErrorMsgEnum
  // (binarywang/WxJava, weixin-java-common/.../error/WxOpenErrorMsgEnum.java) and a C# SDK's errcode switch.
  // 43011 "can not use bonus, need authorize": the points permission, sibling of 43009 and 43010.
  43011: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  // 40147 "invalid consume! Consume time overranging restricts.": card/code/consume outside the card's times.
  40147: { severity: 'warning', action: 'none', retryable: false, category: 'cardState' },
} as const satisfies Readonly<Record<number, CardErrorEntry>>;

/** A WeChat errcode the kit has copy for. */
export type CardErrorCode = keyof typeof CARD_ERROR_CATALOG;

/** Every errcode the kit knows, in ascending order. */
export const CARD_ERROR_CODES: readonly CardErrorCode[] = Object.keys(CARD_ERROR_CATALOG)
  .map(Number)
  .sort((a, b) => a - b) as CardErrorCode[];

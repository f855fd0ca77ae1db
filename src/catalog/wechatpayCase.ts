import type { CardErrorEntry } from './types.js';
import { WECHAT_PAY_CATALOG, type WeChatPayCase } from './wechatpay.js';
import { WECHAT_PAY_CODE_ALIASES, WECHAT_PAY_CODE_SHAPE } from './wechatpayCodes.js';
import { WECHAT_PAY_CASE_BY_CODE, WECHAT_PAY_MESSAGES } from './wechatpayRoutes.js';

/** The cases an unknown code gets, by the HTTP status class. */
const UNKNOWN_BY_STATUS_CLASS: Readonly<Record<number, WeChatPayCase>> = { 4: 'unknownClient', 5: 'unknownServer' };

/** A WeChat Pay code as the tables spell it: NO_AUTH for NOAUTH, SYSTEM_ERROR for SYSTEMERROR. */
export function canonicalWeChatPayCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return Object.hasOwn(WECHAT_PAY_CODE_ALIASES, upper) ? WECHAT_PAY_CODE_ALIASES[upper as keyof typeof WECHAT_PAY_CODE_ALIASES] : upper;
}

/** `key` in its tables' spelling when it has the shape of a WeChat Pay code (known or not), else `null`. */
export function asWeChatPayCode(key: string): string | null {
  return WECHAT_PAY_CODE_SHAPE.test(key) ? canonicalWeChatPayCode(key) : null;
}

/**
 * Which case a WeChat Pay failure is: the first message pattern of its code that WeChat Pay's `message`
 * (or `err_code_des`) contains, else the code's own case; an unknown code by its HTTP status class.
 * Pure; linear in the message's length (substring search, no regular expression). `known` is `false`
 * only for an unknown code.
 */
export function wechatPayCase(
  code: string,
  errmsg: string | null,
  status: number | null,
): { case: WeChatPayCase; entry: CardErrorEntry; known: boolean } {
  const canonical = canonicalWeChatPayCode(code);
  const byMessage = errmsg ? WECHAT_PAY_MESSAGES.find((row) => row.code === canonical && errmsg.includes(row.includes)) : undefined;
  const own = Object.hasOwn(WECHAT_PAY_CASE_BY_CODE, canonical) ? WECHAT_PAY_CASE_BY_CODE[canonical as keyof typeof WECHAT_PAY_CASE_BY_CODE] : undefined;
  const found: WeChatPayCase =
    byMessage?.case ?? own ?? (status === null ? 'unknown' : (UNKNOWN_BY_STATUS_CLASS[Math.floor(status / 100)] ?? 'unknown'));
  return { case: found, entry: WECHAT_PAY_CATALOG[found], known: own !== undefined };
}

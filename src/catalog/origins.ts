import type { CardErrorEntry, CardErrorOrigin } from './types.js';

/**
 * Failures without a WeChat errcode, one case per set of words: the locale files hold each case's
 * copy under `origins.<case>.message|hint|detail` (and an optional `actionAlt`).
 */
export const CARD_ERROR_ORIGIN_CASES = [
  'network',
  'timeout',
  'cancelled',
  'configuration',
  'unauthorized',
  'forbidden',
  'rateLimited',
  'unavailable',
  'gatewayTimeout',
  'serverError',
  'clientError',
  'unknown',
] as const;
export type CardErrorOriginCase = (typeof CARD_ERROR_ORIGIN_CASES)[number];

/**
 * Severity, action, `retryable` and category of each case: plain data, as for a code. `retryable`
 * follows the catalog's rule: the identical request, sent again now, can succeed.
 */
export const CARD_ERROR_ORIGIN_CATALOG = {
  // Offline, DNS, refused, CORS: nothing answered; once the connection is back the same call works.
  network: { severity: 'warning', action: 'retry', retryable: true, category: 'connection' },
  // The server may have done it (a redeem that timed out may have redeemed): the hint says check first.
  timeout: { severity: 'warning', action: 'retry', retryable: true, category: 'connection' },
  // The app aborted it (navigation, a newer search): nothing failed; toasts skip it by default.
  cancelled: { severity: 'info', action: 'none', retryable: false, category: 'connection' },
  // A Mini Program refused to send it (domain not in its allow-list): only the developer's setting fixes it.
  configuration: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'connection' },
  // HTTP 401: the operator's session in the merchant's system ended.
  unauthorized: { severity: 'warning', action: 'signIn', retryable: false, category: 'account' },
  // HTTP 403: a permission in the merchant's system, which only its admin grants (not WeChat's).
  forbidden: { severity: 'error', action: 'none', retryable: false, category: 'account' },
  // HTTP 429: the merchant server's own rate limit.
  rateLimited: { severity: 'warning', action: 'retry', retryable: true, category: 'server' },
  // HTTP 502, 503: a gateway or service briefly down.
  unavailable: { severity: 'warning', action: 'retry', retryable: true, category: 'server' },
  // HTTP 504: the gateway gave up; the back end may still have done it, as with `timeout`.
  gatewayTimeout: { severity: 'warning', action: 'retry', retryable: true, category: 'server' },
  // Any other 5xx: the merchant's system failed; only its developer can tell why.
  serverError: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'server' },
  // Any other 4xx (404, 400, 413 …): the system refused the request as sent.
  clientError: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'server' },
  // Nothing says where it stopped: the generic words of an unknown failure.
  unknown: { severity: 'error', action: 'none', retryable: false, category: 'general' },
} as const satisfies Record<CardErrorOriginCase, CardErrorEntry>;

/** The case of each origin without an errcode; `http` is refined by its status below. */
const CASE_BY_ORIGIN = {
  wechat: 'unknown',
  network: 'network',
  timeout: 'timeout',
  cancelled: 'cancelled',
  configuration: 'configuration',
  http: 'serverError',
  unknown: 'unknown',
  // A WeChat Pay failure always has a code (src/catalog/wechatpay.ts); without one, the generic words.
  wechatpay: 'unknown',
} as const satisfies Record<CardErrorOrigin, CardErrorOriginCase>;

/**
 * HTTP statuses with words of their own. The timeout rule: a status that says someone stopped waiting
 * (408, 504, Cloudflare's 522 "connection timed out" and 524 "a timeout occurred") gets words that say
 * "check whether it went through, then try again", as a transport timeout does; Cloudflare's 520, 521 and 523
 * (the origin answered nothing usable, is down, or cannot be reached) read like a 502. Texts that say a
 * timeout are read in src/core/parse/fields.ts (TIMEOUT_TEXT).
 */
const CASE_BY_STATUS: Readonly<Record<number, CardErrorOriginCase>> = {
  401: 'unauthorized',
  // 408: the server gave up waiting for the request; say "check, then try again", as for a timeout.
  408: 'timeout',
  403: 'forbidden',
  429: 'rateLimited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'gatewayTimeout',
  // Cloudflare (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/).
  520: 'unavailable',
  521: 'unavailable',
  522: 'gatewayTimeout',
  523: 'unavailable',
  524: 'gatewayTimeout',
};

/** Every other status by its class: 4xx the request was refused, 5xx the server failed. */
const CASE_BY_STATUS_CLASS: Readonly<Record<number, CardErrorOriginCase>> = { 4: 'clientError', 5: 'serverError' };

/** Which words and entry a failure without an errcode gets, from its origin and HTTP status. */
export function cardErrorOriginCase(origin: CardErrorOrigin, status: number | null): CardErrorOriginCase {
  if (origin !== 'http' || status === null) return CASE_BY_ORIGIN[origin] ?? 'unknown';
  return CASE_BY_STATUS[status] ?? CASE_BY_STATUS_CLASS[Math.floor(status / 100)] ?? CASE_BY_ORIGIN.http;
}

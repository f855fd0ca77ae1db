/** How serious a WeChat result is for the operator; drives role, icon, colour and toast timing. */
export const CARD_ERROR_SEVERITIES = ['success', 'info', 'warning', 'error'] as const;
export type CardErrorSeverity = (typeof CARD_ERROR_SEVERITIES)[number];

/**
 * What the operator (or the host app on their behalf) can do next. A closed set: each kind has one
 * button label in the locale files, and `onAction` receives the kind.
 */
export const CARD_ERROR_ACTIONS = [
  'none',
  'retry',
  'editInput',
  'restock',
  'requestPermission',
  'refreshToken',
  'contactDeveloper',
  'contactSupport',
  'signIn',
  'askAdmin',
  // WeChat Pay (src/catalog/wechatpay.ts): budget, product permissions, authorisations between merchant
  // numbers and API keys are set on the merchant platform (商户平台, pay.weixin.qq.com), not 公众平台.
  'askPayAdmin',
] as const;
export type CardErrorAction = (typeof CARD_ERROR_ACTIONS)[number];

/**
 * Where a failure stopped: `wechat` when WeChat answered with an errcode; `network` (offline, refused,
 * DNS, CORS), `timeout`, `cancelled` (aborted by the app), `configuration` (a Mini Program refused to send
 * the request: its domain is not in the allow-list) and `http` (the merchant's own server answered with an
 * HTTP error status) never reached WeChat; `unknown` when the input says neither. `wechatpay` when WeChat
 * Pay answered with its own string code (APIv3 `code`, v2 `err_code`).
 */
export const CARD_ERROR_ORIGINS = ['wechat', 'network', 'timeout', 'cancelled', 'configuration', 'http', 'unknown', 'wechatpay'] as const;
export type CardErrorOrigin = (typeof CARD_ERROR_ORIGINS)[number];

/** Where a failure comes from; shown in the technical details and usable as a filter. */
export const CARD_ERROR_CATEGORIES = [
  'general',
  'request',
  'cardState',
  'stock',
  'permission',
  'credential',
  'ipWhitelist',
  'quota',
  'platform',
  // Failures that never reached WeChat (see origins.ts): the connection, the merchant's own server,
  // and the operator's sign-in and permissions in the merchant's system.
  'connection',
  'server',
  'account',
  // WeChat Pay coupons (src/catalog/wechatpay.ts): a batch's money (批次预算), a customer's caps, WeChat
  // Pay's risk control, the merchant's API signature and certificates, a batch's state, a coupon's state.
  'budget',
  'customerLimit',
  'risk',
  'signature',
  'batch',
  'couponState',
] as const;
export type CardErrorCategory = (typeof CARD_ERROR_CATEGORIES)[number];

/** One catalog entry: plain data, no words (the words live in the locale files). */
export interface CardErrorEntry {
  /** How serious the result is. */
  readonly severity: CardErrorSeverity;
  /** What to do next. */
  readonly action: CardErrorAction;
  /** Whether sending the same request again, unchanged, can succeed. */
  readonly retryable: boolean;
  /** Where the failure comes from. */
  readonly category: CardErrorCategory;
}

/** The locale keys of one code's copy, in the `cardError` namespace. */
export interface CardErrorCopyKeys {
  readonly message: string;
  readonly hint: string;
  readonly detail: string;
}

/** Locale keys of a code's copy: `codes.<errcode>.message|hint|detail`. */
export function cardErrorCopyKeys(code: number): CardErrorCopyKeys {
  const base = `codes.${code}`;
  return { message: `${base}.message`, hint: `${base}.hint`, detail: `${base}.detail` };
}

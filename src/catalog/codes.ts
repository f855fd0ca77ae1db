import type { CardErrorEntry } from './types.js';

/**
 * Every errcode the kit knows, keyed by WeChat's numeric `errcode`. Plain data: the words for each
 * code live in the locale files under `codes.<errcode>`. Meanings: shared/reference/wechat-codes.tsv.
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
  45030: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  45031: { severity: 'warning', action: 'restock', retryable: false, category: 'stock' },
  45033: { severity: 'info', action: 'none', retryable: false, category: 'stock' },
  41011: { severity: 'error', action: 'contactDeveloper', retryable: false, category: 'request' },
  45021: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  40056: { severity: 'error', action: 'editInput', retryable: false, category: 'cardState' },
  43009: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
  43010: { severity: 'error', action: 'requestPermission', retryable: false, category: 'permission' },
} as const satisfies Readonly<Record<number, CardErrorEntry>>;

/** A WeChat errcode the kit has copy for. */
export type CardErrorCode = keyof typeof CARD_ERROR_CATALOG;

/** Every errcode the kit knows, in ascending order. */
export const CARD_ERROR_CODES: readonly CardErrorCode[] = Object.keys(CARD_ERROR_CATALOG)
  .map(Number)
  .sort((a, b) => a - b) as CardErrorCode[];

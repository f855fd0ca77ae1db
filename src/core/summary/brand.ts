import type { CardErrorBatchSummary } from './types.js';

/** Every summary `summarizeCardErrors` made: what `toastCardError` shows as a batch toast. A leaf, so the toast store stays small. */
export const SUMMARIES = new WeakSet<object>();

/** Whether `value` is a summary made by `summarizeCardErrors` (or its `add`). */
export function isBatchSummary(value: unknown): value is CardErrorBatchSummary {
  return typeof value === 'object' && value !== null && SUMMARIES.has(value);
}

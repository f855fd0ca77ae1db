import type { CardErrorBatchSummary } from './summary/types.js';

/**
 * Every summary `summarizeCardErrors` made, with its job's number (the summaries a job's `add`s return share
 * it): what `toastCardError` shows as a batch toast, one toast per job. A leaf, so the toast store stays small.
 */
export const SUMMARIES = new WeakMap<object, number>();

let jobs = 0;
/** A number for a new job (`summarizeCardErrors`). */
export const newJob = (): number => (jobs += 1);

/** The job of a summary, or `undefined` for anything else. */
export const jobOf = (summary: object): number | undefined => SUMMARIES.get(summary);

/** Whether `value` is a summary made by `summarizeCardErrors` (or its `add`). */
export function isBatchSummary(value: unknown): value is CardErrorBatchSummary {
  return typeof value === 'object' && value !== null && SUMMARIES.has(value);
}

import type { CardErrorSeverity } from '../../catalog/index.js';
import type { CardErrorOptions } from '../../i18n/host.js';
import type { CardErrorView } from '../describe.js';
import type { ParsedCardError } from '../parse/index.js';

/** One cause of failure in a batch: the items that failed for it, in the order they were given. */
export interface CardErrorSummaryGroup {
  /** The cause: origin and code (or the origin's case), e.g. `"wechat:45031"`, `"wechatpay:NOT_ENOUGH:notEnough"` (WeChat Pay: canonical code and case), `"batch:noReason"`. Stable across snapshots. */
  readonly id: string;
  /** The view an alert shows for this cause (first item's errmsg and rid), in the summary's language. */
  readonly view: CardErrorView;
  /** The failure as parsed (first item of the group), or `null` for the kit's own causes (no reason given, not imported). */
  readonly parsed: ParsedCardError | null;
  /** How many items failed for this cause; at least `keys.length` (a count-only answer adds no keys). */
  readonly count: number;
  /** The failed items' keys (the code, openid, mchid, `out_request_no`, or the position as given), in order. */
  readonly keys: readonly string[];
}

/**
 * What a batch produced, counted: `succeeded + failed + skipped + pending === total` always. A new
 * summary is returned by every `add`; the old one stays as it was.
 */
export interface CardErrorBatchSummary {
  /** The `total` given, or every item counted so far when none was given or more arrived than it said. */
  readonly total: number;
  /** Items that went through. */
  readonly succeeded: number;
  /** Items that failed: the sum of the groups' counts. */
  readonly failed: number;
  /** Items that needed nothing: duplicates in the request, already stored, already sent (`DUPREQUEST`). */
  readonly skipped: number;
  /** Items of `total` not reported yet (0 once all are in, or when no `total` was given). */
  readonly pending: number;
  /** Items beyond the `total` given (0 normally): a host whose count was wrong; the heading says so. */
  readonly unexpected: number;
  /** `running` while `pending > 0`, else `finished`. */
  readonly state: 'running' | 'finished';
  /** The worst group's severity; `success` without failures. */
  readonly severity: CardErrorSeverity;
  /** One per cause, largest first (ties: the cause seen first). */
  readonly groups: readonly CardErrorSummaryGroup[];
  /**
   * Counts `results` (the same forms as `summarizeCardErrors`) into a new summary. `covered`: how many
   * items this chunk stands for when `results` lists only its failures; the rest count as succeeded.
   * Cheap: only the new items are read. Never throws.
   */
  add(results: unknown, covered?: number): CardErrorBatchSummary;
}

/** Options of `summarizeCardErrors`. */
export interface CardErrorSummaryOptions extends CardErrorOptions {
  /**
   * How many items the batch has. With it, a list of failures only counts the rest as succeeded
   * (`summarizeCardErrors(failures, { total })`), and a job adding chunks shows progress until all are in.
   */
  total?: number;
  /**
   * Whether items not yet reported are still to come (`running`) or succeeded (the one-shot form).
   * @defaultValue true for `summarizeCardErrors(results, { total })`: the rest succeeded
   */
  complete?: boolean;
}

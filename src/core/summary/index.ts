import { emptySummary } from './builder.js';
import type { CardErrorBatchSummary, CardErrorSummaryOptions } from './types.js';

export type { CardErrorBatchSummary, CardErrorSummaryGroup, CardErrorSummaryOptions } from './types.js';

/** The options as plain values, read once (a hostile getter leaves the defaults). */
function readSummaryOptions(options: unknown): CardErrorSummaryOptions {
  try {
    if (!options || typeof options !== 'object') return {};
    const { total, complete, lng, i18n } = options as CardErrorSummaryOptions;
    return { total, complete, lng, i18n };
  } catch {
    return {};
  }
}

/**
 * Counts what a batch produced and groups its failures by cause, each with the view an alert shows.
 * `results`: an array mixing any of `PromiseSettledResult`s (each rejection parsed as `parseCardError`
 * does; a fulfilled partial-success answer is read item by item), `{ key, error }` failures, WeChat's
 * partial-success answers (卡券 deposit `fail_code` and checkcode `not_exist_code`, paygiftcard
 * `fail_mchid_list`, 商家券 `fail_codes` / `exist_codes` / `duplicate_codes`, 商品券 `failed_code_list`,
 * the coupon plugin's `send_coupon_result`, store import `location_id_list`) and bare failures; or
 * one of them alone. Duplicates, codes already stored and `DUPREQUEST` count as `skipped`, never as
 * failures. With `options.total`, items not listed count as succeeded (`complete: false`: as pending,
 * for a job that adds chunks with `summary.add(chunk)`). Never throws; no item is lost: `succeeded +
 * failed + skipped + pending === total`. Time: one `parseCardError` per failed item, one description per cause.
 */
export function summarizeCardErrors(results: unknown, options?: CardErrorSummaryOptions): CardErrorBatchSummary {
  return emptySummary(readSummaryOptions(options)).add(results);
}

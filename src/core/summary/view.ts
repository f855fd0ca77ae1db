import type { CardErrorEntry, CardErrorSeverity } from '../../catalog/index.js';
import type { Words } from '../../i18n/words.js';
import { describeParsed, type CardErrorView } from '../describe.js';
import type { ParsedCardError } from '../parse/index.js';
import type { BatchCause } from './shapes.js';

/**
 * The kit's own causes: failures WeChat listed without a code. Not retryable: the same codes sent again
 * unchanged fail again (no reason) or must be imported again, which is a new deposit (not imported).
 */
export const BATCH_CAUSES = {
  // 卡券 fail_code, 商品券 failed_code_list, a store row of -1: the operator checks the codes they gave.
  noReason: { severity: 'error', action: 'editInput', retryable: false, category: 'request' },
  // checkcode's not_exist_code: the codes are fine, they were never stored; importing them again fixes it.
  notImported: { severity: 'warning', action: 'editInput', retryable: false, category: 'request' },
} as const satisfies Record<BatchCause, CardErrorEntry>;

/** Worst first: a summary's severity is its worst group's. */
export const SEVERITY_RANK = { success: 0, info: 1, warning: 2, error: 3 } as const satisfies Record<CardErrorSeverity, number>;

/** A failure with nothing to parse: the base of the kit's own causes' views. */
const NOTHING: ParsedCardError = { code: null, errmsg: null, rid: null, origin: 'unknown', status: null, serverCode: null, requestId: null };

/** What a group needs to be described: its first failure as parsed, or the kit's own cause. */
export interface GroupSource {
  readonly parsed: ParsedCardError | null;
  readonly cause: BatchCause | null;
}

/** The view of a group, through the alert's resolver; the kit's own causes take their words from `batch.<cause>`. */
export function describeGroup({ parsed, cause }: GroupSource, words: Words): CardErrorView {
  if (parsed || !cause) return describeParsed(parsed ?? NOTHING, words);
  const base = describeParsed(NOTHING, words);
  const text = (field: 'message' | 'hint' | 'detail') => words.text(`batch.${cause}.${field}`) ?? base[field];
  return { ...base, ...BATCH_CAUSES[cause], known: true, message: text('message'), hint: text('hint'), detail: text('detail') };
}

/** The view of a published group in other words (a component's language): its cause read from the id. */
export function viewOfGroup(group: { readonly id: string; readonly parsed: ParsedCardError | null }, words: Words): CardErrorView {
  const cause = group.id.slice('batch:'.length);
  return describeGroup({ parsed: group.parsed, cause: cause === 'noReason' || cause === 'notImported' ? cause : null }, words);
}

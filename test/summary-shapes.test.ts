// Issue 23's "Done when": every batch shape of batch-results.md (/work/shared/reference) summarised right in
// the three languages, now that WeChat Pay's failures (issue 22) are parsed. Each row gives the shape as
// WeChat or WeChat Pay answers it and what the operator must see: counts, one group per cause, the locale
// file's words for that cause (read from the JSON, never from the kit), the action, and retry only where
// the same request can succeed. Regressions pinned here: the coupon plugin's per-coupon codes were summarised
// as origin `unknown` with the generic "卡券操作没有成功" (the summary passed `{code, message}` only, so the
// parser lacked the entry's own keys); and the plugin's NOTENOUGH and APIv3's NOT_ENOUGH were two causes.
import { describe, expect, it } from 'vitest';
import { summarizeCardErrors } from '../src/index';
import { ROWS, wordsAt } from './batchShapes';

describe('summarizeCardErrors: every shape of batch-results.md, every language', () => {
  it.each(ROWS)('$name in $lng', ({ input, counts, groups, lng }) => {
    const summary = summarizeCardErrors(input, { lng });
    expect([summary.total, summary.succeeded, summary.failed, summary.skipped]).toEqual(counts);
    expect(summary.groups.map((g) => g.keys)).toEqual(groups.map((g) => g.keys));
    summary.groups.forEach((group, index) => {
      const want = groups[index]!;
      const { message, hint } = wordsAt(lng, want.words);
      expect({ origin: group.view.origin, message: group.view.message, hint: group.view.hint, action: group.view.action, retryable: group.view.retryable }).toEqual({
        origin: want.origin,
        message,
        hint,
        action: want.action,
        retryable: want.retryable,
      });
    });
  });
});

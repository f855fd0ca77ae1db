// Issue 23's "Done when", as the operator meets it: every batch shape of batch-results.md in <CardErrorSummary>,
// its groups by role and name in the three languages (the summaries themselves: test/summary-shapes.test.ts).
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CardErrorSummary, summarizeCardErrors } from '../src/index';
import { LOCALES, ROWS, wordsAt } from './batchShapes';

describe('<CardErrorSummary>: every shape\'s groups by role and name, every language', () => {
  it.each(ROWS)('$name in $lng', ({ input, groups, lng }) => {
    const onAction = vi.fn();
    const onRetry = vi.fn();
    render(<CardErrorSummary summary={summarizeCardErrors(input)} lng={lng} onAction={onAction} onRetry={onRetry} />);
    const batch = LOCALES[lng].batch;
    const rows = within(screen.getByRole('list', { name: batch.groups })).getAllByRole('listitem');
    expect(rows).toHaveLength(groups.length);
    rows.forEach((row, index) => {
      const want = groups[index]!;
      const { message, hint } = wordsAt(lng, want.words);
      const count = new Intl.NumberFormat(lng).format(want.keys.length);
      expect(row).toHaveAccessibleName(`${message} ${batch.count.replace('{{count}}', count)}`);
      expect(row).toHaveTextContent(hint);
      const buttons = within(row).queryAllByRole('button').map((button) => button.textContent);
      // A cause whose own action is Try again shows only "Try the failed ones again" (one retry button per group).
      const action = want.action === 'none' || (want.retryable && want.action === 'retry') ? [] : [LOCALES[lng].action[want.action]];
      // Last, the disclosure of the keys to fix (a button, collapsed), named with the count.
      const keys = batch.keys.replace('{{count}}', count);
      expect(buttons).toEqual([...(want.retryable ? [batch.retry] : []), ...action, keys]);
      expect(within(row).getByRole('button', { name: keys })).toHaveAttribute('aria-expanded', 'false');
    });
  });
});

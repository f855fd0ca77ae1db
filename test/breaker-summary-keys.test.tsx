// Keys from outside on screen and in the CSV (breaker session, issue 23): openids masked however they arrive,
// never a blank row, never a bidi override or invisible character on screen.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CardErrorSummary, summarizeCardErrors } from '../src/index';

const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

async function shownKeys(keys: readonly unknown[]): Promise<string[]> {
  const summary = summarizeCardErrors(keys.map((key) => ({ key, error: { errcode: 45031 } })));
  render(<CardErrorSummary summary={summary} lng="en" />);
  const group = screen.getAllByRole('listitem')[0] as HTMLElement;
  const toggle = within(group).getByRole('button', { name: /^Show the [\d,]+ to fix$/, expanded: false });
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return within(group).getAllByRole('listitem').map((item) => item.textContent ?? '');
}

describe('<CardErrorSummary> keys', () => {
  // A list of openids read from a CRLF file split on "\n" keeps a "\r"; a key like "openid: o…" or one with a
  // zero-width space: the whole-key test missed them and the full openid was shown (and exported).
  it.each([`${OPENID}\r`, ` ${OPENID} `, `openid: ${OPENID}`, `${OPENID}\u200b`])('masks the openid in %j', async (key) => {
    const [shown] = await shownKeys([key]);
    expect(shown).not.toContain(OPENID);
    expect(shown).toContain('oUpF…eS6o');
  });

  it('shows no bidi override from a key', async () => {
    const [shown] = await shownKeys(['abc\u202Edcba']);
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(shown).toContain('abc');
  });

  // An empty or invisible key was listed as an empty row.
  it.each(['', '   ', '\u200e'])('never lists a blank key for %j', async (key) => {
    const shown = await shownKeys([key, 'B2']);
    for (const text of shown) expect(text.replace(/[\u200b-\u200f\u2060\ufeff]/g, '').trim()).not.toBe('');
  });
});

describe('<CardErrorSummary> buttons', () => {
  // A retryable cause whose action kind is `retry` (WeChat's -1) showed "Try the failed ones again" and, beside
  // it, the action button "Try again": two buttons for one step, and the second calls onAction, not onRetry.
  it('offers one way to try a retryable group again', () => {
    const summary = summarizeCardErrors([{ key: 'a', error: { errcode: -1 } }]);
    render(<CardErrorSummary summary={summary} lng="en" onRetry={() => undefined} onAction={() => undefined} />);
    expect(screen.getAllByRole('button', { name: /again/i })).toHaveLength(1);
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorToaster, describeCardError, dismissCardErrorToast, summarizeCardErrors, toastCardError } from '../src/index';
import zhHant from '../locales/zh-Hant/cardError.json';
import { kitWords } from './helpers';


const FAILURES = [
  ...Array.from({ length: 112 }, (_, i) => ({ key: `o${i}`, error: { errcode: 45031 } })),
  ...Array.from({ length: 3 }, (_, i) => ({ key: `x${i}`, error: { errcode: -1 } })),
];

// The toast queue is a module singleton: a batch toast left open would show in the next test.
beforeEach(() => dismissCardErrorToast());

describe('a toast for a batch', () => {
  it.each(CARD_ERROR_LANGUAGES)('one toast with the counts in %s, not one per failure; it opens the summary', async (lng) => {
    const onOpen = vi.fn();
    render(<CardErrorToaster lng={lng} />);
    const summary = summarizeCardErrors(FAILURES, { total: 3000 });
    act(() => void toastCardError(summary, { onOpen }));
    const toasts = await screen.findAllByRole('listitem');
    expect(toasts).toHaveLength(1);
    const number = new Intl.NumberFormat(lng);
    const words = kitWords(lng).batch;
    expect(toasts[0]).toHaveTextContent(words.failed.replace('{{count}}', number.format(115)));
    expect(toasts[0]).toHaveTextContent(number.format(3000));
    // The hint names the worst cause: 45031 out of stock is worse than -1 (WeChat busy).
    expect(toasts[0]).toHaveTextContent(describeCardError(45031, { lng }).message);
    // Radix sets pointer-events: none on the body while a toast from the test before closes.
    await userEvent.setup({ pointerEventsCheck: 0 }).click(within(toasts[0] as HTMLElement).getByRole('button', { name: words.toastOpen }));
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('a job toasting each chunk under one key keeps one toast, showing the latest counts, never "×2"', async () => {
    render(<CardErrorToaster />);
    let summary = summarizeCardErrors([], { total: 400, complete: false });
    for (let chunk = 0; chunk < 4; chunk += 1) {
      summary = summary.add([{ key: `k${chunk}`, error: 45031 }], 100);
      act(() => void toastCardError(summary, { key: 'upload' }));
    }
    const toasts = await screen.findAllByRole('listitem');
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toHaveTextContent('396 went through, 4 failed');
    expect(toasts[0]).not.toHaveTextContent('×');
  });

  it('a WeChat Pay batch in zh-Hant: the counts and the worst cause in WeChat Pay\'s Traditional words, one button', async () => {
    const onOpen = vi.fn();
    render(<CardErrorToaster lng="zh-Hant" />);
    const entry = (code: string, no: string) => ({ code, message: '', out_request_no: no, stock_id: '9655436' });
    const plugin = { errcode: 'OK', send_coupon_result: [entry('SUCCESS', 'r1'), entry('NOTENOUGH', 'r2'), entry('MAXQUOTA', 'r3'), entry('DUPREQUEST', 'r4')] };
    const rejected = { status: 'rejected', reason: { response: { status: 403, data: { code: 'NOT_ENOUGH', message: '批次预算不足' } } } };
    act(() => void toastCardError(summarizeCardErrors([{ status: 'fulfilled', value: plugin }, rejected], { total: 30 }), { onOpen }));
    const toasts = await screen.findAllByRole('listitem');
    expect(toasts).toHaveLength(1);
    const batch = zhHant.batch;
    // 30 sent: r1 and the 25 not listed went through, 3 failed (two budget, one cap), r4 already sent.
    const parts = [batch.succeeded.replace('{{count}}', '26'), batch.failed.replace('{{count}}', '3'), batch.skipped.replace('{{count}}', '1')];
    expect(toasts[0]).toHaveTextContent(batch.of.replace('{{total}}', '30').replace('{{parts}}', parts.join(batch.joiner)));
    expect(toasts[0]).toHaveTextContent(zhHant.pay.notEnough.message);
    const buttons = within(toasts[0] as HTMLElement).getAllByRole('button').filter((button) => button.dataset.slot === 'action');
    expect(buttons.map((button) => button.textContent)).toEqual([batch.toastOpen]);
    await userEvent.setup({ pointerEventsCheck: 0 }).click(buttons[0] as HTMLElement);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});

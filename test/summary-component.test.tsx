import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorSummary, describeCardError, summarizeCardErrors } from '../src/index';
import { kitWords } from './helpers';

const OPENID = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';
const FAILURES = [
  { key: OPENID, error: { errcode: 45031, errmsg: 'stock is out of limit' } },
  { key: 'o2', error: { errcode: 45031 } },
  { key: '=HYPERLINK("http://x")', error: -1 },
  { key: '<img src=x onerror=alert(1)>', error: -1 },
];
const SUMMARY = summarizeCardErrors([...FAILURES, { send_coupon_result: [{ code: 'DUPREQUEST', out_request_no: 'd' }] }], { total: 3000 });

/** The CSV the download button saves, read from the Blob it hands the browser. */
async function downloadedCsv(button: HTMLElement): Promise<{ bytes: Uint8Array; text: string }> {
  let blob: Blob | undefined;
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => ((blob = value as Blob), 'blob:x'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await userEvent.click(button);
  expect(create).toHaveBeenCalledTimes(1);
  expect(click).toHaveBeenCalledTimes(1);
  const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

afterEach(() => vi.restoreAllMocks());

describe('<CardErrorSummary>', () => {
  it.each(CARD_ERROR_LANGUAGES)('heads with the counts, numbers formatted in %s', (lng) => {
    render(<CardErrorSummary summary={SUMMARY} lng={lng} />);
    const number = new Intl.NumberFormat(lng);
    const heading = screen.getByRole('heading');
    const words = kitWords(lng).batch;
    for (const [key, count] of [['succeeded', 2995], ['failed', 4], ['skipped', 1]] as const) {
      expect(heading).toHaveTextContent(words[key].replace('{{count}}', number.format(count)));
    }
    expect(heading).toHaveTextContent(number.format(3000));
    expect(screen.getByRole('region', { name: heading.textContent ?? '' })).toHaveAttribute('lang', lng);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('one row per cause, largest first, with the alert\'s message and hint and the count', () => {
    render(<CardErrorSummary summary={SUMMARY} />);
    const rows = within(screen.getByRole('list', { name: kitWords('en').batch.groups })).getAllByRole('listitem');
    const stock = describeCardError(45031);
    expect(rows[0]).toHaveAccessibleName(`${stock.message} 2 affected`);
    expect(rows[0]).toHaveTextContent(stock.hint);
    expect(rows[1]).toHaveTextContent(describeCardError(-1).message);
    // The whole takes its worst group's severity: 45031 and -1 are warnings, the region says so.
    expect(screen.getByRole('region')).toHaveAttribute('data-severity', describeCardError(45031).severity);
    for (const row of rows) expect(row).toHaveAttribute('data-severity', 'warning');
  });

  it('the action button hands the host the group\'s keys; retry only on retryable causes', async () => {
    const onAction = vi.fn();
    const onRetry = vi.fn();
    render(<CardErrorSummary summary={SUMMARY} onAction={onAction} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add stock' }));
    expect(onAction).toHaveBeenCalledWith('restock', [OPENID, 'o2'], expect.objectContaining({ code: 45031 }));
    const retry = screen.getAllByRole('button', { name: kitWords('en').batch.retry });
    // -1 (WeChat busy) is retryable, 45031 (out of stock) is not.
    expect(retry).toHaveLength(1);
    expect(retry[0]).toHaveAccessibleDescription(expect.stringContaining(describeCardError(-1).message));
    await userEvent.click(retry[0] as HTMLElement);
    expect(onRetry).toHaveBeenCalledWith(['=HYPERLINK("http://x")', '<img src=x onerror=alert(1)>'], expect.objectContaining({ code: -1 }));
  });

  it('keys behind a disclosure, openids masked, outside text inert', async () => {
    render(<CardErrorSummary summary={SUMMARY} />);
    const toggles = screen.getAllByRole('button', { name: 'Show the 2 to fix', expanded: false });
    expect(toggles).toHaveLength(2);
    expect(screen.queryByText('o2')).toBeNull();
    for (const toggle of toggles) await userEvent.click(toggle);
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('oUpF…eS6o')).toBeInTheDocument();
    expect(screen.queryByText(OPENID)).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('the keys open and close from the keyboard (Enter, Space), focus staying on the disclosure button', async () => {
    render(<CardErrorSummary summary={SUMMARY} />);
    const [toggle] = screen.getAllByRole('button', { name: 'Show the 2 to fix', expanded: false });
    (toggle as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveFocus();
    expect(screen.getAllByRole('list')).toHaveLength(2);
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.getAllByRole('list')).toHaveLength(1);
  });

  it('100,000 failures: the keys list shows the first ones and says how many more', async () => {
    const many = summarizeCardErrors(Array.from({ length: 100_000 }, (_, i) => ({ key: `C${i}`, error: 45031 })));
    render(<CardErrorSummary summary={many} />);
    await userEvent.click(screen.getByRole('button', { name: 'Show the 100,000 to fix', expanded: false }));
    const list = screen.getByRole('list', { name: kitWords('en').batch.groups });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(100);
    expect(screen.getByText('and 99,950 more, all in the CSV download')).toBeInTheDocument();
  });

  it('a count-only answer says WeChat gave the number only', () => {
    render(<CardErrorSummary summary={summarizeCardErrors({ succ_code: 8, fail_code: 2 })} lng="zh-CN" />);
    expect(screen.getByText(kitWords('zh-CN').batch.keysUnlisted)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: kitWords('zh-CN').batch.download })).toBeNull();
  });

  it('downloads the failed rows as CSV: BOM, quoted cells, no formula, reasons in the operator\'s language', async () => {
    render(<CardErrorSummary summary={SUMMARY} lng="zh-CN" />);
    const { bytes, text } = await downloadedCsv(screen.getByRole('button', { name: kitWords('zh-CN').batch.download }));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const { csvKey, csvCode, csvReason } = kitWords('zh-CN').batch;
    expect(lines[0]).toBe(`"${csvKey}","${csvCode}","${csvReason}"`);
    const stock = describeCardError(45031, { lng: 'zh-CN' }).message;
    expect(lines[1]).toBe(`"oUpF…eS6o","45031","${stock}"`);
    expect(lines[3]).toBe(`"'=HYPERLINK(""http://x"")","'-1","${describeCardError(-1, { lng: 'zh-CN' }).message}"`);
    expect(lines).toHaveLength(5);
    // No cell, unquoted, starts a formula (WeChat's -1 too reads as text: "'-1").
    const cells = lines.flatMap((line) => line.split('","').map((cell) => cell.replace(/^"|"$/g, '')));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

describe('<CardErrorSummary> focus', () => {
  it('a group removed after its retry (the host re-summarised) leaves focus on the summary, not on <body>', async () => {
    const failures = [{ key: 'a', error: -1 }, { key: 'b', error: 45031 }];
    const { rerender } = render(<CardErrorSummary summary={summarizeCardErrors(failures)} onRetry={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: kitWords('en').batch.retry }));
    rerender(<CardErrorSummary summary={summarizeCardErrors(failures.slice(1))} onRetry={() => undefined} />);
    await act(async () => undefined);
    expect(screen.getByRole('region')).toHaveFocus();
  });
});

describe('<CardErrorSummary> while a job runs', () => {
  it('a progress bar with value and text; counts so far; announced politely every tenth, not every chunk', () => {
    let summary = summarizeCardErrors([], { total: 1000, complete: false });
    const { rerender } = render(<CardErrorSummary summary={summary} />);
    const bar = screen.getByRole('progressbar', { name: kitWords('en').batch.progressLabel });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    const status = screen.getByRole('status');
    const said: string[] = [];
    for (let chunk = 0; chunk < 10; chunk += 1) {
      summary = summary.add([{ key: `k${chunk}`, error: 45031 }], 100);
      act(() => rerender(<CardErrorSummary summary={summary} />));
      if (status.textContent && said.at(-1) !== status.textContent) said.push(status.textContent);
      if (chunk === 4) expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '500 of 1,000 done');
    }
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(said.length).toBeLessThanOrEqual(10);
    expect(said.at(-1)).toMatch(/^Batch finished\. Of 1,000: 990 went through, 10 failed$/);
  });

  it('updates the announcement only when another tenth is done', () => {
    let summary = summarizeCardErrors([], { total: 1000, complete: false });
    const { rerender } = render(<CardErrorSummary summary={summary} />);
    const texts = new Set<string>();
    for (let chunk = 0; chunk < 9; chunk += 1) {
      summary = summary.add([], 10); // 90 items: still under a tenth
      act(() => rerender(<CardErrorSummary summary={summary} />));
      texts.add(screen.getByRole('status').textContent ?? '');
    }
    expect([...texts]).toEqual(['']);
  });
});

// Issue 23 item 4: a batch of many causes mounts in about the time of 60 alerts (npm run bench): the first
// 20 causes are listed, the rest behind one disclosure button that keeps focus.
describe('<CardErrorSummary> with more than 20 causes', () => {
  const CAUSES = [-1, 40009, 40053, 40071, 40072, 40078, 40079, 40080, 40099, 40100, 40116, 40013, 40122, 40124, 40127, 45021, 45030, 45031, 45039, 40164, 48001, 40146, 43018, 45009, 61501];
  const many = summarizeCardErrors(CAUSES.map((errcode, index) => ({ key: `k${index}`, error: { errcode } })), { total: 100 });

  it.each(CARD_ERROR_LANGUAGES)('lists 20 causes, then all %s on the button, focus kept', async (lng) => {
    const { batch } = kitWords(lng);
    expect(new Set(CAUSES).size).toBe(25);
    render(<CardErrorSummary summary={many} lng={lng} />);
    const list = screen.getByRole('list', { name: batch.groups });
    expect(within(list).getAllByRole('listitem').filter((item) => item.parentElement === list)).toHaveLength(20);
    const all = screen.getByRole('button', { name: batch.allCauses.replace('{{count}}', '25'), expanded: false });
    await userEvent.click(all);
    expect(within(list).getAllByRole('listitem').filter((item) => item.parentElement === list)).toHaveLength(25);
    expect(all).toHaveAttribute('aria-expanded', 'true');
    expect(all).toHaveFocus();
  });
});

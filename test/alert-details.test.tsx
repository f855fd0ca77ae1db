// Issue 13, the inline alert's part: the technical details built only when opened, their rows by
// origin, the language of outside text, focus after dismiss, and a repeated failure announced again.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_LANGUAGES, CARD_ERROR_RESOURCES, CardErrorAlert } from '../src/index';
import { axiosStatus, ORIGIN_CASE_INPUTS } from './originInputs';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const EN = CARD_ERROR_RESOURCES.en;
const words = (lng: string) => CARD_ERROR_RESOURCES[lng as 'en'];

/** Elements and text nodes under (and including) `root`, as the issue counted them. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let count = 1;
  while (walker.nextNode()) count += 1;
  return count;
}

describe('technical details, built when opened', () => {
  it('renders only the summary while collapsed (issue 13: 41 nodes for a bare alert)', () => {
    render(<CardErrorAlert error={{ errcode: 40056, errmsg: `invalid serial code rid: ${RID}` }} />);
    const root = screen.getByRole('alert');
    expect(screen.getByText(EN.ui.details)).toBeInTheDocument();
    expect(screen.queryByText(RID)).toBeNull();
    expect(within(root).queryByRole('button', { name: EN.ui.copy })).toBeNull();
    expect(nodeCount(root)).toBeLessThanOrEqual(12);
  });

  it('stays within 18 nodes with an action and a dismiss button (issue 13: 49)', () => {
    render(<CardErrorAlert code={45031} onAction={() => {}} onDismiss={() => {}} />);
    expect(nodeCount(screen.getByRole('status'))).toBeLessThanOrEqual(18);
  });

  it('opens by keyboard: the details button says whether it is expanded, Enter opens, Space closes', async () => {
    const user = userEvent.setup();
    render(<CardErrorAlert error={{ errcode: 40056, errmsg: `invalid serial code rid: ${RID}` }} />);
    await user.tab();
    const toggle = screen.getByRole('button', { name: EN.ui.details, expanded: false });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: EN.ui.details, expanded: true })).toHaveFocus();
    expect(screen.getByText(RID)).toBeVisible();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: EN.ui.details, expanded: false })).toHaveFocus();
    expect(screen.queryByText(RID)).toBeNull();
  });

  it('builds the rows and the copy button on opening, and removes them on closing', async () => {
    const user = userEvent.setup();
    render(<CardErrorAlert error={{ errcode: 40056, errmsg: `invalid serial code rid: ${RID}` }} />);
    const summary = screen.getByText(EN.ui.details);
    await user.click(summary);
    expect(screen.getByText(RID)).toBeVisible();
    expect(screen.getByRole('button', { name: EN.ui.copy })).toBeVisible();
    await user.click(summary);
    expect(screen.queryByText(RID)).toBeNull();
  });

  it('copies from the opened details', async () => {
    const user = userEvent.setup();
    render(<CardErrorAlert error={{ errcode: 40099, errmsg: `invalid code rid: ${RID}` }} />);
    await user.click(screen.getByText(EN.ui.details));
    await user.click(screen.getByRole('button', { name: EN.ui.copy }));
    expect(await navigator.clipboard.readText()).toContain(`${EN.ui.rid}: ${RID}`);
  });
});

describe('technical details by origin (tester report)', () => {
  it.each(CARD_ERROR_LANGUAGES)('has no rid row for a failure that never reached WeChat (%s)', (lng) => {
    render(<CardErrorAlert error={ORIGIN_CASE_INPUTS.serverError} lng={lng} defaultDetailsOpen />);
    expect(screen.getByText(words(lng).ui.status)).toBeVisible();
    expect(screen.queryByText(words(lng).ui.rid)).toBeNull();
  });

  it.each(CARD_ERROR_LANGUAGES)('keeps the HTTP status beside the WeChat code of an HTTP failure (%s)', (lng) => {
    const envelope = axiosStatus(500, { code: 500, msg: `错误代码：40099, 错误信息：invalid code, this code has consumed. rid: ${RID}` });
    render(<CardErrorAlert error={envelope} lng={lng} defaultDetailsOpen />);
    const { ui } = words(lng);
    const value = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(value(ui.code)).toBe('40099');
    expect(value(ui.status)).toBe('500');
    expect(value(ui.rid)).toBe(RID);
  });
});

describe('language of outside text', () => {
  it("marks WeChat's errmsg and the rid as English inside a Chinese alert", () => {
    render(<CardErrorAlert error={{ errcode: 40099, errmsg: `invalid code rid: ${RID}` }} lng="zh-CN" defaultDetailsOpen />);
    expect(screen.getByText('invalid code')).toHaveAttribute('lang', 'en');
    expect(screen.getByText(RID)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(words('zh-CN').ui.category).nextElementSibling).not.toHaveAttribute('lang');
  });

  it("marks a server's Chinese message as Chinese inside an English alert", () => {
    render(<CardErrorAlert error={axiosStatus(500, { message: '服务器内部错误' })} lng="en" defaultDetailsOpen />);
    expect(screen.getByText('服务器内部错误')).toHaveAttribute('lang', 'zh');
  });
});

describe('focus after dismiss', () => {
  /** A form whose failure shows an alert; dismissing removes it. */
  function Form({ withBefore }: { withBefore: boolean }) {
    const [shown, setShown] = useState(true);
    return (
      <main>
        {withBefore ? <button type="button">Save</button> : null}
        {shown ? <CardErrorAlert code={45031} onDismiss={() => setShown(false)} /> : null}
        <a href="#next">Next field</a>
      </main>
    );
  }

  it('returns focus to the element focused before the alert took it', async () => {
    const user = userEvent.setup();
    render(<Form withBefore />);
    screen.getByRole('button', { name: 'Save' }).focus();
    await user.tab(); // the details button
    await user.tab(); // the dismiss button
    expect(screen.getByRole('button', { name: EN.ui.dismiss })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('else moves it to the next focusable element, never <body>', async () => {
    const user = userEvent.setup();
    render(<Form withBefore={false} />);
    await user.click(screen.getByRole('button', { name: EN.ui.dismiss }));
    expect(document.activeElement).not.toBe(document.body);
    expect(screen.getByRole('link', { name: 'Next field' })).toHaveFocus();
  });
});

describe('a repeated failure', () => {
  it('re-inserts the message and hint when announceKey changes, so it is announced again', () => {
    const error = { errcode: 45031 };
    const { rerender } = render(<CardErrorAlert error={error} announceKey={1} />);
    const before = screen.getByText(/stock/i, { selector: '[data-slot="message"]' });
    rerender(<CardErrorAlert error={error} announceKey={1} />);
    expect(screen.getByText(/stock/i, { selector: '[data-slot="message"]' })).toBe(before);
    rerender(<CardErrorAlert error={error} announceKey={2} />);
    const after = screen.getByText(/stock/i, { selector: '[data-slot="message"]' });
    expect(after).not.toBe(before);
    expect(before.isConnected).toBe(false);
  });
});

// The copied report: what the copy button of the alert's technical details puts on the clipboard, rows
// labelled in the alert's language. formatCardErrorReport builds it but is off the public door (issue 19),
// so these read the report where the operator gets it (tests use the public doors only).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorAlert, type CardErrorLanguage } from '../src/index';
import { payFailure } from '../stories/support/payInputs';
import { kitWords } from './helpers';

/** Renders the alert with its details open, presses Copy and returns what reached the clipboard. */
async function copiedReport(error: unknown, lng: CardErrorLanguage): Promise<string> {
  const user = userEvent.setup();
  render(<CardErrorAlert error={error} lng={lng} defaultDetailsOpen />);
  await user.click(screen.getByRole('button', { name: kitWords(lng).ui.copy }));
  return navigator.clipboard.readText();
}

// Issue 21 item 7: each row in the view's language, without a host passing labels.
describe.each(CARD_ERROR_LANGUAGES)('the copied report of a 卡券 failure, in %s', (lng) => {
  it("labels each row in the alert's language", async () => {
    const { ui } = kitWords(lng);
    const report = await copiedReport({ errcode: 40099, errmsg: 'invalid code' }, lng);
    expect(report.split('\n')[0]).toBe(`${ui.code}${ui.separator}40099`);
    expect(report).toContain(`${ui.errmsg}${ui.separator}invalid code`);
  });
});

// Issue 22 item 2: WeChat Pay's code, message and Request-ID under their own labels; `rid` stays WeChat's.
describe('the copied report of a WeChat Pay failure', () => {
  it.each(CARD_ERROR_LANGUAGES)("%s: labels the code, message and Request-ID as WeChat Pay's, with no rid row", async (lng) => {
    const { ui } = kitWords(lng);
    const report = await copiedReport(payFailure('NOT_ENOUGH', '批次预算不足', 403, '08F4B2C1-0A2B'), lng);
    expect(report).toContain(`${ui.payCode}${ui.separator}NOT_ENOUGH`);
    expect(report).toContain(`${ui.status}${ui.separator}403`);
    expect(report).toContain(`${ui.payErrmsg}${ui.separator}批次预算不足`);
    expect(report).toContain(`${ui.requestId}${ui.separator}08F4B2C1-0A2B`);
    expect(report).not.toContain(ui.rid);
    expect(ui.requestId).toMatch(/Request-ID/);
  });
});

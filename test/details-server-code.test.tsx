// Issue 21 item 5: the details and the copied report call an envelope's code the server's code and an HTTP
// status the HTTP status; when both are known and differ, both rows show. Bug pinned: RuoYi's `{"code": 500}`
// inside an HTTP 200 was copied as "HTTP 状态码：500", a 500 that never happened.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorAlert, type CardErrorLanguage } from '../src/index';
import { kitWords } from './helpers';

const ruoyi = { code: 500, msg: '核销失败' };
const axios200 = (data: unknown) => ({ isAxiosError: true, message: 'x', response: { status: 200, data } });
const axios500 = (data: unknown) => ({ isAxiosError: true, message: 'Request failed with status code 500', response: { status: 500, data } });
const jeecg = { success: false, message: '核销失败', code: 500, result: { errcode: 40099, errmsg: 'invalid code, this code has consumed.' } };

/** The copied report of an alert, in `lng`. */
async function report(error: unknown, lng: CardErrorLanguage) {
  const user = userEvent.setup();
  const { unmount } = render(<CardErrorAlert error={error} lng={lng} defaultDetailsOpen />);
  // An error is role alert, 40099 (a warning) role status: the copy button is the only one of its name.
  await user.click(screen.getByRole('button', { name: kitWords(lng).ui.copy }));
  const text = await navigator.clipboard.readText();
  const terms = screen.getAllByRole('term').map((term) => term.textContent);
  unmount();
  return { text, terms };
}

describe.each(CARD_ERROR_LANGUAGES)('server code and HTTP status rows, in %s', (lng) => {
  const { ui } = kitWords(lng);
  const line = (label: string, value: string) => `${label}${ui.separator}${value}`;

  it("RuoYi's code 500 inside HTTP 200: both rows, each under its own name", async () => {
    const { text, terms } = await report(axios200(ruoyi), lng);
    expect(text).toContain(line(ui.status, '200'));
    expect(text).toContain(line(ui.serverCode, '500'));
    expect(text).not.toContain(line(ui.status, '500'));
    expect(terms).toEqual(expect.arrayContaining([ui.status, ui.serverCode]));
  });

  it('an envelope alone: the server code, no HTTP status', async () => {
    const { text } = await report(ruoyi, lng);
    expect(text).toContain(line(ui.serverCode, '500'));
    expect(text).not.toContain(ui.status);
  });

  it('the same 500 from both: one row, the HTTP status', async () => {
    const { text } = await report(axios500(ruoyi), lng);
    expect(text).toContain(line(ui.status, '500'));
    expect(text).not.toContain(ui.serverCode);
  });

  it("Jeecg's WeChat 40099 inside code 500: the errcode and the server's code", async () => {
    const { text } = await report(jeecg, lng);
    expect(text).toContain(line(ui.code, '40099'));
    expect(text).toContain(line(ui.serverCode, '500'));
    expect(text).not.toContain(ui.status);
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, CARD_ERROR_RESOURCES, CardErrorAlert, describeCardError, resolveCardErrorLanguage } from '../src/index';
import { HAN, kitWords, ORIGIN_CASES } from './helpers';
import { axiosStatus, NGINX_502, ORIGIN_CASE_EXPECTED, ORIGIN_CASE_INPUTS, WECHAT_ANSWERED } from './originInputs';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const words = (lng: string) => kitWords(resolveCardErrorLanguage(lng));
const CASE_BY_LANGUAGE = ORIGIN_CASES.flatMap((name) => CARD_ERROR_LANGUAGES.map((lng) => ({ name, lng })));

/** Renders an alert with its details open, copies them, and returns the root and the copied report. */
async function copiedReport(error: unknown, lng: string) {
  const user = userEvent.setup();
  render(<CardErrorAlert error={error} lng={lng} defaultDetailsOpen />);
  const root = document.querySelector('[data-slot="alert"]') as HTMLElement;
  await user.click(within(root).getByRole('button', { name: words(lng).ui.copy }));
  return { root, report: await navigator.clipboard.readText() };
}

afterEach(() => vi.restoreAllMocks());

describe.each(CASE_BY_LANGUAGE)('a failure that never reached WeChat: $name in $lng', ({ name, lng }) => {
  const input = ORIGIN_CASE_INPUTS[name];

  it('gets its own words, in the language, and no errcode', () => {
    const view = describeCardError(input, { lng });
    expect(view).toMatchObject({ code: null, ...ORIGIN_CASE_EXPECTED[name], lng });
    for (const text of [view.message, view.hint, view.detail]) {
      expect(text.trim()).not.toBe('');
      expect(HAN.test(text)).toBe(lng !== 'en');
    }
  });

  it('never says WeChat answered: not in the view, the details or the copied report', async () => {
    const view = describeCardError(input, { lng });
    const { root, report } = await copiedReport(input, lng);
    for (const text of [view.message, view.hint, view.detail, view.actionAlt ?? '', root.textContent ?? '', report]) {
      for (const claim of WECHAT_ANSWERED) expect(text).not.toMatch(claim);
    }
    expect(report).not.toContain(words(lng).ui.code);
  });
});

describe('what each origin offers', () => {
  it.each([
    ['network', 'warning', 'retry', true],
    ['timeout', 'warning', 'retry', true],
    ['cancelled', 'info', 'none', false],
    ['unauthorized', 'warning', 'signIn', false],
    ['forbidden', 'error', 'none', false],
    ['rateLimited', 'warning', 'retry', true],
    ['unavailable', 'warning', 'retry', true],
    ['gatewayTimeout', 'warning', 'retry', true],
    ['serverError', 'error', 'contactDeveloper', false],
    ['clientError', 'error', 'contactDeveloper', false],
    ['unknown', 'error', 'none', false],
  ] as const)('%s: %s, action %s, retryable %s', (name, severity, action, retryable) => {
    expect(describeCardError(ORIGIN_CASE_INPUTS[name])).toMatchObject({ severity, action, retryable });
  });

  it.each(CARD_ERROR_LANGUAGES)('offers "sign in again" on an alert for a 401, in %s', async (lng) => {
    const onAction = vi.fn();
    render(<CardErrorAlert error={ORIGIN_CASE_INPUTS.unauthorized} lng={lng} onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: words(lng).action.signIn }));
    expect(onAction).toHaveBeenCalledWith('signIn', expect.objectContaining({ origin: 'http', status: 401 }));
  });

  it('treats HTTP 408 as a timeout: check, then try again (was "check what you entered", not retryable)', () => {
    const { message, hint } = describeCardError(ORIGIN_CASE_INPUTS.timeout);
    expect(describeCardError(axiosStatus(408, 'Request Timeout'))).toMatchObject({ origin: 'http', status: 408, retryable: true, action: 'retry', message, hint });
  });

  it.each([503, 502])('retries a %s like any unavailable gateway', (status) => {
    expect(describeCardError(axiosStatus(status, 'Service Unavailable'))).toMatchObject({ origin: 'http', status, retryable: true });
  });

  it('describes a WeChat code found inside an HTTP 500 envelope exactly as the code itself', () => {
    const envelope = axiosStatus(500, { code: 500, msg: `错误代码：40099, 错误信息：invalid code, this code has consumed. rid: ${RID}` });
    const { message, hint, detail, severity, action, retryable } = describeCardError(40099);
    expect(describeCardError(envelope)).toMatchObject({ code: 40099, origin: 'wechat', status: 500, message, hint, detail, severity, action, retryable, rid: RID });
  });

  it.each(CARD_ERROR_LANGUAGES)('warns in %s that a timed-out operation may have gone through', (lng) => {
    const view = describeCardError(ORIGIN_CASE_INPUTS.timeout, { lng });
    expect(view.hint).toBe(words(lng).origins.timeout.hint);
    expect(view.actionAlt).toBe(words(lng).origins.timeout.actionAlt);
  });

  it('shows unknown input with the generic words of today', () => {
    for (const lng of CARD_ERROR_LANGUAGES) {
      expect(describeCardError('garbage', { lng }).message).toBe(words(lng).origins.unknown.message);
    }
  });

  it('warns about an unknown errcode only when it is WeChat’s (not an HTTP status, not a DOMException code)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    describeCardError(ORIGIN_CASE_INPUTS.serverError);
    describeCardError(ORIGIN_CASE_INPUTS.cancelled); // its legacy numeric .code is 20
    expect(warn).not.toHaveBeenCalled();
    describeCardError({ errcode: 98765, errmsg: 'something new' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('98765'));
  });
});

describe('technical details by origin', () => {
  it.each(CARD_ERROR_LANGUAGES)('labels the HTTP status and the server response in %s, and shows no WeChat code row', async (lng) => {
    const { ui } = words(lng);
    const { report } = await copiedReport(ORIGIN_CASE_INPUTS.serverError, lng);
    expect(report).toContain(`${ui.status}${ui.separator}500`);
    expect(report).toContain(`${ui.response}${ui.separator}`);
  });

  it('leaves the number row out when there is neither errcode nor status', async () => {
    const { report } = await copiedReport(ORIGIN_CASE_INPUTS.network, 'en');
    expect(report).not.toContain(words('en').ui.status);
    expect(report).toContain(`${words('en').ui.rawError}: Network Error`);
  });

  it("shows a gateway's HTML page as its title, as text", async () => {
    const { root } = await copiedReport(axiosStatus(502, NGINX_502), 'en');
    expect(within(root).getByText('502 Bad Gateway')).toBeVisible();
    expect(root.querySelector('h1, center, script, hr')).toBeNull();
    expect(root.textContent).not.toContain('<html');
  });
});

describe('the copied report', () => {
  it.each(CARD_ERROR_LANGUAGES)('separates label and value with the locale’s separator (%s)', async (lng) => {
    const { ui } = words(lng);
    const { report } = await copiedReport({ errcode: 40099, errmsg: `invalid code rid: ${RID}` }, lng);
    const lines = report.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toContain(ui.separator);
    expect(report).toContain(`${ui.code}${ui.separator}40099`);
    expect(report).not.toMatch(lng === 'en' ? /^[^:\n]*：/m : /^[^：\n]*: /m); // one typography per language
  });

  it.each(['=HYPERLINK("http://x.example","y")', '+1+cmd', '-2+3', '@SUM(A1)'])(
    'makes errmsg %s inert for a spreadsheet, and leaves the numeric code alone',
    async (errmsg) => {
      const { report } = await copiedReport({ errcode: -1, errmsg }, 'en');
      expect(report).toContain(`${words('en').ui.errmsg}: '${errmsg}`);
      expect(report).toContain(`${words('en').ui.code}: -1\n`);
      // On screen the value is shown as it came.
      expect(screen.getByText(errmsg)).toBeInTheDocument();
    },
  );

  it("makes a server's response text inert too", async () => {
    const { report } = await copiedReport(axiosStatus(500, { message: '=1+1' }), 'en');
    expect(report).toContain(`${words('en').ui.response}: '=1+1`);
  });
});

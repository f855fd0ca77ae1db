import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_CODES, describeCardError, parseCardError, WECHAT_PAY_CODES } from '../src/index';
import { payFailure } from '../stories/support/payInputs';
import enFile from '../locales/en/cardError.json';

const README = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

/**
 * The README's WeChat Pay codes table (`npm run readme:tables` writes it from the catalog): a row per code
 * ("any other" message) and per code + message, each `[code, message, category, severity, action, retry, words]`.
 */
const PAY_ROWS = (/<\!-- pay-codes:start -->\n([\s\S]*?)<\!-- pay-codes:end -->/.exec(README)?.[1] ?? '')
  .trim()
  .split('\n')
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')));

/** What the table says for a row, and what describeCardError tells for that code and message. */
const shownAndTold = ([code, message, ...shown]: string[]) => {
  const view = describeCardError(payFailure(code!, message === 'any other' ? '' : message), { lng: 'en' });
  const told = [enFile.category[view.category as keyof typeof enFile.category], view.severity, view.action, view.retryable ? 'yes' : 'no', view.message];
  return { code: code!, shown, told, view };
};

/** A code's spelling without underscores and spaces: NOAUTH and NO_AUTH, NETWORKERROR and NETWORK ERROR, are one code. */
const squeezed = (code: string) => code.replace(/[_ ]/g, '');

describe('README', () => {
  it('lists every catalog code in its codes table', () => {
    const listed = new Set([...README.matchAll(/^\| (-?\d+) \|/gm)].map((m) => Number(m[1])));
    expect(CARD_ERROR_CODES.filter((code) => !listed.has(code))).toEqual([]);
  });

  it('tells in each WeChat Pay row what describeCardError tells for that code and message', () => {
    expect(PAY_ROWS.length).toBeGreaterThan(80);
    const failures = PAY_ROWS.map(shownAndTold).filter(({ view }) => view.origin === 'wechatpay');
    // The rows left out are the plugin's successes (OK, SUCCESS, DUPREQUEST): not failures, shown as success.
    const successes = PAY_ROWS.filter(([code]) => !failures.some((row) => row.code === code));
    expect(successes.map(([code]) => code).sort()).toEqual(['DUPREQUEST', 'OK', 'SUCCESS']);
    for (const [code, , , severity] of successes) {
      expect(severity, code).toBe('success');
      expect(parseCardError(payFailure(code!)).code, code).toBeNull();
    }
    expect(failures.filter(({ shown, told }) => shown.join(' | ') !== told.join(' | ')).map(({ code, shown }) => `${code} | ${shown.join(' | ')}`)).toEqual([]);
  });

  it('has a WeChat Pay row for every code of WECHAT_PAY_CODES, or for its other spelling', () => {
    const listed = new Set(PAY_ROWS.map(([code]) => squeezed(code!)));
    expect(WECHAT_PAY_CODES.filter((code) => !listed.has(squeezed(code)))).toEqual([]);
  });

  it('gives the two commands a newcomer types', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm test');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_CODES } from '../src/index';
import { WECHAT_PAY_CATALOG } from '../src/catalog/wechatpay';
import { WECHAT_PAY_CASE_BY_CODE, WECHAT_PAY_MESSAGES } from '../src/catalog/wechatpayRoutes';
import enFile from '../locales/en/cardError.json';

const PATH = resolve(process.cwd(), 'README.md');
const README = readFileSync(PATH, 'utf8');

/**
 * The README's WeChat Pay codes table, generated from the catalog: a row per code (its own case) and per
 * code + message pattern. `UPDATE_README=1 npx vitest run --project unit test/readme.test.ts` rewrites it.
 */
function payCodesTable(): string[] {
  const row = (code: string, message: string, found: keyof typeof WECHAT_PAY_CATALOG) => {
    const { category, severity, action, retryable } = WECHAT_PAY_CATALOG[found];
    const words = (enFile.category as Record<string, string>)[category];
    return `| ${code} | ${message} | ${words} | ${severity} | ${action} | ${retryable ? 'yes' : 'no'} | ${enFile.pay[found].message} |`;
  };
  return [
    ...Object.entries(WECHAT_PAY_CASE_BY_CODE).map(([code, found]) => row(code, 'any other', found)),
    ...WECHAT_PAY_MESSAGES.map(({ code, includes, case: found }) => row(code, includes, found)),
  ].sort();
}

const PAY_TABLE = /(<!-- pay-codes:start -->\n)([\s\S]*?)(<!-- pay-codes:end -->)/;

describe('README', () => {
  it('lists every catalog code in its codes table', () => {
    const listed = new Set([...README.matchAll(/^\| (-?\d+) \|/gm)].map((m) => Number(m[1])));
    expect(CARD_ERROR_CODES.filter((code) => !listed.has(code))).toEqual([]);
  });

  it('shows the WeChat Pay codes table exactly as the catalog generates it', () => {
    const expected = payCodesTable();
    if (process.env.UPDATE_README) writeFileSync(PATH, README.replace(PAY_TABLE, (_all, start: string, _rows, end: string) => `${start}${expected.join('\n')}\n${end}`));
    const shown = PAY_TABLE.exec(README)?.[2]?.trim().split('\n') ?? [];
    expect(shown).toEqual(expected);
  });

  it('gives the two commands a newcomer types', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm test');
  });
});

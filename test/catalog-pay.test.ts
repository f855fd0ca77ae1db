import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, defineCardErrors, describeCardError, type CardErrorLanguage } from '../src/index';
import { formatCardErrorReport } from '../src/core/report';
import { WECHAT_PAY_CATALOG, type WeChatPayCase } from '../src/catalog/wechatpay';
import { wechatPayCase } from '../src/catalog/wechatpayCase';
import { describeParsed } from '../src/core/describe';
import type { ParsedCardError } from '../src/core/parse';
import { PAY_SAMPLES, payFailure } from '../stories/support/payInputs';
import { resolveWords } from '../src/i18n/host';
import { labelsOf } from '../src/i18n/labels';
import { createHostI18n, HAN, resetWarnings } from './helpers';

// Issue 22: WeChat Pay's coupon codes, told by the same describe and words path as 卡券's. Parsing is
// another helper's (item 1); these tests hand describeParsed the parsed value WeChat Pay's body gives.

const pay = payFailure;

const describePay = (parsed: ParsedCardError, lng: CardErrorLanguage | string = 'en') => describeParsed(parsed, resolveWords({ lng }));

/** The codes of shared/reference/wechat-pay-coupon-codes.tsv's families the catalog covers (issue 22, item 3). */
const FAMILIES = new Set(['v3-common', 'favor', 'busifavor', 'v2-coupon']);
const TSV = resolve(process.cwd(), '../shared/reference/wechat-pay-coupon-codes.tsv');

/** One input that reaches each case: every code's own case, every message pattern, an unknown code per status class. */
const SAMPLES = PAY_SAMPLES.map(({ expected, parsed }) => [expected, parsed] as const);
const CASES = Object.keys(WECHAT_PAY_CATALOG) as WeChatPayCase[];
const CASE_BY_LANGUAGE = CASES.flatMap((found) => CARD_ERROR_LANGUAGES.map((lng) => ({ found, lng, parsed: SAMPLES.find(([c]) => c === found)![1] })));

describe('WeChat Pay catalog', () => {
  it.skipIf(!existsSync(TSV))('knows every code of the 代金券, 商家券, coupon plugin and v2 send_coupon tables', () => {
    const rows = readFileSync(TSV, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    // "RULELIMIT (no underscore; …)": the code is the text before a note in brackets; rows without a code are skipped.
    const codes = rows.filter(([family]) => FAMILIES.has(family!)).map(([, code]) => code!.replace(/\s*\(.*$/, '')).filter(Boolean);
    expect(codes.length).toBeGreaterThan(60);
    expect([...new Set(codes)].filter((code) => !wechatPayCase(code, null, 400).known)).toEqual([]);
  });

  it('gives every case an input that reaches it, and every message pattern its case (none shadowed)', () => {
    expect(CASES.filter((found) => !SAMPLES.some(([c]) => c === found))).toEqual([]);
    for (const [found, parsed] of SAMPLES) expect(wechatPayCase(String(parsed.code), parsed.errmsg, parsed.status).case, `${parsed.code} ${parsed.errmsg}`).toBe(found);
  });

  it('reads one code in every spelling the tables use', () => {
    for (const [variant, code] of [['NOAUTH', 'NO_AUTH'], ['SYSTEMERROR', 'SYSTEM_ERROR'], ['NOTENOUGH', 'NOT_ENOUGH'], ['NETWORK ERROR', 'NETWORKERROR']]) {
      expect(wechatPayCase(variant!, null, null), variant).toEqual(wechatPayCase(code!, null, null));
    }
    expect(wechatPayCase('RULELIMIT', '券不在有效期', 403).case).toBe('couponOutsideDates');
  });

  it('offers Try again exactly where the same request can succeed', () => {
    for (const found of CASES) {
      const { action, retryable } = WECHAT_PAY_CATALOG[found];
      expect(action === 'retry', found).toBe(retryable);
    }
  });

  it('never sends the operator to sign in, to the Official Account admin or to a permission of their own', () => {
    for (const found of CASES) expect(['signIn', 'askAdmin', 'requestPermission'], found).not.toContain(WECHAT_PAY_CATALOG[found].action);
  });
});

describe('the routing examples of issue 22', () => {
  it.each([
    ['SIGN_ERROR at 401 → the developer (the API key or certificate), not sign in again', pay('SIGN_ERROR', '签名错误，请检查后再试', 401), 'contactDeveloper', 'signature'],
    ['NOT_ENOUGH at 403 → the merchant platform admin, the budget', pay('NOT_ENOUGH', '批次预算不足', 403), 'askPayAdmin', 'budget'],
    ['RULE_LIMIT → nobody: the customer reached the per-user cap', pay('RULE_LIMIT', '用户已达最大领券次数', 403), 'none', 'customerLimit'],
    ['USER_ACCOUNT_ABNORMAL → nobody: WeChat Pay risk control', pay('USER_ACCOUNT_ABNORMAL', '用户非法', 403), 'none', 'risk'],
    ['REQUEST_BLOCKED "活动未开始或已结束" → the admin, the batch state', pay('REQUEST_BLOCKED', '活动未开始或已结束', 403), 'askPayAdmin', 'batch'],
    ['INVALID_REQUEST "暂时无法领取…" → nobody: the monthly risk cap', pay('INVALID_REQUEST', '暂时无法领取，请联系商家处理。', 400), 'none', 'risk'],
    ['SYSTEM_ERROR at 500 → Try again', pay('SYSTEM_ERROR', '系统繁忙，请稍后重试', 500), 'retry', 'general'],
  ] as const)('%s', (_name, parsed, action, category) => {
    const view = describePay(parsed);
    expect(view).toMatchObject({ origin: 'wechatpay', code: parsed.code, action, category, known: true, errmsg: parsed.errmsg });
  });

  it('tells the budget in money (批次预算), never as stock', () => {
    for (const lng of CARD_ERROR_LANGUAGES) {
      const { message, hint } = describePay(pay('NOT_ENOUGH', '批次预算不足', 403), lng);
      expect(`${message} ${hint}`).toMatch(lng === 'en' ? /budget/ : /预算|預算/);
      expect(`${message} ${hint}`).not.toMatch(/stock|库存|庫存/i);
    }
  });

  it('gives an unknown code WeChat Pay words by its status class, the code in the message, and warns once', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = describePay(pay('BRAND_NEW_CODE', '新的错误', 400));
    expect(client).toMatchObject({ known: false, action: 'contactDeveloper', retryable: false, errmsg: '新的错误' });
    expect(client.message).toContain('BRAND_NEW_CODE');
    expect(describePay(pay('BRAND_NEW_CODE', '新的错误', 502))).toMatchObject({ known: false, action: 'retry', retryable: true });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/WeChat Pay code BRAND_NEW_CODE.*defineCardErrors/);
    warn.mockRestore();
  });
});

describe.each(CASE_BY_LANGUAGE)('WeChat Pay case $found in $lng', ({ found, lng, parsed }) => {
  const view = describePay(parsed, lng);
  const own = [view.message, view.hint, view.detail, view.actionAlt ?? ''];

  it('has a message, a hint and a detail in its language, never a raw key', () => {
    for (const text of [view.message, view.hint, view.detail]) {
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).not.toMatch(/^pay\.\w+\.\w+$|\{\{/);
    }
    for (const text of [view.message, view.hint]) expect(HAN.test(text)).toBe(lng !== 'en');
  });

  it('speaks to operators in the message, and never of sign-in or the Official Account', () => {
    expect(view.message).not.toMatch(/illegal|invalid|不合法|非法|请开发者|errmsg/i);
    for (const text of own) expect(text).not.toMatch(/公众号|公众平台|公眾號|公眾平台|sign(ing)? in|log(ging)? in/i);
    if (lng === 'en') expect(`${view.message} ${view.hint}`).not.toMatch(/\bretry/i);
  });

  it('names in the hint whoever the button sends the operator to; nobody when no one can act', () => {
    const actor = {
      askPayAdmin: { en: /merchant platform admin/, 'zh-CN': /商户平台管理员/, 'zh-Hant': /商戶平台管理員/ },
      contactDeveloper: { en: /developer/, 'zh-CN': /技术人员/, 'zh-Hant': /技術人員/ },
      retry: { en: /try again/i, 'zh-CN': /再试/, 'zh-Hant': /再試/ },
    }[view.action as string]?.[lng];
    if (actor) expect(view.hint).toMatch(actor);
    if (view.category === 'customerLimit' || view.category === 'risk') {
      expect(view.action).toBe('none');
      expect(view.hint).toMatch({ en: /nobody/i, 'zh-CN': /无需|不是你们能处理/, 'zh-Hant': /無需|無法處理/ }[lng]);
    }
    expect(found in WECHAT_PAY_CATALOG).toBe(true);
  });

  it('tells a budget as money, not stock', () => {
    if (view.category !== 'budget') return;
    expect(`${view.message} ${view.hint}`).toMatch({ en: /budget/, 'zh-CN': /预算/, 'zh-Hant': /預算/ }[lng]);
    expect(own.join(' ')).not.toMatch(/\bstock\b|库存|庫存/);
  });
});

describe('WeChat Pay in the technical details and the copied report', () => {
  it.each(CARD_ERROR_LANGUAGES)('%s: labels the code, message and Request-ID as WeChat Pay\'s, with no rid row', (lng) => {
    const words = resolveWords({ lng });
    const labels = labelsOf(words);
    const report = formatCardErrorReport(describeParsed(pay('NOT_ENOUGH', '批次预算不足', 403, '08F4B2C1-0A2B'), words), labels);
    expect(report).toContain(`${labels.payCode}${labels.separator}NOT_ENOUGH`);
    expect(report).toContain(`${labels.status}${labels.separator}403`);
    expect(report).toContain(`${labels.payErrmsg}${labels.separator}批次预算不足`);
    expect(report).toContain(`${labels.requestId}${labels.separator}08F4B2C1-0A2B`);
    expect(report).not.toContain(labels.rid);
    expect(labels.requestId).toMatch(/Request-ID/);
  });
});

describe('hosts: defineCardErrors and i18next overrides for WeChat Pay codes', () => {
  let remove: (() => void) | undefined;
  afterEach(() => remove?.());

  it('defines a WeChat Pay code by its string code, in any spelling the tables use', () => {
    remove = defineCardErrors({ NOTENOUGH: { severity: 'warning', copy: { en: { message: 'Our budget ran out.' } } } });
    const view = describePay(pay('NOT_ENOUGH', '批次预算不足', 403));
    expect(view).toMatchObject({ message: 'Our budget ran out.', severity: 'warning', action: 'askPayAdmin' });
    // The kit's hint stays where the host gave none.
    expect(view.hint).toMatch(/merchant platform admin/);
    remove();
    expect(describePay(pay('NOT_ENOUGH', '批次预算不足', 403)).message).not.toBe('Our budget ran out.');
  });

  it('skips and names a key that is neither an errcode nor a WeChat Pay code', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    remove = defineCardErrors({ ['not_enough' as 'NOT_ENOUGH']: { copy: { en: { message: 'lower case' } } } });
    expect(describePay(pay('NOT_ENOUGH')).message).not.toBe('lower case');
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"not_enough" is not an integer errcode or a WeChat Pay code/);
    warn.mockRestore();
  });

  it("reads a host's pay.* keys over the kit's, like codes.*", () => {
    const i18n = createHostI18n('zh-CN', { 'zh-CN': { cardError: { pay: { notEnough: { hint: '找财务在商户平台加预算。' } } } } });
    const view = describeParsed(pay('NOT_ENOUGH', '批次预算不足', 403), resolveWords({ i18n }));
    expect(view.hint).toBe('找财务在商户平台加预算。');
    expect(view.message).toMatch(/批次预算/);
  });
});

describe('the examples of issue 22 through the public describeCardError (parser and catalog together)', () => {
  const axios403 = (data: unknown, status = 403) => ({ isAxiosError: true, message: `Request failed with status code ${status}`, response: { status, data, headers: { 'request-id': '08F4B2C1-0A2B-4C3D' } } });

  it.each([
    ['SIGN_ERROR at 401: the developer, never sign in again', axios403({ code: 'SIGN_ERROR', message: '签名错误，请检查后再试' }, 401), 'contactDeveloper'],
    ['NOT_ENOUGH at 403: the merchant platform admin', axios403({ code: 'NOT_ENOUGH', message: '批次预算不足' }), 'askPayAdmin'],
    ['RULE_LIMIT at 403: nobody', axios403({ code: 'RULE_LIMIT', message: '用户已达最大领券次数' }), 'none'],
    ['USER_ACCOUNT_ABNORMAL at 403: nobody', axios403({ code: 'USER_ACCOUNT_ABNORMAL', message: '用户非法' }), 'none'],
    ['REQUEST_BLOCKED "活动未开始或已结束" at 403: the admin', axios403({ code: 'REQUEST_BLOCKED', message: '活动未开始或已结束\n' }), 'askPayAdmin'],
  ] as const)('%s', (_name, input, action) => {
    for (const lng of CARD_ERROR_LANGUAGES) {
      const view = describeCardError(input, { lng });
      expect(view).toMatchObject({ origin: 'wechatpay', action, known: true });
      expect(view.category).not.toBe('account');
      expect(`${view.message} ${view.hint}`).not.toMatch(/sign in|重新登录|重新登入|公众号|公眾號/i);
    }
  });
});

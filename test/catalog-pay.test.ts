import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CARD_ERROR_LANGUAGES,
  describeCardError,
  parseCardError,
  WECHAT_PAY_CODES,
  type CardErrorLanguage,
} from '../src/index';
import { PAY_MESSAGES, PAY_SAMPLES, payFailure } from '../stories/support/payInputs';
import { createHostI18n, defineForTest, HAN, resetWarnings } from './helpers';

// Issue 22: WeChat Pay's coupon codes, told by the same describe and words path as 卡券's. Every input
// here is what a host receives (a v3 body `{ code, message }` in an axios error, a plugin result), read
// through the public describeCardError (issue 19: tests use the public doors only).

const pay = payFailure;
const describePay = (input: unknown, lng: CardErrorLanguage | string = 'en') => describeCardError(input, { lng });

/** The codes of shared/reference/wechat-pay-coupon-codes.tsv's families the catalog covers (issue 22, item 3). */
const FAMILIES = new Set(['v3-common', 'favor', 'busifavor', 'v2-coupon']);
const TSV = resolve(process.cwd(), '../shared/reference/wechat-pay-coupon-codes.tsv');

/** Every input of the catalog page, described in English: each code, each documented message, unknown codes. */
const VIEWS = PAY_SAMPLES.map(({ id, input }) => ({ id, view: describePay(input) }));
/** One input per distinct set of English words (about one per case), each in every language. */
const DISTINCT = [...new Map(VIEWS.map(({ id, view }) => [`${view.message}|${view.hint}|${view.detail}`, id])).values()];
const BY_LANGUAGE = DISTINCT.flatMap((id) => CARD_ERROR_LANGUAGES.map((lng) => ({ id, lng, input: PAY_SAMPLES.find((s) => s.id === id)!.input })));

describe('WeChat Pay catalog', () => {
  it.skipIf(!existsSync(TSV))('knows every code of the 代金券, 商家券, coupon plugin and v2 send_coupon tables', () => {
    const rows = readFileSync(TSV, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    // "RULELIMIT (no underscore; …)": the code is the text before a note in brackets; rows without a code are skipped.
    const codes = rows.filter(([family]) => FAMILIES.has(family!)).map(([, code]) => code!.replace(/\s*\(.*$/, '')).filter(Boolean);
    expect(codes.length).toBeGreaterThan(60);
    // OK and SUCCESS are the plugin's successes, not failures to tell.
    const failures = [...new Set(codes)].filter((code) => code !== 'OK' && code !== 'SUCCESS');
    expect(failures.filter((code) => !(WECHAT_PAY_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(failures.filter((code) => code !== 'DUPREQUEST' && !describePay(pay(code, '', 400)).known)).toEqual([]);
  });

  it('tells every code of WECHAT_PAY_CODES as WeChat Pay\'s, known, in the shape WeChat Pay sends it', () => {
    const told = WECHAT_PAY_CODES.filter((code) => code !== 'DUPREQUEST').map((code) => ({ code, view: describePay(pay(code)) }));
    expect(told.length).toBeGreaterThan(60);
    expect(told.filter(({ code, view }) => view.origin !== 'wechatpay' || view.code !== code || !view.known).map(({ code }) => code)).toEqual([]);
    // The plugin's DUPREQUEST: already sent under this voucher, the customer has the coupon; not a failure.
    expect(parseCardError(pay('DUPREQUEST', '已通过该发券凭证给用户发券')).code).toBeNull();
  });

  it.each(PAY_MESSAGES)('$code "$message": the message decides who acts ($action, $category)', ({ code, message, status, action, category }) => {
    const view = describePay(pay(code, message, status));
    expect(view).toMatchObject({ origin: 'wechatpay', code, known: true, action, category, retryable: action === 'retry', errmsg: message.trim() });
    // Not the code's own words, unless the message means what the code alone means (调用商户无权限 is NO_AUTH's).
    if (message !== '调用商户无权限') expect(view.message).not.toBe(describePay(pay(code, '', status)).message);
  });

  it('reads one code in every spelling the tables use', () => {
    const told = (code: string) => {
      const { severity, action, category, message, hint, detail, known } = describePay(pay(code));
      return { severity, action, category, message, hint, detail, known };
    };
    // NOTENOUGH is the coupon plugin's result code (payFailure sends it inside send_coupon_result).
    for (const [variant, code] of [['NOAUTH', 'NO_AUTH'], ['SYSTEMERROR', 'SYSTEM_ERROR'], ['NOTENOUGH', 'NOT_ENOUGH'], ['NETWORKERROR', 'NETWORK ERROR'], ['RULELIMIT', 'RULE_LIMIT']]) {
      expect(told(variant!), variant).toEqual(told(code!));
    }
    expect(describePay(pay('RULELIMIT', '券不在有效期', 403))).toMatchObject({ action: 'none', category: 'couponState' });
  });

  it('offers Try again exactly where the same request can succeed', () => {
    expect(VIEWS.filter(({ view }) => (view.action === 'retry') !== view.retryable).map(({ id }) => id)).toEqual([]);
    expect(VIEWS.filter(({ view }) => view.retryable).length).toBeGreaterThan(3);
  });

  it('never sends the operator to sign in, to the Official Account admin or to a permission of their own', () => {
    const wrong = ['signIn', 'askAdmin', 'requestPermission'];
    expect(VIEWS.filter(({ view }) => wrong.includes(view.action)).map(({ id }) => id)).toEqual([]);
    expect(VIEWS.filter(({ view }) => view.origin !== 'wechatpay').map(({ id }) => id)).toEqual([]);
  });
});

describe('the routing examples of issue 22', () => {
  it.each([
    ['SIGN_ERROR at 401 → the developer (the API key or certificate), not sign in again', pay('SIGN_ERROR', '签名错误，请检查后再试', 401), 'contactDeveloper', 'signature'],
    ['NOT_ENOUGH at 403 → the merchant platform admin, the budget', pay('NOT_ENOUGH', '批次预算不足', 403), 'askPayAdmin', 'budget'],
    ['RULE_LIMIT → nobody: the customer reached the per-user cap', pay('RULE_LIMIT', '用户已达最大领券次数', 403), 'none', 'customerLimit'],
    ['USER_ACCOUNT_ABNORMAL → nobody: WeChat Pay risk control', pay('USER_ACCOUNT_ABNORMAL', '用户非法', 403), 'none', 'risk'],
    ['REQUEST_BLOCKED "活动未开始或已结束" → the admin, the batch state', pay('REQUEST_BLOCKED', '活动未开始或已结束\n', 403), 'askPayAdmin', 'batch'],
    ['INVALID_REQUEST "暂时无法领取…" → nobody: the monthly risk cap', pay('INVALID_REQUEST', '暂时无法领取，请联系商家处理。', 400), 'none', 'risk'],
    ['SYSTEM_ERROR at 500 → Try again', pay('SYSTEM_ERROR', '系统繁忙，请稍后重试', 500), 'retry', 'general'],
  ] as const)('%s', (_name, input, action, category) => {
    for (const lng of CARD_ERROR_LANGUAGES) {
      const view = describePay(input, lng);
      expect(view).toMatchObject({ origin: 'wechatpay', action, category, known: true, errmsg: parseCardError(input).errmsg });
      expect(`${view.message} ${view.hint}`).not.toMatch(/sign in|重新登录|重新登入|公众号|公眾號/i);
    }
  });

  it('tells the budget in money (批次预算), never as stock', () => {
    for (const lng of CARD_ERROR_LANGUAGES) {
      const { message, hint } = describePay(pay('NOT_ENOUGH', '批次预算不足', 403), lng);
      expect(`${message} ${hint}`).toMatch(lng === 'en' ? /budget/ : /预算|預算/);
      expect(`${message} ${hint}`).not.toMatch(/stock|库存|庫存/i);
    }
  });

  // Issue 22 item 1: a code is WeChat Pay's only when WeChat Pay lists it; back ends use upper-case codes of their own.
  it('leaves an upper-case code WeChat Pay does not list to the back end, told by its HTTP status', () => {
    for (const [status, action] of [[400, 'contactDeveloper'], [502, 'retry']] as const) {
      const view = describePay(pay('BRAND_NEW_CODE', '新的错误', status));
      expect(view).toMatchObject({ origin: 'http', code: null, status, action, errmsg: '新的错误' });
      expect(view.message).not.toMatch(/WeChat Pay/);
    }
  });
});

describe.each(BY_LANGUAGE)('WeChat Pay words of $id in $lng', ({ lng, input }) => {
  const view = describePay(input, lng);
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
  });

  it('tells a budget as money, not stock', () => {
    if (view.category !== 'budget') return;
    expect(`${view.message} ${view.hint}`).toMatch({ en: /budget/, 'zh-CN': /预算/, 'zh-Hant': /預算/ }[lng]);
    expect(own.join(' ')).not.toMatch(/\bstock\b|库存|庫存/);
  });
});

describe('hosts: defineCardErrors and i18next overrides for WeChat Pay codes', () => {
  it('defines a WeChat Pay code by its string code, in any spelling the tables use', () => {
    const remove = defineForTest({ NOTENOUGH: { severity: 'warning', copy: { en: { message: 'Our budget ran out.' } } } });
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
    defineForTest({ ['not_enough' as 'NOT_ENOUGH']: { copy: { en: { message: 'lower case' } } } });
    expect(describePay(pay('NOT_ENOUGH')).message).not.toBe('lower case');
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"not_enough" is not an integer errcode or a WeChat Pay code/);
    warn.mockRestore();
  });

  it("reads a host's pay.* keys over the kit's, like codes.*", () => {
    const i18n = createHostI18n('zh-CN', { 'zh-CN': { cardError: { pay: { notEnough: { hint: '找财务在商户平台加预算。' } } } } });
    const view = describeCardError(pay('NOT_ENOUGH', '批次预算不足', 403), { i18n });
    expect(view.hint).toBe('找财务在商户平台加预算。');
    expect(view.message).toMatch(/批次预算/);
  });
});

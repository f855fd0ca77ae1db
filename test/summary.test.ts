import { describe, expect, it } from 'vitest';
import { CARD_ERROR_CATALOG, CARD_ERROR_CODES, CARD_ERROR_LANGUAGES, describeCardError, summarizeCardErrors } from '../src/index';
import { kitWords } from './helpers';

// The answers of batch-results.md (/work/shared/reference), as WeChat and WeChat Pay document them.
const DEPOSIT = { errcode: 0, errmsg: 'ok', succ_code: ['11111', '22222'], duplicate_code: ['11111'], fail_code: ['33333', '44444'] };
const BUSIFAVOR = {
  stock_id: '98065001',
  total_count: 5,
  success_count: 1,
  success_codes: ['MMAA12345'],
  fail_count: 2,
  fail_codes: [
    { coupon_code: 'ABCD23456', code: 'LENGTH_LIMIT', message: '长度超过最大值 32 位' },
    { coupon_code: 'ABCD99999', code: 'SYSTEM_ERROR', message: '系统错误' },
  ],
  exist_codes: ['ABCD2345'],
  duplicate_codes: ['AACC2345'],
};
const PLUGIN = {
  errcode: 'OK',
  msg: 'SUCCESS',
  send_coupon_result: [
    { code: 'SUCCESS', message: '', out_request_no: 'r01', stock_id: '9655436', coupon_code: 'c1' },
    { code: 'NOTENOUGH', message: '批次预算不足', out_request_no: 'r02', stock_id: '9655436' },
    { code: 'DUPREQUEST', message: '', out_request_no: 'r03', stock_id: '9655436' },
    { code: 'NOTENOUGH', message: '批次预算不足', out_request_no: 'r04', stock_id: '9655436' },
    { code: 'FAILED', message: 'KV RouteUin 非法', out_request_no: 'r05', stock_id: '9654976' },
  ],
};
const PAYGIFT = {
  errcode: 0,
  errmsg: 'ok',
  rule_id: 1231243,
  fail_mchid_list: [{ mchid: '111', errcode: 45031, errmsg: 'stock is out of limit', occupy_rule_id: 12332123, occupy_appid: 'appid' }],
  succ_mchid_list: ['123', '456'],
};
const PRODUCT = { total_count: 4, success_code_list: ['a'], failed_code_list: ['b', 'c'], already_exist_code_list: ['d'], duplicate_code_list: [] };
const CHECKCODE = { errcode: 0, errmsg: 'ok', exist_code: ['1', '2'], not_exist_code: ['3'] };

const counts = (s: ReturnType<typeof summarizeCardErrors>) => [s.total, s.succeeded, s.failed, s.skipped, s.pending];
const byId = (s: ReturnType<typeof summarizeCardErrors>) => s.groups.map((g) => [g.count, g.keys.join()]);

describe('summarizeCardErrors: every shape of the reference', () => {
  it('卡券 deposit: duplicates skipped, fail_code grouped as "no reason given"', () => {
    const s = summarizeCardErrors([DEPOSIT]);
    expect(counts(s)).toEqual([5, 2, 2, 1, 0]);
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]?.keys).toEqual(['33333', '44444']);
    expect(s.groups[0]?.view.message).toBe(kitWords('en').batch.noReason.message);
  });

  it('卡券 deposit typed as counts (WxJava Integer fields): counted, no keys invented', () => {
    const s = summarizeCardErrors({ errcode: 0, succ_code: 97, duplicate_code: 1, fail_code: 2 });
    expect(counts(s)).toEqual([100, 97, 2, 1, 0]);
    expect(byId(s)).toEqual([[2, '']]);
  });

  it('商家券 upload: two codes give two groups; exist and duplicate codes are skipped', () => {
    const s = summarizeCardErrors(BUSIFAVOR);
    expect(counts(s)).toEqual([5, 1, 2, 2, 0]);
    expect(byId(s)).toEqual([[1, 'ABCD23456'], [1, 'ABCD99999']]);
    expect(new Set(s.groups.map((g) => g.id)).size).toBe(2);
  });

  it("coupon plugin: DUPREQUEST counts as sent, never as a failure; groups by code, largest first", () => {
    const s = summarizeCardErrors(PLUGIN);
    expect(counts(s)).toEqual([5, 1, 3, 1, 0]);
    expect(byId(s)).toEqual([[2, 'r02,r04'], [1, 'r05']]);
  });

  it('a rejection parsed as DUPREQUEST is skipped too', () => {
    const s = summarizeCardErrors([
      { status: 'rejected', reason: { code: 'DUPREQUEST', message: '重复请求' } },
      { key: 'r9', error: { code: 'DUPREQUEST', message: '重复请求' } },
    ]);
    expect([s.skipped, s.failed, s.groups.length]).toEqual([2, 0, 0]);
  });

  it('支付后投放: each merchant keyed by mchid, described by its errcode', () => {
    const s = summarizeCardErrors(PAYGIFT, { lng: 'zh-CN' });
    expect(counts(s)).toEqual([3, 2, 1, 0, 0]);
    expect(s.groups[0]?.keys).toEqual(['111']);
    expect(s.groups[0]?.view.message).toBe(describeCardError(45031, { lng: 'zh-CN' }).message);
  });

  it('商品券 upload and checkcode: the kit says what WeChat said, no reason invented', () => {
    const product = summarizeCardErrors(PRODUCT);
    expect(counts(product)).toEqual([4, 1, 2, 1, 0]);
    expect(product.groups[0]?.id).toBe('batch:noReason');
    const check = summarizeCardErrors(CHECKCODE);
    expect(counts(check)).toEqual([3, 2, 1, 0, 0]);
    expect(check.groups[0]?.view.message).toBe(kitWords('en').batch.notImported.message);
  });

  it.each(CARD_ERROR_LANGUAGES)('the kit\'s own causes are worded in %s', (lng) => {
    const s = summarizeCardErrors([DEPOSIT, CHECKCODE], { lng });
    expect(s.groups.map((g) => g.view.message)).toEqual([kitWords(lng).batch.noReason.message, kitWords(lng).batch.notImported.message]);
    expect(s.groups.map((g) => g.view.lng)).toEqual([lng, lng]);
  });
});

describe('summarizeCardErrors: Promise.allSettled and failures with a total', () => {
  it('settled results: fulfilled count as sent, rejections grouped by code with their positions as keys', () => {
    const settled: PromiseSettledResult<unknown>[] = [
      { status: 'fulfilled', value: { errcode: 0 } },
      { status: 'rejected', reason: { errcode: 45031, errmsg: 'stock is out of limit' } },
      { status: 'rejected', reason: new Error('Network Error') },
      { status: 'rejected', reason: { errcode: 45031, errmsg: 'stock is out of limit' } },
      { status: 'fulfilled', value: { errcode: 40099, errmsg: 'invalid code, this code has consumed.' } },
    ];
    const s = summarizeCardErrors(settled);
    expect(counts(s)).toEqual([5, 1, 4, 0, 0]);
    expect(byId(s)).toEqual([[2, '1,3'], [1, '2'], [1, '4']]);
    expect(s.groups[0]?.view.code).toBe(45031);
  });

  it('failures with the total: the rest went through; keys as given', () => {
    const s = summarizeCardErrors(
      [{ key: 'oABC', error: { errcode: 45031 } }, { key: 42, error: { errcode: 45031 } }, { key: { no: 1 }, error: -1 }],
      { total: 3000 },
    );
    expect(counts(s)).toEqual([3000, 2997, 3, 0, 0]);
    expect(byId(s)).toEqual([[2, 'oABC,42'], [1, '2']]);
    expect(s.state).toBe('finished');
  });

  it('severity of the whole is its worst group; success without failures', () => {
    expect(summarizeCardErrors([{ status: 'fulfilled', value: 1 }]).severity).toBe('success');
    expect(summarizeCardErrors([{ error: -1 }]).severity).toBe(describeCardError(-1).severity);
    const error = CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].severity === 'error');
    expect(summarizeCardErrors([{ error: -1 }, { error: 45031 }, { error }, { error: -1 }]).severity).toBe('error');
  });
});

describe('a job that adds chunks', () => {
  it('shows pending until all are in, and each add leaves the earlier summary as it was', () => {
    const start = summarizeCardErrors([], { total: 400, complete: false });
    expect([start.state, start.pending]).toEqual(['running', 400]);
    const one = start.add([{ key: 'a', error: 45031 }], 200);
    const two = one.add(BUSIFAVOR);
    expect(counts(one)).toEqual([400, 199, 1, 0, 200]);
    expect(counts(two)).toEqual([400, 200, 3, 2, 195]);
    expect(one.groups.map((g) => g.count)).toEqual([1]);
    const done = two.add([], 195);
    expect([done.state, done.succeeded + done.failed + done.skipped]).toEqual(['finished', 400]);
  });

  it('adding twice to the same summary (a React StrictMode updater) gives the same result both times', () => {
    const start = summarizeCardErrors([], { total: 10, complete: false });
    const first = start.add([{ key: 'a', error: 45031 }]);
    const second = start.add([{ key: 'a', error: 45031 }]);
    expect(counts(second)).toEqual(counts(first));
    expect(second.groups[0]?.keys).toEqual(['a']);
  });

  it('more items than the total: the total grows and the surplus is said', () => {
    const s = summarizeCardErrors([{ error: 1 }, { error: 2 }, { error: 3 }], { total: 2 });
    expect([s.total, s.unexpected, s.failed]).toEqual([3, 1, 3]);
  });
});

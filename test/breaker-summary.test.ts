// Defects found by trying the batch summary as a newcomer (breaker session, issue 23): each test names
// the input a host really passes and what the operator would have been told.
import { describe, expect, it } from 'vitest';
import { summarizeCardErrors } from '../src/index';

const counted = (s: ReturnType<typeof summarizeCardErrors>) => s.succeeded + s.failed + s.skipped + s.pending;

describe('summarizeCardErrors: failures that arrive resolved', () => {
  // `Promise.allSettled(openids.map((o) => fetch(…).then((r) => r.json())))`: fetch resolves on HTTP 403, so
  // WeChat Pay's refusal arrives as a fulfilled value. It was counted as "went through".
  it.each([
    ['a WeChat Pay v3 body', { code: 'NOT_ENOUGH', message: '批次预算不足' }, 'wechatpay:NOT_ENOUGH:notEnough'],
    ['the coupon plugin detail with a failed outer errcode', { errcode: 'SYSTEMERROR', msg: '发券超时' }, 'wechatpay:SYSTEM_ERROR:systemError'],
    ['the v2 XML answer, parsed', { return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'USER_AL_GET_COUPON', err_code_des: '你已领取过该代金券' }, 'wechatpay:USER_AL_GET_COUPON:customerLimit'],
  ])('%s is a failure, not a success', (_, value, id) => {
    const summary = summarizeCardErrors([{ status: 'fulfilled', value }, { status: 'fulfilled', value: { coupon_id: '1' } }]);
    expect(summary).toMatchObject({ total: 2, succeeded: 1, failed: 1 });
    expect(summary.groups.map((group) => group.id)).toEqual([id]);
  });

  it('a resolved success body stays a success', () => {
    expect(summarizeCardErrors([{ status: 'fulfilled', value: { errcode: 0, errmsg: 'ok' } }, { status: 'fulfilled', value: { errcode: 'OK', msg: 'SUCCESS' } }])).toMatchObject({ succeeded: 2, failed: 0 });
  });
});

describe('summarizeCardErrors: WeChat success bodies are not failures', () => {
  // A host that passes WeChat's answers as they came: `{errcode: 0}` was counted as failed, in a group whose
  // message is "Done. The request went through.", while the summary's severity said success.
  it('a bare {errcode: 0} counts as succeeded', () => {
    const summary = summarizeCardErrors([{ errcode: 0, errmsg: 'ok' }, { errcode: 45031, errmsg: 'stock is out of limit' }]);
    expect(summary).toMatchObject({ total: 2, succeeded: 1, failed: 1 });
    expect(summary.groups.map((group) => group.id)).toEqual(['wechat:45031']);
  });
});

describe('summarizeCardErrors: the coupon plugin (reference §2.5)', () => {
  // Each send_coupon_result entry was passed on as {code, message} alone, so the parser no longer saw a plugin
  // entry: NOTENOUGH, DAYLIMIT … became origin `unknown` with the generic words.
  it('per-coupon failures are WeChat Pay causes', () => {
    const summary = summarizeCardErrors({
      errcode: 'OK',
      send_coupon_result: [
        { code: 'NOTENOUGH', message: '总预算用完', out_request_no: '01', stock_id: '9856000' },
        { code: 'DAYLIMIT', message: '', out_request_no: '02', stock_id: '9856000' },
      ],
    });
    expect(summary.groups.map((group) => group.view.origin)).toEqual(['wechatpay', 'wechatpay']);
    expect(summary.groups.map((group) => group.id)).toEqual(['wechatpay:NOT_ENOUGH:notEnough', 'wechatpay:DAYLIMIT:customerDayLimit']);
  });

  // The whole call failed (outer errcode PARAM_ERROR) and the result list is empty: the summary said
  // "Of 0: 0 went through" with severity success.
  it('an outer failure with an empty result list is one failure', () => {
    const summary = summarizeCardErrors([{ errcode: 'PARAM_ERROR', msg: '参数错误', send_coupon_result: [] }]);
    expect(summary).toMatchObject({ total: 1, failed: 1, severity: 'error' });
    expect(summary.groups[0]?.view.origin).toBe('wechatpay');
    expect(counted(summary)).toBe(summary.total);
  });
});

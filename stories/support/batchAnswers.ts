// The partial-success answers of /work/shared/reference/batch-results.md, for the summary's stories.

export const BATCH_ANSWERS = {
  deposit: { errcode: 0, errmsg: 'ok', succ_code: ['1101', '1102', '1103'], duplicate_code: ['1101'], fail_code: ['1104', '1105'] },
  checkcode: { errcode: 0, errmsg: 'ok', exist_code: ['1101', '1102'], not_exist_code: ['1103', '1104'] },
  payGift: {
    errcode: 0,
    errmsg: 'ok',
    rule_id: 1231243,
    fail_mchid_list: [{ mchid: '1900000109', errcode: 45031, errmsg: 'stock is out of limit', occupy_rule_id: 12332123, occupy_appid: 'wx1234' }],
    succ_mchid_list: ['1900000110', '1900000111'],
  },
  busifavor: {
    stock_id: '98065001',
    total_count: 6,
    success_count: 2,
    success_codes: ['MMAA12345', 'MMAA12346'],
    fail_count: 2,
    fail_codes: [
      { coupon_code: 'ABCD23456ABCD23456ABCD23456ABCD234', code: 'LENGTH_LIMIT', message: '长度超过最大值 32 位' },
      { coupon_code: 'ABCD23457', code: 'SYSTEM_ERROR', message: '系统错误，请稍后重试' },
    ],
    exist_codes: ['ABCD2345'],
    duplicate_codes: ['AACC2345'],
  },
  productCoupon: { total_count: 5, success_code_list: ['P1', 'P2'], failed_code_list: ['P3', 'P4'], already_exist_code_list: ['P5'], duplicate_code_list: [] },
  plugin: {
    errcode: 'OK',
    msg: 'SUCCESS',
    send_coupon_result: [
      { code: 'SUCCESS', message: '', out_request_no: '20261206001', stock_id: '9655436', coupon_code: 'C1' },
      { code: 'NOTENOUGH', message: '批次预算不足', out_request_no: '20261206002', stock_id: '9655436' },
      { code: 'DUPREQUEST', message: '', out_request_no: '20261206003', stock_id: '9655436' },
      { code: 'DAYLIMIT', message: '超过单天发放上限', out_request_no: '20261206004', stock_id: '9655436' },
    ],
  },
} as const;

/** Causes of a send to customers, one per call: out of stock, WeChat busy, a claim limit, the network. */
const SEND_FAILURES = [{ errcode: 45031 }, { errcode: -1 }, { errcode: 45033 }, new TypeError('Failed to fetch')];

/** `Promise.allSettled` of `count` sends: most went through, the failures spread over the causes. */
export function settledSend(count: number): PromiseSettledResult<unknown>[] {
  return Array.from({ length: count }, (_, i) =>
    i % 25 === 0 ? { status: 'rejected', reason: SEND_FAILURES[(i / 25) % SEND_FAILURES.length] } : { status: 'fulfilled', value: { errcode: 0 } },
  );
}

/** WeChat Pay's answer in an axios error, as a back end that passes it through gives it (HTTP status, v3 body). */
const payError = (status: number, code: string, message: string) =>
  Object.assign(new Error(`Request failed with status code ${status}`), { isAxiosError: true, response: { status, data: { code, message }, headers: {} } });

/** `Promise.allSettled` of 代金券 sends (one customer per call): the budget, a customer's cap, WeChat Pay busy. */
export function settledPaySend(count: number): PromiseSettledResult<unknown>[] {
  const failures = [payError(403, 'NOT_ENOUGH', '批次预算不足'), payError(403, 'RULE_LIMIT', '用户已达最大领券次数'), payError(500, 'SYSTEM_ERROR', '系统错误，请稍后重试')];
  return Array.from({ length: count }, (_, i) =>
    i % 10 === 0 ? { status: 'rejected', reason: failures[(i / 10) % failures.length] } : { status: 'fulfilled', value: { coupon_id: `${i}` } },
  );
}

// Every batch shape of batch-results.md (/work/shared/reference) and what the operator must see for it, in
// each language: read by test/summary-shapes.test.ts (the summaries) and summary-shapes.test.tsx (the component).
import en from '../locales/en/cardError.json';
import zhCN from '../locales/zh-CN/cardError.json';
import zhHant from '../locales/zh-Hant/cardError.json';
import type { CardErrorAction, CardErrorLanguage } from '../src/index';

export const LOCALES = { en, 'zh-CN': zhCN, 'zh-Hant': zhHant } as const satisfies Record<CardErrorLanguage, unknown>;
const LANGUAGES = Object.keys(LOCALES) as CardErrorLanguage[];

/** A group as the operator must get it: its keys, where it stopped, the words' path in the locale file. */
interface Expected {
  keys: string[];
  origin: 'wechat' | 'wechatpay' | 'unknown';
  words: `pay.${keyof typeof en.pay}` | `batch.${'noReason' | 'notImported'}` | `codes.${keyof typeof en.codes}`;
  action: CardErrorAction;
  retryable: boolean;
}
interface Shape {
  input: unknown;
  /** total, succeeded, failed, skipped */
  counts: [number, number, number, number];
  groups: Expected[];
}

const plugin = (code: string, message: string, out_request_no: string) => ({ code, message, out_request_no, stock_id: '9655436' });
/** axios's error for an HTTP 403 whose body is WeChat Pay's (a back end that passes it through). */
const axios403 = (code: string, message: string) =>
  Object.assign(new Error('Request failed with status code 403'), {
    isAxiosError: true,
    response: { status: 403, data: { code, message }, headers: { 'request-id': '08F0A9C5B50610A6E7E30F186A2A20B8C11E' } },
  });
/** wechatpay-java's ServiceException text, forwarded by a Java back end (its HttpRequest part is private). */
const JAVA =
  'Wrong HttpStatusCode[403]\nhttpResponseBody[{"code":"NOT_ENOUGH","message":"批次预算不足"}]\n' +
  'HttpRequest[{"http_method":"POST","url":"https://api.mch.weixin.qq.com/v3/marketing/favor/users/oUpF8uMuAJO_M2pxb1Q9zNjWeS6o/coupons","headers":{"Authorization":"WECHATPAY2-SHA256-RSA2048 mchid=1900000001"}}]';

const SHAPES: Record<string, Shape> = {
  '卡券 deposit fail_code': {
    input: { errcode: 0, errmsg: 'ok', succ_code: ['11111', '22222'], duplicate_code: ['11111'], fail_code: ['33333'] },
    counts: [4, 2, 1, 1],
    groups: [{ keys: ['33333'], origin: 'unknown', words: 'batch.noReason', action: 'editInput', retryable: false }],
  },
  '卡券 checkcode not_exist_code': {
    input: { errcode: 0, errmsg: 'ok', exist_code: ['1', '2'], not_exist_code: ['3'] },
    counts: [3, 2, 1, 0],
    groups: [{ keys: ['3'], origin: 'unknown', words: 'batch.notImported', action: 'editInput', retryable: false }],
  },
  '支付后投放 fail_mchid_list': {
    input: {
      errcode: 0,
      errmsg: 'ok',
      rule_id: 1231243,
      fail_mchid_list: [{ mchid: '111', errcode: 45031, errmsg: 'stock is out of limit', occupy_rule_id: 12332123, occupy_appid: 'appid' }],
      succ_mchid_list: ['123', '456'],
    },
    counts: [3, 2, 1, 0],
    groups: [{ keys: ['111'], origin: 'wechat', words: 'codes.45031', action: 'restock', retryable: false }],
  },
  '商家券 upload fail_codes, exist_codes, duplicate_codes': {
    input: {
      stock_id: '98065001',
      total_count: 5,
      success_codes: ['MMAA12345'],
      fail_codes: [
        { coupon_code: 'ABCD23456', code: 'LENGTH_LIMIT', message: '长度超过最大值 32 位' },
        { coupon_code: 'ABCD99999', code: 'SYSTEM_ERROR', message: '系统错误' },
      ],
      exist_codes: ['ABCD2345'],
      duplicate_codes: ['AACC2345'],
    },
    counts: [5, 1, 2, 2],
    groups: [
      { keys: ['ABCD23456'], origin: 'wechatpay', words: 'pay.codeLength', action: 'editInput', retryable: false },
      { keys: ['ABCD99999'], origin: 'wechatpay', words: 'pay.systemError', action: 'retry', retryable: true },
    ],
  },
  '商品券 upload failed_code_list': {
    input: { total_count: 4, success_code_list: ['a'], failed_code_list: ['b', 'c'], already_exist_code_list: ['d'], duplicate_code_list: [] },
    counts: [4, 1, 2, 1],
    groups: [{ keys: ['b', 'c'], origin: 'unknown', words: 'batch.noReason', action: 'editInput', retryable: false }],
  },
  'coupon plugin send_coupon_result': {
    input: {
      errcode: 'OK',
      msg: 'SUCCESS',
      send_coupon_result: [
        { ...plugin('SUCCESS', '', 'r01'), coupon_code: 'c1' },
        plugin('NOTENOUGH', '总预算用完', 'r02'),
        plugin('DAYLIMIT', '', 'r03'),
        plugin('NOTENOUGH', '总预算用完', 'r04'),
        plugin('NATURELIMIT', '', 'r05'),
        plugin('MAXQUOTA', '', 'r06'),
        plugin('DUPREQUEST', '', 'r07'),
        plugin('FAILED', 'KV RouteUin 非法', 'r08'),
      ],
    },
    counts: [8, 1, 6, 1],
    groups: [
      { keys: ['r02', 'r04'], origin: 'wechatpay', words: 'pay.notEnough', action: 'askPayAdmin', retryable: false },
      { keys: ['r03'], origin: 'wechatpay', words: 'pay.customerDayLimit', action: 'none', retryable: false },
      { keys: ['r05'], origin: 'wechatpay', words: 'pay.personLimit', action: 'none', retryable: false },
      { keys: ['r06'], origin: 'wechatpay', words: 'pay.customerLimit', action: 'none', retryable: false },
      { keys: ['r08'], origin: 'wechatpay', words: 'pay.failed', action: 'contactDeveloper', retryable: false },
    ],
  },
  'Promise.allSettled with WeChat Pay rejections': {
    input: [
      { status: 'fulfilled', value: { coupon_id: '1' } },
      { status: 'rejected', reason: axios403('NOT_ENOUGH', '批次预算不足') },
      { status: 'rejected', reason: new Error(JAVA) },
      { status: 'rejected', reason: axios403('REQUEST_BLOCKED', '活动未开始或已结束\n') },
      { status: 'rejected', reason: axios403('REQUEST_BLOCKED', '调用商户无权限') },
      // The plugin's spelling of the same cause joins APIv3's group.
      { status: 'fulfilled', value: { errcode: 'OK', send_coupon_result: [plugin('NOTENOUGH', '总预算用完', 'r9')] } },
    ],
    counts: [6, 1, 5, 0],
    groups: [
      { keys: ['1', '2', 'r9'], origin: 'wechatpay', words: 'pay.notEnough', action: 'askPayAdmin', retryable: false },
      { keys: ['3'], origin: 'wechatpay', words: 'pay.batchInactive', action: 'askPayAdmin', retryable: false },
      { keys: ['4'], origin: 'wechatpay', words: 'pay.noAuth', action: 'askPayAdmin', retryable: false },
    ],
  },
};

/** The locale file's words at `path` (`pay.notEnough`) in `lng`. */
export function wordsAt(lng: CardErrorLanguage, path: string): { message: string; hint: string } {
  const [section, key] = path.split('.') as [string, string];
  return (LOCALES[lng] as unknown as Record<string, Record<string, { message: string; hint: string }>>)[section]![key]!;
}

export const ROWS = Object.entries(SHAPES).flatMap(([name, shape]) => LANGUAGES.map((lng) => ({ name, lng, ...shape })));

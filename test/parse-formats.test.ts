// Issue 10 item 1: the WeChat errcode is found in every SDK text a back end forwards, wherever it travels
// (as a string, as Error.message, inside an envelope, as Error.cause, inside axios / ofetch errors).
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';

const RID = '6a1b2c3d-11112222-33334444';

interface Case {
  /** The text the back end forwarded. */
  readonly text: string;
  readonly code: number;
  readonly errmsg: string | null;
  readonly rid?: string | null;
}

/** Format families, each with real-looking variants (prefix or none, 中文 or ASCII punctuation, rid, hint). */
const FAMILIES: Readonly<Record<string, readonly Case[]>> = {
  WxJava: [
    {
      text: `错误代码：40099, 错误信息：invalid code, this code has consumed. rid: ${RID}，微信原始报文：{"errcode":40099,"errmsg":"invalid code, this code has consumed. rid: ${RID}"}`,
      code: 40099,
      errmsg: 'invalid code, this code has consumed.',
      rid: RID,
    },
    {
      // WxJava's 错误信息 is its own Chinese translation here: WeChat's text comes from 微信原始报文.
      text: 'me.chanjar.weixin.common.error.WxErrorException: 错误代码：45031, 错误信息：库存为0，微信原始报文：{"errcode":45031,"errmsg":"stock is out of limit hint: [AbC123]"}',
      code: 45031,
      errmsg: 'stock is out of limit',
    },
    { text: `错误代码：45033, 错误信息：user get card num is out of get_limit rid: ${RID}`, code: 45033, errmsg: 'user get card num is out of get_limit', rid: RID },
    { text: '错误代码:40056, 错误信息:invalid serial code', code: 40056, errmsg: 'invalid serial code' },
    {
      text: 'me.chanjar.weixin.common.error.WxErrorException: 错误代码：40078, 错误信息：invalid card status\n\tat me.chanjar.weixin.mp.api.impl.BaseWxMpServiceImpl.execute(BaseWxMpServiceImpl.java:420)',
      code: 40078,
      errmsg: 'invalid card status',
    },
    { text: '错误: Code=40013, Msg=invalid appid', code: 40013, errmsg: 'invalid appid' },
  ],
  wechatpy: [
    { text: `Error code: 40003, message: invalid openid rid: ${RID}`, code: 40003, errmsg: 'invalid openid', rid: RID },
    { text: 'wechatpy.exceptions.WeChatClientException: Error code: 45009, message: reach max api daily quota limit hint: [Zx81a0]', code: 45009, errmsg: 'reach max api daily quota limit' },
    { text: 'Error code: -1, message: system error', code: -1, errmsg: 'system error' },
    {
      text: `Error code: 40001, message: invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r rid: ${RID}`,
      code: 40001,
      errmsg: 'invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r',
      rid: RID,
    },
  ],
  Senparc: [
    { text: '微信 POST 请求发生错误！错误代码：45031，说明：stock is out of limit hint: [AbC123]', code: 45031, errmsg: 'stock is out of limit' },
    { text: `微信Post请求发生错误！错误代码：40099，说明：invalid code, this code has consumed. rid: ${RID}`, code: 40099, errmsg: 'invalid code, this code has consumed.', rid: RID },
    { text: '微信请求发生错误！错误代码：40003，说明：invalid openid hint: [2BZbQA00621527]', code: 40003, errmsg: 'invalid openid' },
    { text: '微信 GET 请求发生错误！错误代码:40073,说明:invalid card id', code: 40073, errmsg: 'invalid card id' },
  ],
  'EasyWeChat / node-easywechat': [
    {
      text: `Request access_token fail: {"errcode":40164,"errmsg":"invalid ip 198.51.100.23 ipv6 ::ffff:198.51.100.23, not in whitelist rid: ${RID}"}`,
      code: 40164,
      errmsg: 'invalid ip 198.51.100.23 ipv6 ::ffff:198.51.100.23, not in whitelist',
      rid: RID,
    },
    { text: 'Failed to get access_token: {"errcode":40125,"errmsg":"invalid appsecret, view more at http://t.cn/RAEkdVq hint: [MVpSma0994e544]"}', code: 40125, errmsg: 'invalid appsecret, view more at http://t.cn/RAEkdVq' },
    { text: 'Failed to get access_token: {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"}', code: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' },
  ],
  'silenceper/wechat': [
    { text: 'GetCardInfo Error , errcode=40073 , errmsg=invalid card id', code: 40073, errmsg: 'invalid card id' },
    { text: 'Code2Session error : errcode=40029 , errmsg=invalid code, hints: [ req_id: yn930a0760th41 ]', code: 40029, errmsg: 'invalid code' },
    { text: `get access_token error : errcode=40013 , errormsg=invalid appid rid: ${RID}`, code: 40013, errmsg: 'invalid appid', rid: RID },
    { text: 'UploadImage error : errcode=45009 , errmsg=reach max api daily quota limit', code: 45009, errmsg: 'reach max api daily quota limit' },
  ],
  'PHP SDKs': [
    { text: '错误码:45031, 错误信息:stock is out of limit', code: 45031, errmsg: 'stock is out of limit' },
    { text: `错误码：40078，错误信息：invalid card status rid: ${RID}`, code: 40078, errmsg: 'invalid card status', rid: RID },
  ],
  'WeChat JSON anywhere': [
    { text: '兑换失败：{"errcode":40099,"errmsg":"invalid code, this code has consumed."}，请重试', code: 40099, errmsg: 'invalid code, this code has consumed.' },
    { text: "WeChatException: {'errcode': 40125, 'errmsg': 'invalid appsecret hint: [MVpSma0994e544]'}", code: 40125, errmsg: 'invalid appsecret' },
    { text: 'upstream said {\\"errcode\\":45033,\\"errmsg\\":\\"user get card num is out of get_limit\\"}', code: 45033, errmsg: 'user get card num is out of get_limit' },
    { text: 'consume failed {"errcode":"43009","errmsg":"can not use custom code, need authorize"}', code: 43009, errmsg: 'can not use custom code, need authorize' },
    { text: '{"errcode":45031,"errmsg":"stock is out of limit \\u5e93\\u5b58"} (card pA1b2C3)', code: 45031, errmsg: 'stock is out of limit 库存' },
  ],
  "WeChat's errmsg alone (code recovered)": [
    { text: 'stock is out of limit', code: 45031, errmsg: 'stock is out of limit' },
    { text: `invalid serial code rid: ${RID}`, code: 40056, errmsg: 'invalid serial code', rid: RID },
    { text: 'invalid code, this code has consumed', code: 40099, errmsg: 'invalid code, this code has consumed' },
    { text: 'invalid card id! 1,card status must verify ok; 2,this card must have location_id', code: 40107, errmsg: 'invalid card id! 1,card status must verify ok; 2,this card must have location_id' },
    { text: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist hint: [a1]', code: 40164, errmsg: 'invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist' },
  ],
};

/**
 * Where a forwarded text travels, the HTTP status each carrier knows, and the back end's own envelope code
 * (issue 21 item 5: RuoYi's `code: 500` is the server's code, never an HTTP status).
 */
const CARRIERS: readonly [string, (text: string) => unknown, number | null, number | string | null][] = [
  ['a string', (text) => text, null, null],
  ['Error.message', (text) => new Error(text), null, null],
  ['a RuoYi envelope {code: 500, msg}', (text) => ({ code: 500, msg: text, data: null }), null, 500],
  ['an Ant Design Pro envelope (own errorCode)', (text) => ({ success: false, errorCode: 1001, errorMessage: text, showType: 2 }), null, 1001],
  ['a NestJS envelope', (text) => ({ statusCode: 500, message: text, error: 'Internal Server Error' }), 500, null],
  ['a Spring Boot error body', (text) => ({ timestamp: '2026-11-29T09:00:00.000+00:00', status: 500, error: 'Internal Server Error', message: text, path: '/api/card/consume' }), 500, null],
  ['Error.cause', (text) => new Error('核销失败', { cause: new Error(text) }), null, null],
  ['an umi BizError', (text) => Object.assign(new Error(text), { name: 'BizError', info: { success: false, errorCode: 'E_CONSUME', errorMessage: text, showType: 2 } }), null, 'E_CONSUME'],
  [
    'an axios error around a RuoYi body',
    (text) => Object.assign(new Error('Request failed with status code 500'), { isAxiosError: true, code: 'ERR_BAD_RESPONSE', response: { status: 500, data: { code: 500, msg: text } } }),
    500,
    500,
  ],
  [
    'an ofetch FetchError',
    (text) => Object.assign(new Error('[POST] "/api/card/consume": 500 Internal Server Error'), { name: 'FetchError', status: 500, statusCode: 500, data: { code: 500, msg: text } }),
    500,
    500,
  ],
];

describe.each(Object.entries(FAMILIES))('parseCardError: %s', (_family, cases) => {
  describe.each(CARRIERS)('in %s', (_carrier, wrap, status, serverCode) => {
    it.each(cases)('$text', ({ text, code, errmsg, rid = null }) => {
      expect(parseCardError(wrap(text))).toEqual({ code, errmsg, rid, origin: 'wechat', status, serverCode, requestId: null });
    });
  });
});

describe('parseCardError: co-wechat-api / wechat-api WeChatAPIError', () => {
  const error = (code: number, message: string) => Object.assign(new Error(message), { name: 'WeChatAPIError', code });
  it.each([
    [error(40056, 'invalid serial code'), 40056, 'invalid serial code'],
    [error(-1, 'system error'), -1, 'system error'],
    [error(45031, `stock is out of limit rid: ${RID}`), 45031, 'stock is out of limit'],
  ])('%s', (input, code, errmsg) => {
    expect(parseCardError(input)).toMatchObject({ code, errmsg, origin: 'wechat' });
    expect(parseCardError(new Error('failed', { cause: input })).code).toBe(code);
  });
});

describe('parseCardError: numbers that are not WeChat errcodes', () => {
  it.each([
    ['an order id', '订单 2026112900012345 核销失败'],
    ['a phone number and a date', '用户 13800138000 于 2026-11-29 12:00:00 领取失败'],
    ['a catalog-looking number in prose', 'card 45031 is sold out'],
    ['a curl error number (not a PHP SDK pair)', 'curl出错,错误码:7'],
    ['"invalid code", which WeChat also sends for 40029', 'invalid code'],
    ['a WeChat errmsg inside a sentence', 'The server says: stock is out of limit'],
    ["a back end's own capitalised sentence", 'Invalid args: name is required'],
    ['"system error"', 'system error'],
    ['a body cut short', '{"errcode": 4'],
    ['an HTTP status in an SDK-shaped text', 'Error code: 404, message: Not Found'],
  ])('%s gives no code', (_label, text) => {
    expect(parseCardError(text).code).toBeNull();
    expect(parseCardError({ code: 500, msg: text }).code).toBeNull();
  });

  it.each([
    ["RuoYi code 500 (HTTP-style): the server's code, not an HTTP status", { code: 500, msg: '服务器错误' }, { code: null, status: null, serverCode: 500, origin: 'http' }],
    ["Ant Design Pro's own errorCode", { success: false, errorCode: 1001, errorMessage: '订单不存在' }, { code: null, status: null, origin: 'unknown' }],
    ['a back end -1 ("failed")', { code: -1, msg: '操作失败' }, { code: null, origin: 'unknown' }],
    ['a back end round hundred 50000', { code: 50000, msg: '系统异常' }, { code: null, origin: 'unknown' }],
    // A number in WeChat's range with nothing from WeChat beside it: the back end's own (test/parse-evidence.test.ts).
    ['an envelope code in WeChat’s range, with its own words', { code: 45031, msg: '库存不足' }, { code: null, origin: 'unknown', errmsg: '库存不足' }],
    ['an envelope errCode that is a catalog code, with its own words', { errCode: 40099, errMsg: '已核销' }, { code: null, origin: 'unknown', errmsg: '已核销' }],
    ['an envelope code beside WeChat’s errmsg key', { code: 45031, errmsg: '库存不足' }, { code: 45031, origin: 'wechat' }],
    ['a number nested in data (an order id)', { code: 500, msg: 'x', data: 40099 }, { code: null, status: null, serverCode: 500 }],
    ['a bare number passed on its own', 500, { code: 500, origin: 'wechat' }],
  ])('%s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject(expected);
  });
});

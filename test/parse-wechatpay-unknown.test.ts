// Issue 22 item 3: an unknown WeChat Pay code, where the shape shows WeChat Pay sent it (an SDK's text, a v2
// answer, a Guzzle message from api.mch.weixin.qq.com, a wechatpay-go APIError), is WeChat Pay's and gets
// WeChat Pay's words by its HTTP status class; a bare `{code, message}` with an unlisted code stays the back end's.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeCardError, parseCardError } from '../src/index';
import { PAY_SAMPLES } from '../stories/support/payInputs';

const CODE = 'NEW_COUPON_RULE';
const MSG = '新的发券规则';
const java = (status: number) =>
  `com.wechat.pay.java.core.exception.ServiceException: Wrong HttpStatusCode[${status}]\nhttpResponseBody[{"code":"${CODE}","message":"${MSG}"}]\tHttpRequest[{"headers":{}}]`;
const go = (status: number) => `error http response:[StatusCode: ${status} Code: "${CODE}"\nMessage: ${MSG}\nHeader:\n - Request-Id=[08F0A1B2C3D4E5F6]\n]`;
const guzzle = (status: number) =>
  `${status < 500 ? 'Client' : 'Server'} error: \`POST https://api.mch.weixin.qq.com/v3/marketing/favor/users/o123/coupons\` resulted in a \`${status} X\` response:\n{"code":"${CODE}","message":"${MSG}"}`;
const axios = (status: number, data: unknown) => ({ isAxiosError: true, message: `Request failed with status code ${status}`, response: { status, data } });

const SHAPES: readonly [string, unknown, number | null][] = [
  ['wechatpay-java ServiceException at 400', java(400), 400],
  ['wechatpay-java ServiceException at 500', java(500), 500],
  ['wechatpay-java text in an Error inside axios at 502', axios(502, { msg: java(500) }), 500],
  ['wechatpay-go APIError text at 403', go(403), 403],
  ['wechatpay-go APIError struct at 503', { StatusCode: 503, code: CODE, message: MSG, Header: { 'Request-Id': ['08F0A1B2C3D4E5F6'] } }, 503],
  ['Guzzle from api.mch.weixin.qq.com at 403', guzzle(403), 403],
  ['Guzzle from api.mch.weixin.qq.com at 500', guzzle(500), 500],
  ['WxJava v3 toString', `WxPayException(customErrorMsg=null, returnCode=null, errCode=${CODE}, errCodeDes=${MSG}, xmlString=null)`, null],
  ['WxJava v2 text', `返回代码：SUCCESS，结果代码：FAIL，错误代码：${CODE}，错误详情：${MSG}`, null],
  ['v2 XML answer', `<xml><return_code><![CDATA[SUCCESS]]></return_code><result_code><![CDATA[FAIL]]></result_code><err_code><![CDATA[${CODE}]]></err_code><err_code_des><![CDATA[${MSG}]]></err_code_des></xml>`, null],
  ['v2 answer parsed', { return_code: 'SUCCESS', result_code: 'FAIL', err_code: CODE, err_code_des: MSG }, null],
];

describe('an unlisted code in a shape only WeChat Pay sends is WeChat Pay’s', () => {
  it.each(SHAPES)('%s', (_label, input, status) => {
    expect(parseCardError(input)).toMatchObject({ origin: 'wechatpay', code: CODE, status, errmsg: MSG });
  });

  it('reads a v2 err_code of digits alone as WeChat Pay’s in a v2 answer', () => {
    const input = { return_code: 'SUCCESS', result_code: 'FAIL', err_code: '268400001', err_code_des: MSG };
    expect(parseCardError(input)).toMatchObject({ origin: 'wechatpay', code: '268400001', errmsg: MSG });
  });
});

describe("an unlisted code without WeChat Pay's shape stays the back end's", () => {
  it.each([
    ['a bare object at 400', axios(400, { code: CODE, message: 'x' }), 400],
    ['BAD_REQUEST in a plain envelope', axios(400, { code: 'BAD_REQUEST', message: '请求参数有误' }), 400],
    ['INTERNAL_SERVER_ERROR as JSON text', axios(500, `{"code":"INTERNAL_SERVER_ERROR","message":"boom"}`), 500],
    ['Guzzle from the back end’s own host', guzzle(400).replace('api.mch.weixin.qq.com', 'api.example.com'), 400],
    ['Guzzle from a host that only contains WeChat Pay’s', guzzle(400).replace('api.mch.weixin.qq.com', 'api.mch.weixin.qq.com.evil.io'), 400],
    ['a v2-like object without result_code FAIL', { return_code: 'SUCCESS', result_code: 'SUCCESS', err_code: CODE }, null],
    ['digits alone in a v3 body', java(400).replace(CODE, '12345'), 400],
  ])('%s', (_label, input, status) => {
    expect(parseCardError(input)).toMatchObject({ origin: expect.not.stringMatching(/^wechatpay$/), status });
  });
});

type Words = { pay: Record<string, { message: string; hint: string; detail: string }> };
const words = (lng: string): Words => JSON.parse(readFileSync(`locales/${lng}/cardError.json`, 'utf8')) as Words;

describe.each(['en', 'zh-CN', 'zh-Hant'])('describeCardError in %s', (lng) => {
  afterEach(() => vi.restoreAllMocks());
  const pay = words(lng).pay;
  it.each([
    ['unknownClient', java(400), 'contactDeveloper', false],
    ['unknownServer', guzzle(503), 'retry', true],
    ['unknown', `返回代码：SUCCESS，结果代码：FAIL，错误代码：${CODE}，错误详情：${MSG}`, 'contactDeveloper', false],
  ] as const)('tells %s words, with WeChat Pay’s message in the details', (key, input, action, retryable) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const view = describeCardError(input, { lng });
    expect(view).toMatchObject({ origin: 'wechatpay', code: CODE, errmsg: MSG, action, retryable });
    expect(view.message).toBe(pay[key]?.message.replace('{{code}}', CODE));
    expect(view.hint).toBe(pay[key]?.hint);
  });

  it('warns the developer once per unknown code', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const code = `RULE_NEW_${lng.replace('-', '_').toUpperCase()}`;
    for (let i = 0; i < 2; i += 1) describeCardError(java(400).replace(CODE, code), { lng });
    expect(warn.mock.calls.filter(([text]) => String(text).includes(`Unknown WeChat Pay code ${code}:`))).toHaveLength(1);
  });
});

describe('the Catalog page’s unknown-code rows', () => {
  it('come from public inputs at 4xx, 5xx and without a status, told as WeChat Pay’s unknown code', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rows = PAY_SAMPLES.filter(({ id }) => id.startsWith(`${CODE} `));
    expect(rows.map(({ status }) => status)).toEqual([400, 500, null]);
    for (const { status, input } of rows) {
      expect(describeCardError(input, { lng: 'en' })).toMatchObject({ origin: 'wechatpay', code: CODE, status, known: false });
    }
    vi.restoreAllMocks();
  });
});

// Issue 22, defects a fresh tester found at the edges of WeChat Pay's shapes: a listed code whose message a
// back end left null, v2's communication-level failure (return_code FAIL), SDK texts whose code is not on the
// list (issue 22 item 3: WeChat Pay's in an SDK's text; without a code, the HTTP status kept), and a
// certificate serial number inside WeChat Pay's own message.
import { describe, expect, it } from 'vitest';
import { describeCardError, parseCardError } from '../src/index';

const forbidden = (data: unknown) => ({ isAxiosError: true, message: 'Request failed with status code 403', response: { status: 403, data } });
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

describe('a listed code in the v3 shape with its message null or empty is WeChat Pay’s', () => {
  it.each([
    ['message null at 403', forbidden({ code: 'NOT_ENOUGH', message: null })],
    ['message empty at 403', forbidden({ code: 'NOT_ENOUGH', message: '' })],
    ['message null at 401', { ...forbidden({ code: 'SIGN_ERROR', message: null }), response: { status: 401, data: { code: 'SIGN_ERROR', message: null } } }],
  ])('%s', (_label, input) => {
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ origin: 'wechatpay', errmsg: null });
    const view = describeCardError(input, { lng: 'zh-CN' });
    expect(view.message).not.toMatch(/权限|登录/);
  });

  it.each([
    ['BAD_REQUEST', 400],
    ['INTERNAL_SERVER_ERROR', 500],
    ['UNAUTHENTICATED', 401],
    ['ORDER_NOT_EXIST', 403],
  ])("a back end's own %s with message null stays the back end's", (code, status) => {
    const input = { ...forbidden(null), response: { status, data: { code, message: null } } };
    expect(parseCardError(input)).toMatchObject({ origin: 'http', status });
  });
});

describe('v2 return_code FAIL (communication-level) is WeChat Pay’s', () => {
  const raw = '<xml><return_code>FAIL</return_code><return_msg>签名错误</return_msg></xml>';
  const cdata = '<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[签名错误]]></return_msg></xml>';
  it.each([
    ['raw XML', raw],
    ['XML with CDATA', cdata],
    ['parsed object', { return_code: 'FAIL', return_msg: '签名错误' }],
    ['xml2js object', { xml: { return_code: ['FAIL'], return_msg: ['签名错误'] } }],
  ])('%s, 签名错误: SIGN_ERROR, errmsg = return_msg', (_label, input) => {
    expect(parseCardError(input)).toMatchObject({ origin: 'wechatpay', code: 'SIGN_ERROR', errmsg: '签名错误' });
    expect(describeCardError(input, { lng: 'en' }).action).toBe('contactDeveloper');
  });

  it('another return_msg: refused, for the developer, never the raw XML', () => {
    const input = '<xml><return_code>FAIL</return_code><return_msg>参数格式校验错误</return_msg></xml>';
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ origin: 'wechatpay', errmsg: '参数格式校验错误' });
    expect(describeCardError(input, { lng: 'en' }).action).toBe('contactDeveloper');
  });

  it('return_code SUCCESS without a failing result is no failure of WeChat Pay’s', () => {
    expect(parseCardError({ return_code: 'SUCCESS', return_msg: 'OK' }).origin).not.toBe('wechatpay');
  });
});

describe('an SDK text without a WeChat Pay code keeps its HTTP status', () => {
  it('an unlisted code in wechatpay-java’s text is WeChat Pay’s (issue 22 item 3), its request part never read', () => {
    const parsed = parseCardError('Wrong HttpStatusCode[400]\nhttpResponseBody[{"code":"SOME_NEW_CODE","message":"新错误"}]\tHttpRequest[{}]');
    expect(parsed).toMatchObject({ origin: 'wechatpay', status: 400, code: 'SOME_NEW_CODE', errmsg: '新错误' });
  });

  it.each([
    ['wechatpay-go, Code ""', 'error http response:[StatusCode: 502 Code: ""\nMessage: \n]', 502],
    ['Guzzle, a body without a message', 'Server error: `POST https://api.mch.weixin.qq.com/v3/x` resulted in a `503 Service Unavailable` response:\n{"code":"SOME_NEW_CODE"}', 503],
  ])('%s', (_label, input, status) => {
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ origin: 'http', status, code: null });
    expect(parsed.errmsg ?? '').not.toContain('HttpRequest');
  });
});

describe('a certificate serial number in WeChat Pay’s message is removed', () => {
  it.each([
    ['after 证书序列号', `证书序列号 ${SERIAL} 不匹配`],
    ['after serial', `serial ${SERIAL.slice(0, 20)} not found`],
    ['32+ hex digits alone', `平台证书 ${SERIAL.toLowerCase()} 已过期`],
  ])('%s', (_label, message) => {
    const parsed = parseCardError({ code: 'SIGN_ERROR', message });
    expect(parsed.origin).toBe('wechatpay');
    expect(parsed.errmsg).not.toMatch(/[0-9A-Fa-f]{16}/);
    expect(parsed.errmsg).toMatch(/证书|serial/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';
import { MAX_ERRMSG_LENGTH } from './helpers';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';

describe('parseCardError', () => {
  it.each([
    ['a number', 45031, 45031],
    ['a negative number', -1, -1],
    ['a numeric string with spaces', ' 45031 ', 45031],
    ['a response with a numeric errcode', { errcode: 40099, errmsg: 'x' }, 40099],
    ['a response with a string errcode', { errcode: '40099', errmsg: 'x' }, 40099],
    ['the JSON text of a response', '{"errcode":45031,"errmsg":"stock is out of limit"}', 45031],
    ['an Error carrying errcode', Object.assign(new Error('boom'), { errcode: 40013 }), 40013],
    ['an object with a numeric code', { code: 40056, message: 'invalid serial code' }, 40056],
    ['an axios error', { isAxiosError: true, code: 'ERR_BAD_RESPONSE', response: { status: 200, data: { errcode: 45033, errmsg: 'x' } } }, 45033],
    ['an Error whose cause is a response', new Error('failed', { cause: { errcode: 40127 } }), 40127],
    ['a fetch helper result', { data: { errcode: '43009' } }, 43009],
  ])('reads the errcode from %s', (_label, input, code) => {
    expect(parseCardError(input).code).toBe(code);
  });

  it('strips the hint and rid suffixes and keeps the rid', () => {
    const parsed = parseCardError({ errcode: 45031, errmsg: `stock is out of limit hint: [AbC123] rid: ${RID}` });
    expect(parsed).toEqual({ code: 45031, errmsg: 'stock is out of limit', rid: RID, origin: 'wechat', status: null, serverCode: null, requestId: null });
  });

  it('keeps the message of an Error and of an axios error without a WeChat body', () => {
    expect(parseCardError(new Error('Network Error'))).toEqual({
      code: null,
      errmsg: 'Network Error',
      rid: null,
      origin: 'unknown',
      status: null,
      serverCode: null,
      requestId: null,
    });
    expect(parseCardError({ isAxiosError: true, code: 'ERR_NETWORK', message: 'Network Error' }).code).toBeNull();
  });

  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a fraction', 4.5],
    ['an empty object', {}],
    ['an array', [45031]],
    ['a boolean', true],
    ['a symbol', Symbol('x')],
    ['a function', () => 45031],
    ['a string errcode with letters', { errcode: '4x' }],
    ['broken JSON', '{"errcode": 4'],
    ['a throwing getter', Object.defineProperty({}, 'errcode', { get: () => { throw new Error('no'); } })],
    ['a self-referencing object', (() => { const o: Record<string, unknown> = {}; o.cause = o; o.data = o; return o; })()],
    ['a proxy whose every read throws', new Proxy({}, { get: () => { throw new Error('no'); }, has: () => { throw new Error('no'); } })],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()],
    ['a proxy inventing a new object on every read', (() => { const make = (): object => new Proxy({}, { get: () => make() }); return make(); })()],
    ['an Error whose message getter throws', Object.defineProperty(new Error('x'), 'message', { get: () => { throw new Error('no'); } })],
    ['a cause cycle between two errors', (() => { const a = new Error('a'); const b = new Error('b', { cause: a }); Object.assign(a, { cause: b }); return a; })()],
  ];
  it.each(garbage)('never throws and gives no code for %s', (_label, input) => {
    expect(() => parseCardError(input)).not.toThrow();
    expect(parseCardError(input).code).toBeNull();
  });

  it('shortens a 1 MB string and still finds its rid', () => {
    const huge = `${'x'.repeat(1024 * 1024)} rid: ${RID}`;
    const parsed = parseCardError({ errcode: -1, errmsg: huge });
    expect(parsed.errmsg?.length).toBeLessThanOrEqual(MAX_ERRMSG_LENGTH);
    expect(parsed.rid).toBe(RID);
    expect(parseCardError('9'.repeat(1024 * 1024)).code).toBeNull();
  });
});

// The examples of issue 10, verbatim: each was misread before the parser learned origins and SDK texts.
describe('parseCardError: the examples of issue 10', () => {
  const ISSUE_RID = '6a1b2c3d-11112222-33334444';

  it("RuoYi answers code 500 with a WxJava text: 40099 from the text, 500 as the server's code, the rid kept", () => {
    const body = JSON.parse(
      '{"code": 500, "msg": "错误代码：40099, 错误信息：invalid code, this code has consumed. rid: 6a1b2c3d-11112222-33334444，微信原始报文：{\\"errcode\\":40099,\\"errmsg\\":\\"invalid code, this code has consumed. rid: 6a1b2c3d-11112222-33334444\\"}"}',
    ) as unknown;
    const expected = { code: 40099, errmsg: 'invalid code, this code has consumed.', rid: ISSUE_RID, origin: 'wechat', status: null, serverCode: 500, requestId: null };
    expect(parseCardError(body)).toEqual(expected);
    // The same body as axios delivers it: HTTP 200 is the status, 500 stays the server's own code (issue 21 item 5).
    expect(parseCardError({ isAxiosError: true, response: { status: 200, data: body } })).toEqual({ ...expected, status: 200 });
  });

  it("wechatpy's str(exc) is 40003", () => {
    expect(parseCardError('Error code: 40003, message: invalid openid rid: 6a1b2c3d-1111aaaa-2222bbbb')).toEqual({
      code: 40003,
      errmsg: 'invalid openid',
      rid: '6a1b2c3d-1111aaaa-2222bbbb',
      origin: 'wechat',
      status: null,
      serverCode: null,
      requestId: null,
    });
  });

  it("EasyWeChat 4's exception message is 40164, with the caller's IP kept in errmsg", () => {
    const parsed = parseCardError(
      'Request access_token fail: {"errcode":40164,"errmsg":"invalid ip 198.51.100.23 ipv6 ::ffff:198.51.100.23, not in whitelist rid: 6a1b2c3d-1111aaaa-2222bbbb"}',
    );
    expect(parsed).toMatchObject({ code: 40164, origin: 'wechat', rid: '6a1b2c3d-1111aaaa-2222bbbb' });
    expect(parsed.errmsg).toBe('invalid ip 198.51.100.23 ipv6 ::ffff:198.51.100.23, not in whitelist');
  });

  it("umi's BizError carries 40099 in info.errorCode", () => {
    const error = Object.assign(new Error('invalid code, this code has consumed.'), {
      name: 'BizError',
      info: { success: false, errorCode: 40099, errorMessage: 'invalid code, this code has consumed.', showType: 2 },
    });
    expect(parseCardError(error)).toMatchObject({ code: 40099, origin: 'wechat', errmsg: 'invalid code, this code has consumed.' });
  });

  it("axios offline (ERR_NETWORK, no response) is a network failure, not a WeChat text", () => {
    const error = Object.assign(new Error('Network Error'), { name: 'AxiosError', isAxiosError: true, code: 'ERR_NETWORK' });
    expect(parseCardError(error)).toEqual({ code: null, errmsg: 'Network Error', rid: null, origin: 'network', status: null, serverCode: null, requestId: null });
  });

  it('a DOMException AbortError is cancelled: its legacy .code 20 is no errcode', () => {
    const error = new DOMException('This operation was aborted', 'AbortError');
    expect(error.code).toBe(20);
    expect(parseCardError(error)).toMatchObject({ code: null, origin: 'cancelled', status: null });
  });

  it("nginx's 502 page is http 502 with its title as the text, never markup", () => {
    const html = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    const error = Object.assign(new Error('Request failed with status code 502'), {
      isAxiosError: true,
      code: 'ERR_BAD_RESPONSE',
      response: { status: 502, data: html },
    });
    expect(parseCardError(error)).toEqual({ code: null, errmsg: '502 Bad Gateway', rid: null, origin: 'http', status: 502, serverCode: null, requestId: null });
  });

  it.each([
    ['an expired session (axios 401)', { isAxiosError: true, code: 'ERR_BAD_REQUEST', response: { status: 401, data: { message: 'Unauthorized' } } }, 401],
    ["an envelope's 401", { code: 401, msg: '登录状态已过期' }, 401],
    ['a rate limit (429)', { isAxiosError: true, response: { status: 429, data: 'Too Many Requests' } }, 429],
  ])('%s is http with its status (or server code) and no code', (_label, input, status) => {
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ code: null, origin: 'http' });
    // An envelope's `code: 401` is the server's code, not an HTTP status (issue 21 item 5).
    expect(parsed.status ?? parsed.serverCode).toBe(status);
  });
});

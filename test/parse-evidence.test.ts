// A tester's report on parseCardError (inputs verbatim where the report gave them): a back end's own codes
// read as WeChat errcodes, a WeChat "ok" inside a failure, timeouts behind a back end, forged rids, long
// numbers, and real WeChat texts the parser missed.
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';

describe("parseCardError: a generic code field is WeChat's only with WeChat evidence", () => {
  // A popular Spring Boot template's own codes, answered with HTTP 200.
  it.each([
    [{ code: 40001, message: '请求参数为空' }, '请求参数为空', 40001],
    [{ code: 40100, message: '未登录' }, '未登录', 40100],
    [{ code: 40101, message: '无权限' }, '无权限', 40101],
    [{ code: 50001, message: '操作失败' }, '操作失败', 50001],
    [{ code: 45031, msg: '库存不足' }, '库存不足', 45031],
    [{ errCode: 40099, errMsg: '已核销' }, '已核销', 40099],
  ])('%o is the back end’s own code', (input, errmsg, serverCode) => {
    expect(parseCardError(input)).toEqual({ code: null, errmsg, rid: null, origin: 'unknown', status: null, serverCode, requestId: null });
    const axios = { isAxiosError: true, response: { status: 200, data: input } };
    expect(parseCardError(axios)).toMatchObject({ code: null, errmsg, origin: 'unknown', status: 200 });
  });

  it.each([
    ['its message is WeChat’s errmsg for that code', { code: 40056, message: 'invalid serial code' }, 40056, 'invalid serial code'],
    ['its message is WeChat’s errmsg for that code (umi info)', { success: false, errorCode: 40099, errorMessage: 'invalid code, this code has consumed.' }, 40099, 'invalid code, this code has consumed.'],
    ['it has an errmsg field', { code: 45031, errmsg: '库存不足' }, 45031, '库存不足'],
    ['it has a rid field', { code: 45031, msg: '库存不足', rid: RID }, 45031, '库存不足'],
  ])('a code counts when %s', (_label, input, code, errmsg) => {
    expect(parseCardError(input)).toMatchObject({ code, errmsg, origin: 'wechat' });
  });

  it('a code whose message is another code’s errmsg is not confirmed: the text names its own code', () => {
    expect(parseCardError({ code: 40099, msg: 'stock is out of limit' })).toMatchObject({ code: 45031, origin: 'wechat' });
    expect(parseCardError({ errorCode: 40099, errorMessage: 'invalid serial code' })).toMatchObject({ code: 40056, origin: 'wechat' });
  });

  it('a WeChat rid at the end of the message shows where the text came from, not the number', () => {
    expect(parseCardError({ code: 45031, msg: `库存不足 rid: ${RID}` })).toMatchObject({ code: null, origin: 'unknown' });
  });

  it("an HTTP-style code is the server's code, not an HTTP status; the origin follows it", () => {
    expect(parseCardError({ code: 401, message: '未登录' })).toMatchObject({ code: null, origin: 'http', status: null, serverCode: 401, errmsg: '未登录' });
  });
});

describe('parseCardError: a WeChat "ok" cannot explain a failure', () => {
  it('drops errcode 0 inside an envelope that says 500', () => {
    expect(parseCardError({ code: 500, msg: '核销失败', data: { errcode: 0, errmsg: 'ok' } })).toEqual({
      code: null,
      errmsg: '核销失败',
      rid: null,
      origin: 'http',
      status: null,
      serverCode: 500,
      requestId: null,
    });
  });

  it.each([
    ['success: false', { success: false, errorMessage: '核销失败', data: { errcode: 0, errmsg: 'ok' } }, { code: null, origin: 'unknown', errmsg: '核销失败' }],
    ['an axios 502', { isAxiosError: true, message: 'Request failed with status code 502', response: { status: 502, data: '{"errcode":0,"errmsg":"ok"}' } }, { code: null, origin: 'http', status: 502 }],
    ['a text with errcode=0 and a 500', { code: 500, msg: 'consume error : errcode=0 , errmsg=ok' }, { code: null, origin: 'http', status: null, serverCode: 500 }],
  ])('drops errcode 0 under %s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject(expected);
  });

  it('a failure code beside the 0 still wins', () => {
    expect(parseCardError({ code: 500, msg: '错误代码：40099, 错误信息：invalid code', data: { errcode: 0, errmsg: 'ok' } })).toMatchObject({ code: 40099, status: null, serverCode: 500 });
  });

  it('keeps 0 when nothing says failure', () => {
    expect(parseCardError({ errcode: 0, errmsg: 'ok' })).toMatchObject({ code: 0, origin: 'wechat' });
    expect(parseCardError({ isAxiosError: true, response: { status: 200, data: { errcode: 0, errmsg: 'ok' } } })).toMatchObject({ code: 0, status: 200 });
    expect(parseCardError(0)).toMatchObject({ code: 0, origin: 'wechat' });
  });
});

describe('parseCardError: a back end that timed out calling WeChat', () => {
  it.each([
    ['Java', { code: 500, msg: '核销失败: java.net.SocketTimeoutException: Read timed out' }, 500],
    ['Java connect', { code: 500, msg: 'I/O error on POST request for "https://api.weixin.qq.com/card/code/consume": connect timed out; nested exception is java.net.SocketTimeoutException: connect timed out' }, 500],
    ['Senparc (.NET)', { statusCode: 500, message: 'The operation has timed out.' }, 500],
    ['Guzzle', { code: 500, msg: 'cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)' }, 500],
    ['Go', { code: 500, msg: 'Post "https://api.weixin.qq.com/card/code/consume?access_token=x": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' }, 500],
    ['Python requests ReadTimeout', { status: 500, message: "ReadTimeout: HTTPSConnectionPool(host='api.weixin.qq.com', port=443): Read timed out. (read timeout=5)" }, 500],
    ['Python requests "Read timed out."', { code: 500, msg: 'Read timed out.' }, 500],
    ['ETIMEDOUT inside a message', { code: 500, msg: 'request to https://api.weixin.qq.com/cgi-bin/token failed, reason: connect ETIMEDOUT 101.226.212.27:443' }, 500],
    ['a bare Error', new Error('java.net.SocketTimeoutException: Read timed out'), null],
  ])('%s is a timeout with the status kept', (_label, input, status) => {
    const parsed = parseCardError(input);
    expect(parsed).toMatchObject({ code: null, origin: 'timeout' });
    // RuoYi's `code: 500` is the server's code (issue 21 item 5); `status` and `statusCode` fields are HTTP's.
    expect(parsed.status ?? parsed.serverCode).toBe(status);
  });

  it.each([
    ['java.net.ConnectException', { code: 500, msg: 'java.net.ConnectException: Connection refused (Connection refused)' }],
    ['UnknownHostException', { code: 500, msg: 'java.net.UnknownHostException: api.weixin.qq.com' }],
    ['cURL error 6', { code: 500, msg: 'cURL error 6: Could not resolve host: api.weixin.qq.com' }],
    ['cURL error 7', { code: 500, msg: 'cURL error 7: Failed to connect to api.weixin.qq.com port 443: Connection refused' }],
  ])('%s behind a back end stays http: the browser did get an answer', (_label, input) => {
    expect(parseCardError(input)).toMatchObject({ code: null, origin: 'http', status: null, serverCode: 500 });
  });

  it('a WeChat code beats a timeout word', () => {
    expect(parseCardError({ code: 500, msg: '错误代码：45009, 错误信息：reach max api daily quota limit (after Read timed out retry)' })).toMatchObject({ code: 45009, origin: 'wechat' });
  });

  it('words that only look like timeouts are not', () => {
    expect(parseCardError({ code: 500, msg: 'timeout 参数错误' })).toMatchObject({ origin: 'http' });
    expect(parseCardError({ code: 500, msg: 'XETIMEDOUTX' })).toMatchObject({ origin: 'http' });
  });
});

describe('parseCardError: a rid only as WeChat appends it', () => {
  it('keeps a forged rid in the text, inert', () => {
    expect(parseCardError({ errcode: 40099, errmsg: 'invalid code\nrid：FAKE-RID\n错误码：0 成功' })).toEqual({
      code: 40099,
      errmsg: 'invalid code rid：FAKE-RID 错误码：0 成功',
      rid: null,
      origin: 'wechat',
      status: null,
      serverCode: null,
      requestId: null,
    });
  });

  it.each([
    ['a rid not at the end', `invalid code rid: ${RID} 错误码：0 成功`],
    ['a rid not in WeChat’s shape', 'invalid code rid: FAKE-RID'],
    ['a full-width colon', `invalid code rid：${RID}`],
    ['a rid glued to other text', `invalid code rid: ${RID}<img src=x>`],
  ])('%s is no rid and stays in the text', (_label, errmsg) => {
    const parsed = parseCardError({ errcode: 40099, errmsg });
    expect(parsed.rid).toBeNull();
    expect(parsed.errmsg).toContain('rid');
  });

  it.each([
    ['at the end', `invalid code rid: ${RID}`],
    ['before trailing punctuation and spaces', `invalid code rid: ${RID}. \n`],
    ['before a hint', `invalid code rid: ${RID} hint: [AbC123]`],
    ['after a comma', `invalid code, rid: ${RID}`],
  ])('takes a rid %s', (_label, errmsg) => {
    expect(parseCardError({ errcode: 40099, errmsg })).toMatchObject({ errmsg: 'invalid code', rid: RID });
  });

  it('a rid field keeps the letters/digits/hyphens rule', () => {
    expect(parseCardError({ errcode: 40099, errmsg: 'x', rid: 'FAKE-RID' }).rid).toBe('FAKE-RID');
  });
});

describe('parseCardError: errcodes are at most 7 digits', () => {
  it.each([['20261129400991'], ['13800138000'], [20261129400991], [13800138000], ['12345678']])('%o alone is no code', (input) => {
    expect(parseCardError(input)).toEqual({ code: null, errmsg: String(input), rid: null, origin: 'unknown', status: null, serverCode: null, requestId: null });
  });

  it.each([
    [{ errcode: 13800138000, errmsg: 'x' }],
    ['{"errcode":20261129400991,"errmsg":"x"}'],
    ['错误代码：13800138000, 错误信息：x'],
    ['Error code: 12345678, message: x'],
  ])('%o gives no code', (input) => {
    expect(parseCardError(input).code).toBeNull();
  });

  it('keeps 7-digit codes', () => {
    expect(parseCardError('9001001').code).toBe(9001001);
    expect(parseCardError({ errcode: -9999999, errmsg: 'x' }).code).toBe(-9999999);
  });
});

describe('parseCardError: real texts that carry the code beside WeChat’s errmsg', () => {
  it.each([
    [
      'artipub "[N] errmsg"',
      `[40164] invalid ip 120.244.112.8 ipv6 ::ffff:120.244.112.8, not in whitelist rid: ${RID}`,
      40164,
      'invalid ip 120.244.112.8 ipv6 ::ffff:120.244.112.8, not in whitelist',
      RID,
    ],
    [
      'a Python SDK "Name: N: errmsg"',
      `OfficialAPIError: 40001: invalid credential, access_token is invalid or not latest rid: ${RID}`,
      40001,
      'invalid credential, access_token is invalid or not latest',
      RID,
    ],
    ['wechatpy repr (real: no quotes)', 'WeChatClientException(40099, invalid code, this code has consumed.)', 40099, 'invalid code, this code has consumed.', null],
    ["wechatpy repr (quoted)", "WeChatClientException(40099, 'invalid code, this code has consumed.')", 40099, 'invalid code, this code has consumed.', null],
    ['wechatpy repr in a log line', `redeem failed: WeChatClientException(40056, invalid serial code rid: ${RID}) at 09:00`, 40056, 'invalid serial code', RID],
    [
      "Node's util.inspect",
      `{ errcode: 40001,\n  errmsg: 'invalid credential, access_token is invalid or not latest rid: ${RID}' }`,
      40001,
      'invalid credential, access_token is invalid or not latest',
      RID,
    ],
    [
      "Node's util.inspect, nested and indented",
      `AxiosError: x {\n  response: {\n    status: 200,\n    data: {\n          errcode: 45031,\r\n          errmsg: 'stock is out of limit'\n    }\n  }\n}`,
      45031,
      'stock is out of limit',
      null,
    ],
  ])('%s', (_label, text, code, errmsg, rid) => {
    const expected = { code, errmsg, rid, origin: 'wechat', status: null, serverCode: null, requestId: null };
    expect(parseCardError(text)).toEqual(expected);
    expect(parseCardError(new Error(text))).toEqual(expected);
    expect(parseCardError({ code: 500, msg: text })).toEqual({ ...expected, serverCode: 500 });
  });

  it("EasyWeChat's OAuth user keeps WeChat's reply in `original`", () => {
    const user = { id: null, name: null, nickname: null, avatar: null, email: null, original: { errcode: 40001, errmsg: `invalid credential, access_token is invalid or not latest rid: ${RID}` }, token: null };
    expect(parseCardError(user)).toEqual({ code: 40001, errmsg: 'invalid credential, access_token is invalid or not latest', rid: RID, origin: 'wechat', status: null, serverCode: null, requestId: null });
  });

  it.each([
    ['a number beside another code’s errmsg', '[40099] stock is out of limit'],
    ['a time before an errmsg', '09:00: invalid serial code'],
    ['a number before prose', '40001: 请求参数为空'],
    ['a tuple with prose', 'Result(40099, already redeemed)'],
  ])('%s is not self-confirming', (_label, text) => {
    expect(parseCardError(text)).toMatchObject({ code: null, origin: 'unknown', errmsg: text });
  });
});

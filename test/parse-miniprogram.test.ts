// Issue 21 items 1–3: Mini Program / Taro / uni-app requests, payloads inside envelopes and arrays, and
// timeouts however they are said. Each example of the issue is a row here; the words are checked in every
// shipped language against the locale files.
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_LANGUAGES, describeCardError, parseCardError } from '../src/index';
import { kitWords } from './helpers';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const NGINX_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><h1>502 Bad Gateway</h1></body></html>\r\n';
/** A Cloudflare error page as the browser receives it (its title names the code). */
const cloudflare = (status: number, title: string) => ({
  isAxiosError: true,
  message: `Request failed with status code ${status}`,
  response: { status, data: `<!DOCTYPE html><html><head><title>shop.example.com | ${status}: ${title}</title></head><body></body></html>` },
});

describe('wx.request / Taro.request / uni.request fail callbacks (issue 21 item 1)', () => {
  it.each([
    // lei-mu/luch-request#153: the Mini Program's own errno beside the text.
    ['request:fail timeout (errno 5)', { errMsg: 'request:fail timeout', errno: 5 }, 'timeout'],
    ['request:fail socket time out :3000', { errMsg: 'request:fail socket time out :3000' }, 'timeout'],
    ['an Android net error that timed out', { errMsg: 'request:fail -118:net::ERR_CONNECTION_TIMED_OUT' }, 'timeout'],
    ['DNS', { errMsg: 'request:fail -105:net::ERR_NAME_NOT_RESOLVED', errno: 600001 }, 'network'],
    ['refused', { errMsg: 'request:fail errcode:-102 cronet_error_code:-102 error_msg:net::ERR_CONNECTION_REFUSED' }, 'network'],
    ['offline', { errMsg: 'request:fail -2:net::ERR_INTERNET_DISCONNECTED' }, 'network'],
    // codcodog/Blog#54.
    ['SSL', { errMsg: 'request:fail ssl hand shake error' }, 'network'],
    ['the app went to the background', { errMsg: 'request:fail interrupted' }, 'network'],
    ['RequestTask.abort()', { errMsg: 'request:fail abort' }, 'cancelled'],
    // dcloudio/uni-app#2073: nobody aborted it, the connection failed.
    ["uni-app's abort statusCode:-1", { errMsg: 'request:fail abort statusCode:-1' }, 'network'],
    ['a domain outside the allow-list', { errno: 600002, errMsg: 'request:fail url not in domain list' }, 'configuration'],
    ['the developer tools, in Chinese', { errMsg: 'request:fail https://shop.example.com 不在以下 request 合法域名列表中，请参考文档' }, 'configuration'],
    ['uploadFile', { errMsg: 'uploadFile:fail timeout' }, 'timeout'],
  ])('%s', (_label, input, origin) => {
    const parsed = parseCardError(input);
    // `errno` (5, 600001, 600002) is the Mini Program's own number, never WeChat's errcode.
    expect(parsed).toMatchObject({ code: null, origin, status: null, serverCode: null, rid: null });
    expect(parsed.errmsg).toBe(input.errMsg);
  });

  it.each(CARD_ERROR_LANGUAGES)('a Mini Program timeout gets the timeout words with Retry, in %s', (lng) => {
    const view = describeCardError({ errMsg: 'request:fail timeout', errno: 5 }, { lng });
    expect(view).toMatchObject({ origin: 'timeout', action: 'retry', retryable: true, message: kitWords(lng).origins.timeout.message });
  });

  it.each(CARD_ERROR_LANGUAGES)('a domain outside the allow-list goes to the developer, without Retry, in %s', (lng) => {
    const view = describeCardError({ errno: 600002, errMsg: 'request:fail url not in domain list' }, { lng });
    const words = kitWords(lng).origins.configuration;
    expect(view).toMatchObject({ origin: 'configuration', action: 'contactDeveloper', retryable: false, message: words.message, hint: words.hint });
  });

  it('a text that only mentions request:fail inside a sentence is no Mini Program failure', () => {
    expect(parseCardError({ errMsg: '调用 request:fail timeout 的说明' }).origin).toBe('unknown');
    expect(parseCardError({ message: 'request:fail timeout' }).origin).toBe('timeout');
  });
});

describe('wx.request success callbacks: an HTTP answer, read like axios (issue 21 item 1)', () => {
  const ok = (statusCode: number, data: unknown) => ({ statusCode, data, header: { 'Content-Type': 'application/json' }, cookies: [], errMsg: 'request:ok' });

  it.each([
    ['nginx 502', ok(502, NGINX_502), { origin: 'http', status: 502, errmsg: '502 Bad Gateway' }],
    ['RuoYi 500 in HTTP 200', ok(200, { code: 500, msg: '核销失败' }), { origin: 'http', status: 200, serverCode: 500, errmsg: '核销失败' }],
    ["WeChat's body forwarded", ok(200, { errcode: 40099, errmsg: `invalid code, this code has consumed. rid: ${RID}` }), { origin: 'wechat', code: 40099, rid: RID }],
    ['an empty 500', ok(500, {}), { origin: 'http', status: 500, errmsg: null }],
  ])('%s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject(expected);
  });
});

describe('payload fields and arrays (issue 21 item 2)', () => {
  const JEECG = { success: false, message: '核销失败', code: 500, result: { errcode: 40099, errmsg: 'invalid code, this code has consumed.' }, timestamp: 1764406800000 };
  const GRAPHQL = {
    errors: [{ message: `invalid code, this code has consumed. rid: ${RID}`, locations: [{ line: 2, column: 3 }], path: ['consumeCard'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    data: { consumeCard: null },
  };

  it.each([
    ['Jeecg result', JEECG, { code: 40099, origin: 'wechat', serverCode: 500, status: null }],
    ['Jeecg result in an axios HTTP 200', { isAxiosError: true, response: { status: 200, data: JEECG } }, { code: 40099, serverCode: 500, status: 200 }],
    ['GraphQL errors[]', GRAPHQL, { code: 40099, origin: 'wechat', rid: RID, errmsg: 'invalid code, this code has consumed.' }],
    ['GraphQL errors[] in an axios HTTP 200', { isAxiosError: true, response: { status: 200, data: GRAPHQL } }, { code: 40099, status: 200 }],
    ['details[] under an error object', { error: { code: 500, message: '核销失败', details: [{ errcode: 45031, errmsg: 'stock is out of limit' }] } }, { code: 45031, serverCode: 500 }],
    ['the first failure wins', { errors: [{ message: 'invalid code, this code has consumed.' }, { message: 'stock is out of limit' }] }, { code: 40099 }],
    ['errors[] of strings are messages', { errors: ['stock is out of limit'] }, { code: 45031 }],
  ])('%s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject(expected);
  });

  it.each(CARD_ERROR_LANGUAGES)('Jeecg and GraphQL show 40099’s own words, in %s', (lng) => {
    for (const input of [JEECG, GRAPHQL]) expect(describeCardError(input, { lng }).message).toBe(kitWords(lng).codes['40099'].message);
  });

  it('keeps the rules of evidence: a back end’s own number in a payload is no errcode', () => {
    expect(parseCardError({ code: 500, msg: '核销失败', result: { code: 40099, msg: '已核销' } })).toMatchObject({ code: null, serverCode: 500 });
    expect(parseCardError({ code: 500, msg: '核销失败', data: [40099, 45031] })).toMatchObject({ code: null });
    expect(parseCardError({ code: 500, msg: '核销失败', result: ['invalid code, this code has consumed.'] })).toMatchObject({ code: null });
  });

  it('reads a bounded breadth and depth', () => {
    const many = Array.from({ length: 1000 }, (_, i) => (i === 999 ? { errcode: 40099, errmsg: 'x' } : { message: `row ${i}` }));
    expect(parseCardError({ errors: many }).code).toBeNull();
    expect(parseCardError({ errors: many.slice(-8).reverse() }).code).toBe(40099);
    let deep: unknown = { errcode: 40099, errmsg: 'x' };
    for (let i = 0; i < 12; i += 1) deep = { errors: [deep] };
    expect(parseCardError(deep).code).toBeNull();
  });
});

describe('timeouts however they are said (issue 21 item 3)', () => {
  const at500 = (message: string) => ({ isAxiosError: true, message: 'Request failed with status code 500', response: { status: 500, data: { code: 500, msg: message } } });

  it.each([
    ["a back end's \"timeout for Nms\"", "Request#1 timeout for 5000ms, GET 'https://api.weixin.qq.com/card/code/get', -1"],
    ['timed out', 'upstream request timed out'],
    ['Read timed out', 'java.net.SocketTimeoutException: Read timed out'],
    ['超时', '调用微信接口超时'],
    ['请求超时', '请求超时'],
    ['逾時', '連線逾時，請稍後再試'],
  ])('%s at HTTP 500 is a timeout, the status kept', (_label, message) => {
    expect(parseCardError(at500(message))).toMatchObject({ code: null, origin: 'timeout', status: 500, serverCode: 500 });
  });

  it.each([['登录超时，请重新登录'], ['订单支付超时'], ['timeout 参数错误']])('%s is no transport timeout', (message) => {
    expect(parseCardError(at500(message)).origin).toBe('http');
  });

  it.each(CARD_ERROR_LANGUAGES)("the issue's 'timeout for 5000ms' at HTTP 500 says check first, in %s", (lng) => {
    const view = describeCardError(at500("Request#1 timeout for 5000ms, GET '…', -1"), { lng });
    expect(view.message).toBe(kitWords(lng).origins.timeout.message);
    expect(view.hint).toBe(kitWords(lng).origins.timeout.hint);
  });

  it.each(CARD_ERROR_LANGUAGES.flatMap((lng) => [
    { lng, status: 522, title: 'Connection timed out', words: 'gatewayTimeout' },
    { lng, status: 524, title: 'A timeout occurred', words: 'gatewayTimeout' },
    { lng, status: 520, title: 'Web server is returning an unknown error', words: 'unavailable' },
    { lng, status: 521, title: 'Web server is down', words: 'unavailable' },
    { lng, status: 523, title: 'Origin is unreachable', words: 'unavailable' },
  ] as const))('Cloudflare $status reads as $words, in $lng', ({ lng, status, title, words }) => {
    const view = describeCardError(cloudflare(status, title), { lng });
    expect(view).toMatchObject({ status, retryable: true, message: kitWords(lng).origins[words].message });
  });
});

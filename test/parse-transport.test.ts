// Issue 10 item 2: failures that never reached WeChat are told apart by origin, and code stays null.
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';

type ParsedCardError = ReturnType<typeof parseCardError>;

const axiosError = (message: string, extra: Record<string, unknown>) =>
  Object.assign(new Error(message), { name: 'AxiosError', isAxiosError: true, ...extra });
const nodeError = (code: string) => Object.assign(new Error(`connect ${code} 10.0.0.8:443`), { code });
const fetchError = (message: string, cause?: unknown) =>
  Object.assign(new Error(message, { cause }), { name: 'FetchError' });
const html = (title: string) => `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

type Expected = Partial<ParsedCardError>;

const TRANSPORT: readonly [string, unknown, Expected][] = [
  ['fetch aborted (DOMException AbortError, .code 20)', new DOMException('This operation was aborted', 'AbortError'), { origin: 'cancelled', errmsg: 'This operation was aborted' }],
  ['AbortSignal.timeout (DOMException TimeoutError, .code 23)', new DOMException('The operation timed out.', 'TimeoutError'), { origin: 'timeout' }],
  ['axios CanceledError', axiosError('canceled', { name: 'CanceledError', code: 'ERR_CANCELED', __CANCEL__: true }), { origin: 'cancelled' }],
  ['axios ERR_CANCELED alone', { code: 'ERR_CANCELED', message: 'canceled' }, { origin: 'cancelled' }],
  ['axios timeout (ECONNABORTED)', axiosError('timeout of 5000ms exceeded', { code: 'ECONNABORTED' }), { origin: 'timeout', errmsg: 'timeout of 5000ms exceeded' }],
  ['axios clarifyTimeoutError (ETIMEDOUT)', axiosError('timeout of 5000ms exceeded', { code: 'ETIMEDOUT' }), { origin: 'timeout' }],
  ['axios offline (ERR_NETWORK)', axiosError('Network Error', { code: 'ERR_NETWORK' }), { origin: 'network', errmsg: 'Network Error' }],
  ['Node ECONNREFUSED', nodeError('ECONNREFUSED'), { origin: 'network' }],
  ['Node ENOTFOUND', nodeError('ENOTFOUND'), { origin: 'network' }],
  ['Node ECONNRESET', nodeError('ECONNRESET'), { origin: 'network' }],
  ['Node EAI_AGAIN', nodeError('EAI_AGAIN'), { origin: 'network' }],
  ['Chromium fetch: TypeError Failed to fetch', new TypeError('Failed to fetch'), { origin: 'network', errmsg: 'Failed to fetch' }],
  ['Node fetch: TypeError fetch failed (cause ECONNREFUSED)', new TypeError('fetch failed', { cause: nodeError('ECONNREFUSED') }), { origin: 'network' }],
  ['Node fetch: connect timeout in the cause', new TypeError('fetch failed', { cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } }), { origin: 'timeout' }],
  ['Firefox fetch: NetworkError when attempting…', new TypeError('NetworkError when attempting to fetch resource.'), { origin: 'network' }],
  ['Safari fetch: Load failed', new TypeError('Load failed'), { origin: 'network' }],
  ['ofetch without a response (cause TypeError)', fetchError('[GET] "/api/cards": <no response> Failed to fetch', new TypeError('Failed to fetch')), { origin: 'network' }],
  ['ofetch timeout (cause TimeoutError)', fetchError('[GET] "/api/cards": <no response> The operation was aborted due to timeout', new DOMException('signal timed out', 'TimeoutError')), { origin: 'timeout' }],
  ['an app Error around an abort', new Error('加载失败', { cause: new DOMException('aborted', 'AbortError') }), { origin: 'cancelled' }],
];

const HTTP: readonly [string, unknown, Expected][] = [
  ['axios 401', axiosError('Request failed with status code 401', { code: 'ERR_BAD_REQUEST', response: { status: 401, data: { message: 'Unauthorized', statusCode: 401 } } }), { status: 401, errmsg: 'Unauthorized' }],
  ['axios 403 with a RuoYi body', axiosError('Request failed with status code 403', { response: { status: 403, data: { code: 403, msg: '没有权限，请联系管理员授权' } } }), { status: 403, errmsg: '没有权限，请联系管理员授权' }],
  ['axios 429 with a text body', axiosError('Request failed with status code 429', { response: { status: 429, data: 'Too Many Requests' } }), { status: 429, errmsg: 'Too Many Requests' }],
  ['axios 502 with nginx HTML', axiosError('Request failed with status code 502', { response: { status: 502, data: html('502 Bad Gateway') } }), { status: 502, errmsg: '502 Bad Gateway' }],
  ['axios 503 HTML with an entity', axiosError('Request failed with status code 503', { response: { status: 503, data: html('503 Service Temporarily Unavailable &amp; retry') } }), { status: 503, errmsg: '503 Service Temporarily Unavailable & retry' }],
  ['axios 504 HTML without a title', axiosError('Request failed with status code 504', { response: { status: 504, data: '<html><body><h1>504</h1></body></html>' } }), { status: 504, errmsg: 'Request failed with status code 504' }],
  ['a Response-like object', { status: 503, ok: false, statusText: 'Service Unavailable', url: 'https://shop.example/api' }, { status: 503, errmsg: 'Service Unavailable' }],
  ['a real fetch Response', new Response('upstream down', { status: 502, statusText: 'Bad Gateway' }), { status: 502, errmsg: 'Bad Gateway' }],
  ['ofetch FetchError 404', Object.assign(fetchError('[GET] "/api/cards/9": 404 Not Found'), { status: 404, statusCode: 404, data: { message: 'Card not found' } }), { status: 404, errmsg: 'Card not found' }],
  ['NestJS 403', { statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' }, { status: 403, errmsg: 'Forbidden resource' }],
  ['NestJS 400 validation (message array)', { statusCode: 400, message: ['cardId must be a string', 'code should not be empty'], error: 'Bad Request' }, { status: 400, errmsg: 'cardId must be a string; code should not be empty' }],
  ['Spring Boot 500', { timestamp: '2026-11-29T09:00:00.000+00:00', status: 500, error: 'Internal Server Error', message: 'No message available', path: '/api/card/consume' }, { status: 500, errmsg: 'No message available' }],
  ["an envelope's 401 inside HTTP 200", axiosError('x', { response: { status: 200, data: { code: 401, msg: '登录状态已过期' } } }), { status: 200, serverCode: 401, errmsg: '登录状态已过期' }],
  ['an HTML string passed directly', html('401 Authorization Required'), { status: null, origin: 'unknown', errmsg: '401 Authorization Required' }],
];

describe('parseCardError: transport failures', () => {
  it.each(TRANSPORT)('%s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject({ code: null, status: null, ...expected });
  });
});

describe('parseCardError: HTTP failures', () => {
  it.each(HTTP)('%s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject({ code: null, origin: 'http', rid: null, ...expected });
  });
});

describe('parseCardError: what wins', () => {
  it.each([
    ['a WeChat body inside an axios 500', axiosError('Request failed with status code 500', { response: { status: 500, data: { errcode: 45031, errmsg: 'stock is out of limit' } } }), { code: 45031, origin: 'wechat', status: 500 }],
    ['a WeChat text in an error with a socket code', Object.assign(new Error('错误代码：40099, 错误信息：invalid code, this code has consumed.'), { code: 'ECONNRESET' }), { code: 40099, origin: 'wechat' }],
    ['a WeChat errmsg forwarded with HTTP 500', axiosError('x', { response: { status: 500, data: { msg: 'stock is out of limit' } } }), { code: 45031, origin: 'wechat', status: 500 }],
    ['a back-end code inside HTTP 200', axiosError('x', { response: { status: 200, data: { code: 1001, msg: '订单不存在' } } }), { code: null, origin: 'unknown', status: 200, errmsg: '订单不存在' }],
    ['a TypeError from a bug', new TypeError("Cannot read properties of undefined (reading 'data')"), { code: null, origin: 'unknown' }],
    ['an Error with no clue', new Error('Something went wrong'), { code: null, origin: 'unknown', errmsg: 'Something went wrong' }],
    ['an HTML page hiding a WxJava text (Spring whitelabel page)', `<html><head><title>Error</title></head><body><div>错误代码：45031, 错误信息：stock is out of limit</div></body></html>`, { code: 45031, errmsg: 'stock is out of limit' }],
  ])('%s', (_label, input, expected) => {
    expect(parseCardError(input)).toMatchObject(expected);
  });
});

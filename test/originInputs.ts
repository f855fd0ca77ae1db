import type { CardErrorOriginCase } from './helpers';

/** An axios error as axios 1.x builds it: `name`, `code`, and `response` when the server answered. */
export function axiosError(message: string, code: string, response?: { status: number; data: unknown }): Error {
  return Object.assign(new Error(message), { name: 'AxiosError', code, isAxiosError: true, response });
}

/** axios' rejection for an HTTP error status (validateStatus: 2xx only). */
export const axiosStatus = (status: number, data: unknown) =>
  axiosError(`Request failed with status code ${status}`, status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE', {
    status,
    data,
  });

/** nginx's own error page, as a gateway in front of the merchant's back end serves it. */
export const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx/1.24.0</center>\r\n<script>alert(1)</script></body>\r\n</html>\r\n';

/**
 * One real-looking input per failure case without a WeChat errcode, as a dashboard's front end receives
 * it from axios or fetch. Exhaustive: a new case fails to compile until it has an input here.
 */
export const ORIGIN_CASE_INPUTS = {
  network: axiosError('Network Error', 'ERR_NETWORK'),
  timeout: new DOMException('signal timed out', 'TimeoutError'),
  cancelled: new DOMException('This operation was aborted', 'AbortError'),
  // wx.request's fail callback (also Taro.request's rejection) for a domain missing from the allow-list.
  configuration: { errno: 600002, errMsg: 'request:fail url not in domain list' },
  unauthorized: axiosStatus(401, { statusCode: 401, message: 'Unauthorized' }),
  forbidden: axiosStatus(403, { timestamp: '2026-11-29T09:00:00.000+00:00', status: 403, error: 'Forbidden', path: '/api/card/consume' }),
  rateLimited: axiosStatus(429, 'Too Many Requests'),
  unavailable: axiosStatus(502, NGINX_502),
  gatewayTimeout: axiosStatus(504, '<html><head><title>504 Gateway Time-out</title></head><body></body></html>'),
  serverError: axiosStatus(500, { timestamp: '2026-11-29T09:00:00.000+00:00', status: 500, error: 'Internal Server Error', path: '/api/card/consume' }),
  clientError: axiosStatus(404, { statusCode: 404, message: 'Cannot POST /api/card/consum', error: 'Not Found' }),
  unknown: new Error('Unexpected end of JSON input'),
} as const satisfies Record<CardErrorOriginCase, unknown>;

/** The origin and HTTP status each input above stands for. */
export const ORIGIN_CASE_EXPECTED = {
  network: { origin: 'network', status: null },
  timeout: { origin: 'timeout', status: null },
  cancelled: { origin: 'cancelled', status: null },
  configuration: { origin: 'configuration', status: null },
  unauthorized: { origin: 'http', status: 401 },
  forbidden: { origin: 'http', status: 403 },
  rateLimited: { origin: 'http', status: 429 },
  unavailable: { origin: 'http', status: 502 },
  gatewayTimeout: { origin: 'http', status: 504 },
  serverError: { origin: 'http', status: 500 },
  clientError: { origin: 'http', status: 404 },
  unknown: { origin: 'unknown', status: null },
} as const satisfies Record<CardErrorOriginCase, { origin: string; status: number | null }>;

/** Words that would claim WeChat answered: never in anything shown for a failure that did not reach it. */
export const WECHAT_ANSWERED = [/微信返回/, /WeChat returned/i, /WeChat's message/i, /What WeChat means/i, /微信的含义/];

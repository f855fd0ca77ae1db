import type { CardErrorOriginCase } from './kitWords';

/** An axios error as axios 1.x builds it; `response` when the merchant's server answered. */
function axiosError(message: string, code: string, response?: { status: number; data: unknown }): Error {
  return Object.assign(new Error(message), { name: 'AxiosError', code, isAxiosError: true, response });
}

const axiosStatus = (status: number, data: unknown) =>
  axiosError(`Request failed with status code ${status}`, status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE', { status, data });

/**
 * One failure per case of `ORIGIN_CASES` (kitWords.ts), as a dashboard's front end receives it from axios
 * or fetch. Exhaustive: a new case fails to compile until it has an example here, so the Catalog shows it.
 */
export const TRANSPORT_FAILURES = {
  network: axiosError('Network Error', 'ERR_NETWORK'),
  timeout: new DOMException('signal timed out', 'TimeoutError'),
  cancelled: new DOMException('This operation was aborted', 'AbortError'),
  // wx.request's fail callback (also Taro.request's rejection) for a domain missing from the allow-list.
  configuration: { errno: 600002, errMsg: 'request:fail url not in domain list' },
  unauthorized: axiosStatus(401, { statusCode: 401, message: 'Unauthorized' }),
  forbidden: axiosStatus(403, { status: 403, error: 'Forbidden', path: '/api/card/consume' }),
  rateLimited: axiosStatus(429, { statusCode: 429, message: 'ThrottlerException: Too Many Requests' }),
  unavailable: axiosStatus(502, '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>'),
  gatewayTimeout: axiosStatus(504, '<html><head><title>504 Gateway Time-out</title></head><body></body></html>'),
  serverError: axiosStatus(500, { status: 500, error: 'Internal Server Error', path: '/api/card/consume' }),
  clientError: axiosStatus(404, { statusCode: 404, message: 'Cannot POST /api/card/consum', error: 'Not Found' }),
  unknown: new Error('Unexpected end of JSON input'),
} as const satisfies Record<CardErrorOriginCase, unknown>;

// WeChat's body `{errcode, errmsg}` and an axios error around it are read without the walk (issue 19: a
// toast's route goes straight to the reader for its shape). The shortcut must find what the walk finds: the
// same input with one more field, which the walk ignores and the shortcut refuses, is read by the walk, and
// both results must be equal, for every field of the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_CODES, parseCardError } from '../src/index';

/** The input once more with a field no reader looks at: too much for the shortcut, so the walk reads it. */
function walked(input: object): unknown {
  const copy = input instanceof Error ? Object.assign(Object.create(Object.getPrototypeOf(input)), input, { message: input.message }) : { ...input };
  return Object.assign(copy, { unrelatedField: 1 });
}

const code = fc.oneof(fc.constantFrom(...CARD_ERROR_CODES), fc.integer({ min: -2, max: 10_000_001 }), fc.constantFrom(0, 1.5, -1, 200, 503));
const errmsg = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'reach max api daily quota limit rid: 6571d2b8-1c2f0a9e-3c1d6f44',
    'invalid serial code hint: [AbC123]',
    'invalid openid, see https://api.weixin.qq.com/card/get?access_token=SECRET&openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M',
    'Request failed with status code 500',
    '{"errcode":40001,"errmsg":"invalid credential"}',
    '<html><title>502 Bad Gateway</title></html>',
    'request:fail timeout',
    'SocketTimeoutException: Read timed out',
    'x'.repeat(3000),
  ),
);
const rid = fc.option(fc.oneof(fc.constantFrom('6571d2b8-1c2f0a9e-3c1d6f44', 'not a rid!'), fc.string({ maxLength: 12 })), { nil: undefined });
const body = fc.record({ errcode: code, errmsg: fc.option(errmsg, { nil: undefined }), rid }, { requiredKeys: ['errcode'] });
/** Texts that name an HTTP status of their own (WeChat Pay's SDKs: wechatpay-go, wechatpay-java): only the walk reads them. */
const SDK_TEXTS = ['error http response:[StatusCode: 503 Code: "SYSTEM_ERROR"', 'Wrong HttpStatusCode[502] httpResponseBody[{}]'];
const status = fc.oneof(fc.constantFrom(200, 400, 401, 403, 429, 500, 502, 504), fc.integer({ min: 0, max: 700 }));
const headers = fc.option(
  fc.oneof(
    fc.record({ 'content-type': fc.constant('application/json'), 'request-id': fc.oneof(fc.constant('08F1C0A8D0060F20A2B3C4D5E6F7'), fc.string({ maxLength: 10 })) }),
    fc.constant({ get: (name: string) => (name === 'Request-ID' ? '08A1B2C3D4E5F60718293A4B5C6D' : null) }),
  ),
  { nil: undefined },
);
const response = fc.record(
  { status, statusText: fc.constantFrom('OK', 'Bad Gateway', '', ...SDK_TEXTS), headers, data: body, config: fc.constant({ url: '/api/card?openid=o6_bmjrPTlm6_2sgVt7hMZOPfL2M' }) },
  { requiredKeys: ['data'] },
);
const wrapper = fc.record(
  {
    response,
    message: fc.oneof(status.map((n) => `Request failed with status code ${n}`), fc.constantFrom('Network Error', ...SDK_TEXTS)),
    name: fc.constantFrom('AxiosError', 'Error'),
    // A word beside no name is a back end's own code (serverCode); WeChat Pay's SYSTEM_ERROR with a message is its body.
    code: fc.constantFrom('ERR_BAD_RESPONSE', 'ERR_BAD_REQUEST', 'ECONNABORTED', 'SYSTEM_ERROR', 'A0400'),
    status: fc.option(status, { nil: null }),
    isAxiosError: fc.constant(true),
  },
  { requiredKeys: ['response'] },
);
/** As axios builds it: an Error with the fields set on it. */
const axiosError = wrapper.map(({ message, ...rest }) => Object.assign(new Error(message), rest));
/** axios 1.x's class: `toJSON` and `isAxiosError` on its prototype (lib/core/AxiosError.js). */
class AxiosLikeError extends Error {
  toJSON() {
    return { message: this.message };
  }
}
Object.defineProperty(AxiosLikeError.prototype, 'isAxiosError', { value: true });
const axiosClassError = wrapper.map(({ message, isAxiosError: _inherited, ...rest }) => Object.assign(new AxiosLikeError(message), rest));

describe('WeChat body and axios error without the walk (issue 19)', () => {
  it('reads the README interceptor input', () => {
    const input = { response: { status: 200, data: { errcode: 45009, errmsg: 'reach max api daily quota limit rid: 6571d2b8-1c2f0a9e-3c1d6f44' } } };
    expect(parseCardError(input)).toEqual({
      code: 45009,
      errmsg: 'reach max api daily quota limit',
      rid: '6571d2b8-1c2f0a9e-3c1d6f44',
      origin: 'wechat',
      status: 200,
      serverCode: null,
      requestId: null,
    });
  });

  it.each([
    ['a WeChat body', body],
    ['an axios-style plain object', wrapper],
    ['an axios Error', axiosError],
    ['an instance of an AxiosError-like class', axiosClassError],
  ] as const)('finds what the walk finds in %s', (_name, inputs) => {
    fc.assert(
      fc.property(inputs, (input: object) => {
        expect(parseCardError(input)).toEqual(parseCardError(walked(input)));
      }),
      { numRuns: 400 },
    );
  });
});

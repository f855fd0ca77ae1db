import { describe, expect, it } from 'vitest';
import { MAX_ERRMSG_LENGTH, parseCardError } from '../src/index';

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
    expect(parsed).toEqual({ code: 45031, errmsg: 'stock is out of limit', rid: RID });
  });

  it('keeps the message of an Error and of an axios error without a WeChat body', () => {
    expect(parseCardError(new Error('Network Error'))).toEqual({ code: null, errmsg: 'Network Error', rid: null });
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

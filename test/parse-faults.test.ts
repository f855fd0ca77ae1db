// Issue 21 item 6: the five faults a reliability probe found, each pinned by the input that showed it.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CARD_ERROR_LANGUAGES, describeCardError, parseCardError } from '../src/index';
import { kitWords, resetWarnings } from './helpers';

describe('outside text is shown and copied as it reads', () => {
  it.each([
    ['a lone high surrogate', 'invalid code\ud800 here', 'invalid code\ufffd here'],
    ['a lone low surrogate', '\udc00invalid code', '\ufffdinvalid code'],
    ['zero-width space and non-joiner', 'invalid\u200b co\u200cde', 'invalid code'],
    ['a zero-width joiner beside ASCII', 'in\u200dvalid', 'invalid'],
    ['word joiner, BOM, soft hyphen', '\ufeffin\u2060va\u00adlid', 'invalid'],
    // Tag characters spell a hidden ASCII text ("IGNORE") that a reader never sees.
    ['Unicode tag characters', `ok${[...'IGNORE'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}`, 'ok'],
    ['a Hangul filler', 'ok\u3164\u3164', 'ok'],
  ])('%s', (_label, errmsg, shown) => {
    expect(parseCardError({ errcode: 40099, errmsg }).errmsg).toBe(shown);
    expect(parseCardError({ code: 500, msg: errmsg }).errmsg).toBe(shown);
  });

  it('keeps whole surrogate pairs and emoji built with joiners', () => {
    expect(parseCardError({ errcode: 40099, errmsg: '库存 😀 👩‍👩‍👧 🇨🇳' }).errmsg).toBe('库存 😀 👩‍👩‍👧 🇨🇳');
  });
});

describe('no option, getter or toString makes a public function throw', () => {
  const throwing = () => {
    throw new Error('boom');
  };

  it.each([
    ['a getter lng', { get lng() { return throwing(); } }],
    ['a getter i18n', { get i18n() { return throwing(); } }],
    ['an lng whose toString throws', { lng: { toString: throwing } }],
    ['an lng whose toPrimitive throws', { lng: { [Symbol.toPrimitive]: throwing } }],
    ['options whose toString throws', Object.assign(Object.create(null), { toString: throwing })],
    ['a revoked proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })()],
    ['an i18n whose language getter throws', { i18n: { on() {}, isInitialized: true, store: { data: {} }, get language() { return throwing(); } } }],
  ])('describeCardError(45031, %s)', (_label, options) => {
    const view = describeCardError(45031, options as never);
    expect(view.message).toBe(kitWords('en').codes['45031'].message);
  });
});

describe('development warnings stay bounded', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    resetWarnings(); // counts only this test's warnings
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('100,000 distinct unknown codes print at most about a hundred lines', () => {
    for (let code = 1_000_000; code < 1_100_000; code += 1) describeCardError(code);
    expect(warn.mock.calls.length).toBeGreaterThan(1);
    expect(warn.mock.calls.length).toBeLessThanOrEqual(101);
    expect(String(warn.mock.calls.at(-1)?.[0])).toMatch(/further ones are not/);
  });
});

// One 50 MB body for every language (test/bench/fifty-mb.mjs prints how long it takes; no time is asserted).
const FIFTY_MB_BODY = 'java.lang.RuntimeException: at com.shop.Card.consume(Card.java:42)\n'.repeat(800_000);

describe.each(CARD_ERROR_LANGUAGES)('a 50 MB body in %s', (lng) => {
  it('is read up to the cap and still described', () => {
    const body = FIFTY_MB_BODY;
    const view = describeCardError({ isAxiosError: true, response: { status: 500, data: body } }, { lng });
    expect(view.message).toBe(kitWords(lng).origins.serverError.message);
    expect(view.errmsg?.length).toBeLessThanOrEqual(500);
  });
});

describe('a negative zero is WeChat 0, whatever was parsed before', () => {
  // Bare numbers share one result per number (a Map, where -0 and 0 are one key): the first spelling
  // seen used to be returned for both, so describeCardError(0) answered code -0 after a -0 anywhere.
  const inputs: Array<[string, unknown]> = [
    ['-0', -0],
    ['{ errcode: -0 }', { errcode: -0, errmsg: 'ok' }],
    ["'-0'", '-0'],
  ];
  it.each(inputs)('%s reads as code 0, and 0 read after it too', (_name, input) => {
    expect(Object.is(parseCardError(input).code, 0)).toBe(true);
    expect(Object.is(parseCardError(0).code, 0)).toBe(true);
    for (const lng of CARD_ERROR_LANGUAGES) expect(Object.is(describeCardError(0, { lng }).code, 0)).toBe(true);
  });
});

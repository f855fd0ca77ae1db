// Properties over random input (fast-check): text around a known format never changes the code found, text
// with no known format never yields one, the errmsg is always inert, and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_CODES, parseCardError } from '../src/index';
import { MAX_ERRMSG_LENGTH } from './helpers';

/** Known formats, as the SDKs write them (errmsgs without `<`, which an HTML-looking prefix could eat). */
const FORMATS: readonly [string, (code: number, errmsg: string) => string][] = [
  ['WxJava', (c, m) => `错误代码：${c}, 错误信息：${m}，微信原始报文：{"errcode":${c},"errmsg":"${m}"}`],
  ['WxJava without JSON', (c, m) => `错误代码:${c}, 错误信息:${m}`],
  ['wechatpy', (c, m) => `Error code: ${c}, message: ${m}`],
  ['Senparc', (c, m) => `微信 POST 请求发生错误！错误代码：${c}，说明：${m}`],
  ['EasyWeChat', (c, m) => `Failed to get access_token: {"errcode":${c},"errmsg":"${m}"}`],
  ['silenceper', (c, m) => `GetCard Error , errcode=${c} , errmsg=${m}`],
  ['PHP SDKs', (c, m) => `错误码:${c}, 错误信息:${m}`],
];
const ERRMSGS = ['stock is out of limit', 'invalid serial code hint: [AbC123]', 'invalid code rid: 6561a3f0-1b2c3d4e-5f6a7b8c', '系统繁忙'];

/** One printable ASCII character; one code point of any plane (lone surrogates included). */
const ASCII = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 });
const ANY = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
// WeChat sends no errcode in 100–599 (an SDK-shaped text with one is some other library's HTTP failure).
const code = fc.oneof(fc.constantFrom(...CARD_ERROR_CODES), fc.integer({ min: -1, max: 9_999_999 }).filter((n) => n < 100 || n > 599));
// Random text, joined to the format by a separator (a letter glued to "Error code:" would be another word).
const around = fc.string({ unit: fc.oneof(fc.constant(' '), fc.constant('\n'), fc.constant('：'), fc.constant('6'), ASCII, ANY), maxLength: 40 });
const carriers: readonly ((text: string) => unknown)[] = [
  (text) => text,
  (text) => new Error(text),
  (text) => ({ code: 500, msg: text }),
  (text) => ({ isAxiosError: true, response: { status: 502, data: { message: text } } }),
];
/** The carriers above whose status says failure. */
const FAILING_CARRIERS = new Set([2, 3]);

/** Words and numbers a back end's own message holds, none of them a known format when joined by spaces. */
const PROSE = fc.array(
  fc.oneof(
    fc.constantFrom('订单', '核销失败', '手机', 'code', 'errmsg', 'error', 'message', 'rid', 'hint', 'status', '错误', '代码', '说明', 'Error', 'invalid'),
    fc.constantFrom(':', '：', ',', '，', '=', '{', '}', '"', '[', ']', '-'),
    fc.constantFrom('40099', '45031', '-1', '500', '2026-11-29', '13800138000', '2026112900012345'),
    fc.integer({ min: -99_999, max: 99_999_999 }).map(String),
    fc.string({ maxLength: 8 }),
  ),
  { minLength: 2, maxLength: 12 },
).map((words) => words.join(' '));

describe('parseCardError: properties', () => {
  it.each(FORMATS)('random text around %s never changes the code found', (_name, format) => {
    fc.assert(
      fc.property(code, fc.constantFrom(...ERRMSGS), around, around, fc.nat(carriers.length - 1), (n, errmsg, before, after, carrier) => {
        const text = `${before} ${format(n, errmsg)} ${after}`;
        // WeChat's 0 ("ok") inside a carrier that reports a failure (500, 502) explains nothing: dropped.
        const expected = n === 0 && FAILING_CARRIERS.has(carrier) ? { code: null } : { code: n, origin: 'wechat' };
        expect(parseCardError(carriers[carrier]!(text))).toMatchObject(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('text with no known format never yields a code', () => {
    fc.assert(
      fc.property(fc.oneof(PROSE, fc.string(), fc.string({ unit: 'grapheme' })), fc.nat(carriers.length - 1), (text, carrier) => {
        // A number passed on its own is an errcode by the caller's choice: not prose.
        fc.pre(!/^\s*[+-]?\d+\s*$/.test(text));
        expect(parseCardError(carriers[carrier]!(text)).code).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('the errmsg is always inert, short and well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(ANY, fc.constantFrom('\n', '\x1b', '[', '\u202e', '\u2066', '\x9b', '\ud83d')), maxLength: 700 }), fc.nat(carriers.length - 1), (text, carrier) => {
        const { errmsg } = parseCardError(carriers[carrier]!(text));
        if (errmsg === null) return;
        expect(errmsg).not.toMatch(/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\s{2}|^\s|\s$/);
        expect(errmsg.length).toBeLessThanOrEqual(MAX_ERRMSG_LENGTH);
        // Lone surrogates from the input are the input's own; a cut never creates one at the end.
        if (errmsg.endsWith('…')) expect(errmsg.charCodeAt(errmsg.length - 2) >> 10).not.toBe(0xd800 >> 10);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true }), (input) => {
        const parsed = parseCardError(input);
        expect(parsed.origin === 'wechat').toBe(parsed.code !== null);
      }),
      { numRuns: 500 },
    );
  });
});

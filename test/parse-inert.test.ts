// Issue 10 "Bad input": text from outside is inert. No forged lines, no reordering, no escapes, a rid in
// WeChat's shape or none, and a cut that never splits a character and always ends with "…".
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';
import { MAX_ERRMSG_LENGTH } from './helpers';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const wechat = (errmsg: string) => parseCardError({ errcode: 45031, errmsg });
const server = (message: string) => parseCardError({ statusCode: 500, message });

/** Every C0/C1 control, DEL, and the bidi controls the issue names. */
const FORBIDDEN = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('parseCardError: inert errmsg', () => {
  it.each([
    ['newlines that would forge a details row', 'stock is out\nCode: 0\r\nof limit', 'stock is out Code: 0 of limit'],
    ['tabs, U+2028 and runs of spaces', 'stock\tis\u2028out   of  limit', 'stock is out of limit'],
    ['C0 controls and DEL', 'stock\x00 is\x07 out\x7f of limit', 'stock is out of limit'],
    ['C1 controls', 'stock\x85 is\x9d out of limit', 'stock is out of limit'],
    ['ANSI colour codes', '\x1b[31;1mstock is out of limit\x1b[0m', 'stock is out of limit'],
    ['a C1 CSI sequence', '\x9b2Jstock is out of limit', 'stock is out of limit'],
    ['an OSC 8 hyperlink', '\x1b]8;;https://evil.example\x07stock is out of limit\x1b]8;;\x07', 'stock is out of limit'],
    ['bidi overrides and isolates', '\u202estock\u202c is \u2066out\u2069 of \u200flimit\u200e\u061c', 'stock is out of limit'],
    ['every bidi embedding', '\u202a\u202b\u202d\u2067\u2068stock is out of limit', 'stock is out of limit'],
  ])('%s', (_label, raw, expected) => {
    expect(wechat(raw).errmsg).toBe(expected);
    expect(server(raw).errmsg).toBe(expected);
    expect(parseCardError(`Error code: 45031, message: ${raw.replace(/[\r\n\u2028]/g, ' ')}`).errmsg).toBe(expected);
  });

  it('keeps the text inert in every origin and every field', () => {
    const dirty = 'line one\n\x1b[2Kline\u202e two';
    for (const input of [dirty, new Error(dirty), new TypeError('Failed to fetch', { cause: dirty }), { code: 401, msg: dirty }]) {
      const { errmsg } = parseCardError(input);
      expect(errmsg).not.toMatch(FORBIDDEN);
      expect(errmsg).not.toMatch(/\s{2}/);
    }
  });

  it('turns text that is only controls and spaces into null, never a blank', () => {
    expect(wechat('\n\x1b[0m\u202e \t').errmsg).toBeNull();
    expect(parseCardError(new Error(' \r\n ')).errmsg).toBeNull();
  });
});

describe('parseCardError: cutting long text', () => {
  const expectCut = (errmsg: string | null) => {
    expect(errmsg).not.toBeNull();
    expect(errmsg!.length).toBeLessThanOrEqual(MAX_ERRMSG_LENGTH);
    expect(errmsg!.endsWith('…')).toBe(true);
    // No lone surrogate anywhere: a well-formed string survives a UTF-8 round trip unchanged.
    expect(new TextDecoder().decode(new TextEncoder().encode(errmsg!))).toBe(errmsg);
  };

  it('keeps text up to MAX_ERRMSG_LENGTH whole', () => {
    const text = 'x'.repeat(MAX_ERRMSG_LENGTH);
    expect(wechat(text).errmsg).toBe(text);
  });

  it.each([
    ['just over the limit', 'x'.repeat(MAX_ERRMSG_LENGTH + 1)],
    ['over 1,000 characters (once cut to 500 with no mark)', 'y'.repeat(1500)],
    ['1 MB', 'z'.repeat(1024 * 1024)],
  ])('cuts text %s and marks the cut', (_label, text) => {
    expectCut(wechat(text).errmsg);
    expectCut(server(text).errmsg);
  });

  it('never splits a surrogate pair', () => {
    for (let pad = 490; pad < 500; pad += 1) expectCut(wechat(`${'a'.repeat(pad)}${'😀'.repeat(20)}`).errmsg);
    // A 1 MB text whose window would end inside a pair.
    expectCut(wechat(`${'a'.repeat(1999)}${'😀'.repeat(600_000)}`).errmsg);
  });

  it('never splits a grapheme (an emoji ZWJ sequence, a flag, a combining accent)', () => {
    for (const grapheme of ['👩‍👩‍👧‍👦', '🇨🇳', 'e\u0301', '👍🏽']) {
      for (let pad = 485; pad < 500; pad += 1) {
        const errmsg = wechat(`${'a'.repeat(pad)}${grapheme.repeat(20)}`).errmsg!;
        expectCut(errmsg);
        const kept = errmsg.slice(pad, -1);
        expect(kept.length % grapheme.length, `${grapheme} at ${pad}`).toBe(0);
      }
    }
  });

  it("still finds the rid at the end of a 1 MB errmsg", () => {
    expect(wechat(`${'x'.repeat(1024 * 1024)} rid: ${RID}`).rid).toBe(RID);
  });
});

describe('parseCardError: rid', () => {
  it.each([
    ['WeChat’s shape, in errmsg', { errcode: 1, errmsg: `x rid: ${RID}` }, RID],
    ['WeChat’s shape, as a field', { errcode: 1, errmsg: 'x', rid: ` ${RID} ` }, RID],
    ['a field with a newline and a formula', { errcode: 1, rid: `${RID}\n=HYPERLINK("x")` }, null],
    ['a field with a bidi override', { errcode: 1, rid: `\u202e${RID}` }, null],
    ['a field over 100 characters', { errcode: 1, rid: 'a'.repeat(101) }, null],
    ['a field that is not a string', { errcode: 1, rid: 12345 }, null],
    ['a token in errmsg that goes on with other characters', { errcode: 1, errmsg: `x rid: ${RID}<img src=x>` }, null],
    ['a token in errmsg over 100 characters', { errcode: 1, errmsg: `x rid: ${'b'.repeat(150)}` }, null],
    ['a rid field on a back-end envelope', { code: 500, msg: 'x', rid: RID }, RID],
  ])('%s', (_label, input, rid) => {
    expect(parseCardError(input).rid).toBe(rid);
  });
});

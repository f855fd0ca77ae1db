import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CARD_ERROR_ACTIONS,
  CARD_ERROR_CATALOG,
  CARD_ERROR_CATEGORIES,
  CARD_ERROR_CODES,
  CARD_ERROR_SEVERITIES,
  describeCardError,
  type CardErrorCode,
} from '../src/index';
import { CODE_BY_LANGUAGE, HAN } from './helpers';

/** The 25 codes of WeChat's card-coupon return-code page (shared/seed). */
const SEED_CODES = [
  -1, 0, 40009, 40013, 40053, 40071, 40072, 40078, 40079, 40080, 40099, 40100, 40116, 40122, 40124,
  40127, 41012, 45030, 45031, 45033, 41011, 45021, 40056, 43009, 43010,
];

/** Every code of shared/reference/wechat-codes.tsv (82 distinct, all card-relevant). */
const REFERENCE_CODES = [
  -1, 0, 40009, 40013, 40053, 40071, 40072, 40078, 40079, 40080, 40099, 40100, 40116, 40122, 40124,
  40127, 41012, 45030, 45031, 45033, 41011, 45021, 40056, 43009, 43010, 40001, 40002, 40003, 40014,
  40033, 41001, 41002, 41004, 42001, 43002, 43003, 44002, 45009, 45011, 47001, 48001, 48004, 50002,
  40125, 40243, 40164, 89501, 89503, 89506, 89507, 61003, 61004, 61007, 61016, 61023, 61024, 50004,
  50007, 40097, 40070, 40073, 40075, 40107, 40109, 40110, 40111, 40135, 40136, 40139, 40145, 40146,
  40150, 40151, 40158, 41013, 43017, 43018, 45029, 45039, 45041, 45042, 45160,
];

/** The reference table itself, when this checkout sits beside shared/ (development and CI). */
const REFERENCE_TSV = resolve(process.cwd(), '../shared/reference/wechat-codes.tsv');

describe('catalog', () => {
  it('knows every code a card-coupon call is known to return', () => {
    expect(new Set(REFERENCE_CODES).size).toBe(82);
    expect(REFERENCE_CODES.filter((code) => !CARD_ERROR_CODES.includes(code as CardErrorCode))).toEqual([]);
  });

  it.skipIf(!existsSync(REFERENCE_TSV))('matches the reference table, code for code', () => {
    const tsvCodes = readFileSync(REFERENCE_TSV, 'utf8').trim().split('\n').slice(1).map((line) => Number(line.split('\t')[0]));
    expect([...new Set(tsvCodes)].sort((a, b) => a - b)).toEqual([...REFERENCE_CODES].sort((a, b) => a - b));
  });

  it('knows every code of the card-coupon return-code page', () => {
    for (const code of SEED_CODES) expect(CARD_ERROR_CODES, `errcode ${code}`).toContain(code);
  });

  it.each(CARD_ERROR_CODES)('gives %i a severity, action and category from the closed sets', (code) => {
    const entry = CARD_ERROR_CATALOG[code];
    expect(CARD_ERROR_SEVERITIES).toContain(entry.severity);
    expect(CARD_ERROR_ACTIONS).toContain(entry.action);
    expect(CARD_ERROR_CATEGORIES).toContain(entry.category);
    expect(typeof entry.retryable).toBe('boolean');
  });

  it('treats 0 as success and every other code as a failure', () => {
    expect(CARD_ERROR_CATALOG[0].severity).toBe('success');
    for (const code of CARD_ERROR_CODES.filter((c) => c !== 0)) {
      expect(CARD_ERROR_CATALOG[code].severity, `errcode ${code}`).not.toBe('success');
    }
  });

  it('says retrying helps when WeChat is busy, never for a redeemed code', () => {
    expect(CARD_ERROR_CATALOG[-1]).toMatchObject({ retryable: true, action: 'retry' });
    expect(CARD_ERROR_CATALOG[40099].retryable).toBe(false);
    expect(CARD_ERROR_CATALOG[45031].action).toBe('restock');
  });
});

describe.each(CODE_BY_LANGUAGE)('copy of errcode $code in $lng', ({ code, lng }) => {
  const view = describeCardError(code, { lng });

  it('is a known code with a message, a hint and a developer detail', () => {
    expect(view).toMatchObject({ code, known: true, lng });
    for (const text of [view.message, view.hint, view.detail]) {
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).not.toMatch(/codes\.-?\d|unknown\.[a-z]|\{\{/); // never a raw key or placeholder
    }
  });

  it(lng === 'zh-CN' ? 'is written in Chinese' : 'is written in English, with no Chinese', () => {
    for (const text of [view.message, view.hint]) {
      if (lng === 'zh-CN') expect(text).toMatch(HAN);
      else expect(text).not.toMatch(HAN);
    }
  });

  it('speaks to operators, not developers, in the message', () => {
    expect(view.message).not.toMatch(/illegal|invalid|不合法|请开发者|errmsg|card_id/i);
  });
});

describe('copy that the seed page got wrong', () => {
  it('says 40099 means already redeemed, not cancelled', () => {
    expect(describeCardError(40099, { lng: 'en' }).message).toMatch(/redeemed/i);
    expect(describeCardError(40099, { lng: 'en' }).message).not.toMatch(/cancel/i);
    expect(describeCardError(40099, { lng: 'zh-CN' }).message).toMatch(/核销/);
  });

  it('says 40124 is about too many custom fields', () => {
    expect(describeCardError(40124, { lng: 'en' }).message).toMatch(/custom fields/i);
    expect(describeCardError(40124, { lng: 'zh-CN' }).message).toMatch(/自定义/);
  });

  it('tells 40116 (wrong code) and 40056 (no such code on this card) apart', () => {
    for (const lng of ['en', 'zh-CN']) {
      expect(describeCardError(40116, { lng }).message).not.toBe(describeCardError(40056, { lng }).message);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCardErrors, describeCardError, resolveCardErrorLanguage } from '../src/index';
import { defineForTest } from './helpers';

import enFile from '../locales/en/cardError.json';
import zhFile from '../locales/zh-CN/cardError.json';
import hantFile from '../locales/zh-Hant/cardError.json';

// The fallback chain (issue 15): a key missing in zh-Hant shows zh-CN (a Hong Kong or Taiwan reader
// reads Simplified with effort, but reads it), a key missing in both shows English. The locale files
// are complete (test/locales.test.ts), so this test takes keys out of the objects the kit bundles
// (the same module objects as these imports) and puts them back afterwards, in their place in the
// file. Other test files share these objects (vite.config.ts, isolate: false): each change is counted
// (an empty definition and its removal), so no words the kit cached before or during this file outlive it.
type Codes = Record<string, { hint?: string; message: string }>;
const en = enFile.codes as Codes;
const zhCN = zhFile.codes as Codes;
const hant = hantFile.codes as Codes;
const removed = [
  [hant, '40099'], // zh-Hant only
  [hant, '45031'], // zh-Hant and zh-CN
  [zhCN, '45031'],
] as const;
const kept = removed.map(([codes, code]) => codes[code]?.hint);
const entries = removed.map(([codes, code]) => ({ ...codes[code] }));
/** Makes the kit rebuild its cached words, through its API: a definitions change is counted (src/i18n/revision.ts). */
const recount = () => defineCardErrors({})();
beforeAll(() => {
  for (const [codes, code] of removed) delete codes[code]?.hint;
  recount();
});
afterAll(() => {
  removed.forEach(([codes, code], i) => {
    const entry = codes[code] as Record<string, unknown>;
    for (const key of Object.keys(entry)) delete entry[key];
    Object.assign(entry, entries[i]);
  });
  recount();
});
const hint = (codes: Codes, code: string) => kept[removed.findIndex(([c, k]) => c === codes && k === code)] ?? codes[code]?.hint;

describe('language of a tag', () => {
  it.each([
    // Traditional: the script subtag, and the regions that write Traditional (any case, - or _).
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant', 'zh-Hant'],
    ['ZH-HANT', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-Hant-MO', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_Hant_HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-tw', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    // Simplified: no script or region, the Simplified script, and the regions that write Simplified.
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-Hans-TW', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('maps %s to %s', (tag, lng) => {
    expect(resolveCardErrorLanguage(tag)).toBe(lng);
    expect(describeCardError(40099, { lng: tag }).lng).toBe(lng);
  });
});

describe('fallback chain zh-Hant → zh-CN → en', () => {
  it.each(['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO'])('%s reads the Traditional copy where it has it', (tag) => {
    expect(describeCardError(40099, { lng: tag }).message).toBe(hant['40099']?.message);
  });

  it.each(['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO'])('%s: a key missing in zh-Hant shows zh-CN, not English', (tag) => {
    expect(describeCardError(40099, { lng: tag }).hint).toBe(hint(zhCN, '40099'));
  });

  it.each(['zh-Hant', 'zh-TW'])('%s: a key missing in zh-Hant and zh-CN shows English, never the key', (tag) => {
    expect(describeCardError(45031, { lng: tag }).hint).toBe(hint(en, '45031'));
  });

  it('zh-CN never reads Traditional (a key missing in zh-CN goes to English)', () => {
    expect(describeCardError(45031, { lng: 'zh-CN' }).hint).toBe(hint(en, '45031'));
    expect(describeCardError(40099, { lng: 'zh-CN' }).hint).toBe(hint(zhCN, '40099'));
  });
});

describe("a host's own code along the chain", () => {
  it('a code the host defines in en and zh-CN only reads its zh-CN words in zh-TW, not English', () => {
    defineForTest({ 930015: { severity: 'warning', copy: { en: { message: 'Branch closed.' }, 'zh-CN': { message: '门店已停业。' } } } });
    expect(describeCardError(930015, { lng: 'zh-TW' }).message).toBe('门店已停业。');
  });
});

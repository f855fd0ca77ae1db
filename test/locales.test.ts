import { describe, expect, it } from 'vitest';
import enFile from '../locales/en/cardError.json';
import zhFile from '../locales/zh-CN/cardError.json';
import hantFile from '../locales/zh-Hant/cardError.json';
import type { CardErrorLanguage } from '../src/index';
import { leaves, placeholders } from './helpers';

// `npm test` also runs `i18n-check` (missing keys, placeholder mismatches); this file checks what it
// does not: keys that exist in one file only, empty strings, and non-string leaves.



/** Every shipped language's file: a language added to CARD_ERROR_LANGUAGES fails to compile until it is here. */
const FILES = { en: enFile, 'zh-CN': zhFile, 'zh-Hant': hantFile } satisfies Record<CardErrorLanguage, unknown>;
const en = leaves(enFile);
const others = Object.entries(FILES).filter(([lng]) => lng !== 'en');

describe('locale files', () => {
  it.each(others)('%s holds exactly the keys of en', (lng, file) => {
    const keys = leaves(file);
    expect([...keys.keys()].filter((key) => !en.has(key)), `only in ${lng}`).toEqual([]);
    expect([...en.keys()].filter((key) => !keys.has(key)), `missing in ${lng}`).toEqual([]);
  });

  it.each(Object.entries(FILES))('%s has a non-empty string at every key', (_lng, file) => {
    const bad = [...leaves(file)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it.each(others)('%s uses the placeholders of en at every key', (_lng, file) => {
    const keys = leaves(file);
    const mismatched = [...en].filter(([key, value]) => placeholders(value).join() !== placeholders(keys.get(key)).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

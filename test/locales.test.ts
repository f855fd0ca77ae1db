import { describe, expect, it } from 'vitest';
import enFile from '../locales/en/cardError.json';
import zhFile from '../locales/zh-CN/cardError.json';

// `npm test` also runs `i18n-check` (missing keys, placeholder mismatches); this file checks what it
// does not: keys that exist in one file only, empty strings, and non-string leaves.

/** Every leaf of a locale file as `path → value`. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [leaf, v] of leaves(value, path ? `${path}.${key}` : key)) out.set(leaf, v);
    }
  } else {
    out.set(path, node);
  }
  return out;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const en = leaves(enFile);
  const zh = leaves(zhFile);

  it('hold exactly the same keys', () => {
    expect([...zh.keys()].filter((key) => !en.has(key)), 'only in zh-CN').toEqual([]);
    expect([...en.keys()].filter((key) => !zh.has(key)), 'only in en').toEqual([]);
  });

  it.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)('%s has a non-empty string at every key', (_lng, file) => {
    const bad = [...file].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...en].filter(([key, value]) => placeholders(value).join() !== placeholders(zh.get(key)).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

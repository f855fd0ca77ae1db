import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import enFile from '../locales/en/cardError.json';
import hantFile from '../locales/zh-Hant/cardError.json';
import { leaves, placeholders } from './helpers';

// The Traditional Chinese file for Hong Kong, Macau and Taiwan merchants (issue 15). Besides the
// checks every locale gets (same keys as en, no empty strings, same placeholders), its text must be
// Traditional throughout: a drafting tool or a copy-paste from zh-CN easily leaves a 库 or a 设置 behind.



// Simplified → Taiwan Traditional, applied one character at a time: a character that changes has a
// distinct Traditional form, so it is a simplified-only form (库 → 庫) or a non-standard variant
// (裏 → 裡). One character at a time, because whole-phrase conversion rewrites correct Traditional
// text (只能 → 隻能, 個中 → 箇中) and would need a long allow-list of its own mistakes.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Characters the converter changes that are nevertheless correct Traditional in our text: each is a
 * Traditional character in its own right and also the simplified form of another character.
 */
const ALLOWED: Record<string, string> = {
  台: '公眾平台, 第三方平台, 後台: WeChat\'s Traditional-Chinese consoles and common HK/TW usage write 平台 (臺 is only the formal TW variant)',
  干: '若干 ("a number of"), which is written 干 in Traditional; the converter maps it to 幹',
  准: '獲准 ("approved"): 准 is the Traditional character for "permit"; the converter maps it to 準',
};

/** The characters of `text` that are not Traditional, excluding the allow-list. */
function nonTraditional(text: string): string[] {
  return [...new Set([...text].filter((ch) => toTraditional(ch) !== ch && !(ch in ALLOWED)))];
}

const en = leaves(enFile);
const hant = leaves(hantFile);

describe('zh-Hant locale file', () => {
  it('holds exactly the keys of the English file, in the same order', () => {
    expect([...hant.keys()].filter((key) => !en.has(key)), 'only in zh-Hant').toEqual([]);
    expect([...en.keys()].filter((key) => !hant.has(key)), 'missing from zh-Hant').toEqual([]);
    expect([...hant.keys()]).toEqual([...en.keys()]);
  });

  it('has a non-empty string at every key', () => {
    const bad = [...hant].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders as English at every key', () => {
    const mismatched = [...en]
      .filter(([key, value]) => placeholders(value).join() !== placeholders(hant.get(key)).join())
      .map(([key, value]) => `${key}: en ${placeholders(value).join()} / zh-Hant ${placeholders(hant.get(key)).join()}`);
    expect(mismatched).toEqual([]);
  });

  it('is written in Traditional characters only', () => {
    const found = [...hant]
      .map(([key, value]) => [key, nonTraditional(String(value))] as const)
      .filter(([, chars]) => chars.length > 0)
      .map(([key, chars]) => `${key}: ${chars.join(' ')}`);
    expect(found).toEqual([]);
  });

  it('quotes with 「」 as Traditional Chinese typography does, not “”', () => {
    const curly = [...hant].filter(([, value]) => /[“”‘’]/.test(String(value))).map(([key]) => key);
    expect(curly).toEqual([]);
  });

  it('flags simplified text, so the Traditional check above can fail', () => {
    // The checker itself: zh-CN copy must trip it (里 included, though 里 is also Traditional for
    // "li"), and its Traditional counterpart must pass.
    expect(nonTraditional('请补充库存后再投放。')).toEqual(['请', '补', '库', '后']);
    expect(nonTraditional('提交的券码里有重复的。')).toEqual(['码', '里', '复']);
    expect(nonTraditional('請補充庫存後再投放。')).toEqual([]);
  });
});

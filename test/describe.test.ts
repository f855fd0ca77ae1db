import { describe, expect, it, vi } from 'vitest';
import { describeCardError, getCardErrorI18n } from '../src/index';
import { createHostI18n, defineForTest, HAN, resetWarnings } from './helpers';

describe('describeCardError', () => {
  it('describes a WeChat response for the operator, with the developer facts kept apart', () => {
    const view = describeCardError(
      { errcode: 45031, errmsg: 'stock is out of limit rid: 6561a3f0-1b2c3d4e-5f6a7b8c' },
      { lng: 'zh-CN' },
    );
    expect(view).toMatchObject({
      code: 45031,
      known: true,
      severity: 'warning',
      action: 'restock',
      retryable: false,
      errmsg: 'stock is out of limit',
      rid: '6561a3f0-1b2c3d4e-5f6a7b8c',
      lng: 'zh-CN',
    });
    expect(view.message).toMatch(/库存/);
  });

  it.each(['en', 'zh-CN'])('names an unknown code in a generic %s message, as an error', (lng) => {
    const view = describeCardError(987654, { lng });
    expect(view).toMatchObject({ code: 987654, known: false, severity: 'error' });
    expect(view.message).toContain('987654');
    expect(view.hint).not.toBe('');
  });

  it.each([null, undefined, {}, [], 'garbage', Number.NaN, '<b>x</b>'])('writes a non-empty message for %s', (input) => {
    for (const lng of ['en', 'zh-CN']) {
      const view = describeCardError(input, { lng });
      expect(view.code).toBeNull();
      expect(view.message.length).toBeGreaterThan(0);
      expect(view.hint.length).toBeGreaterThan(0);
    }
  });

  // Language tags → shipped language: the mapping table lives in test/language.test.ts.

  it("follows the kit instance's language when no lng is given", async () => {
    expect(describeCardError(40099).message).not.toMatch(HAN);
    await getCardErrorI18n().changeLanguage('zh-CN');
    expect(describeCardError(40099).message).toMatch(HAN);
  });

  it("uses a host instance's language and lets the host's own keys win", () => {
    const host = createHostI18n('zh-Hans', {
      'zh-Hans': { cardError: { codes: { 45031: { message: '券已经发完啦' } } } },
    });
    const view = describeCardError(45031, { i18n: host });
    expect(view.message).toBe('券已经发完啦');
    expect(view.hint).toMatch(HAN); // not overridden: the kit's zh-CN copy
    expect(host.t('title', { ns: 'app' })).toBe('Coupons'); // the host's own namespace untouched
  });

  it('never overwrites a key the host set before the kit attached', () => {
    const host = createHostI18n('en', { en: { cardError: { codes: { '-1': { message: 'Busy, hold on' } } } } });
    expect(describeCardError(-1, { i18n: host }).message).toBe('Busy, hold on');
  });

  it("skips a host's empty override, and keeps the kit's words when the host removes its bundles", () => {
    const host = createHostI18n('zh-CN');
    describeCardError(0, { i18n: host });
    host.addResourceBundle('zh-CN', 'cardError', { codes: { 40099: { message: '' } } }, true, true);
    const chinese = describeCardError(40099, { lng: 'zh-CN' }).message;
    expect(describeCardError(40099, { i18n: host }).message).toBe(chinese);
    host.removeResourceBundle('en', 'cardError');
    host.removeResourceBundle('zh-CN', 'cardError');
    expect(describeCardError(40099, { i18n: host }).message).toBe(chinese);
  });

  it('falls back to English when a Chinese string is missing (a code defined in English only)', () => {
    defineForTest({ 900010: { copy: { en: { message: 'Only in English.' } } } });
    expect(describeCardError(900010, { lng: 'zh-CN' }).message).toBe('Only in English.');
  });
});

describe('the unknown-code warning', () => {
  it('shows a defineCardErrors example with all three languages', () => {
    resetWarnings(); // this test counts its own warning
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    describeCardError(9_876_543);
    expect(String(warn.mock.calls[0]?.[0])).toContain("'zh-Hant': { message, hint }");
  });
});

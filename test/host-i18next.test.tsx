// Issue 12: the kit's words reach the screen whatever the host's i18next does. Each case here failed
// before the one language path (src/i18n/) unless its comment says otherwise.
import { act, render, screen } from '@testing-library/react';
import { createInstance, type InitOptions, type i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CARD_ERROR_LANGUAGES, CARD_ERROR_RESOURCES, CardErrorAlert, describeCardError } from '../src/index';
import { HAN, kitWords, resetWarnings } from './helpers';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetWarnings(); // each test counts its own warnings
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** A host's instance with its own namespace, initialised synchronously with `options` on top. */
function host(lng: string, options: InitOptions = {}): I18n {
  const i18n = createInstance();
  void i18n.init({ lng, fallbackLng: 'en', resources: { en: { app: { title: 'Coupons' } } }, initAsync: false, ...options });
  return i18n;
}

/** i18next configurations a host may have, each of which the kit's lookups must not depend on. */
const CONFIGS: Record<string, InitOptions> = {
  'keySeparator: false': { keySeparator: false },
  "keySeparator: '>'": { keySeparator: '>' },
  'nsSeparator: false': { nsSeparator: false },
  "nsSeparator: '::'": { nsSeparator: '::' },
  'interpolation { … }': { interpolation: { prefix: '{', suffix: '}' } },
  'interpolation __ … __': { interpolation: { prefix: '__', suffix: '__' } },
  'returnNull: true': { returnNull: true },
  'returnEmptyString: false': { returnEmptyString: false },
  "load: 'languageOnly'": { load: 'languageOnly' },
  'lowerCaseLng: true': { lowerCaseLng: true },
  'supportedLngs without en': { supportedLngs: ['zh-CN', 'zh-Hant', 'zh'], fallbackLng: 'zh-CN' },
};

describe.each(Object.entries(CONFIGS))('a host with %s', (_name, options) => {
  it.each(CARD_ERROR_LANGUAGES)('shows the kit’s words in %s, interpolated by the kit', (lng) => {
    const copy = kitWords(lng);
    const i18n = host(lng, options);
    const known = describeCardError(45031, { i18n });
    expect(known).toMatchObject({ known: true, message: copy.codes['45031'].message, hint: copy.codes['45031'].hint });
    const unknown = describeCardError(99999, { i18n });
    expect(unknown.message).toContain('99999');
    expect(unknown.message).not.toMatch(/[{}_]{2}|\{code\}/);
    const ip = describeCardError({ errcode: 40164, errmsg: 'invalid ip 203.0.113.7, not in whitelist' }, { i18n });
    expect(ip.detail).toContain('203.0.113.7');
    render(
      <I18nextProvider i18n={i18n}>
        <CardErrorAlert code={45031} onDismiss={() => {}} onAction={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: copy.severity.warning })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: copy.ui.dismiss })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: copy.action.restock })).toBeInTheDocument();
    // The unknown code's warning is expected; nothing else (no silent fallback to generic words).
    expect(warn.mock.calls.filter(([message]) => !/Unknown WeChat errcode/.test(String(message)))).toEqual([]);
  });
});

describe("a host in i18next's cimode (keys instead of words)", () => {
  it('shows English words, never raw keys', () => {
    const view = describeCardError(45031, { i18n: host('cimode') });
    expect(view.message).toBe(CARD_ERROR_RESOURCES.en.codes['45031'].message);
  });
});

const OVERRIDE = '这张券已经发完了';
/** The README's override, made shallow (`deep` false, as i18next defaults) or deep. */
const override = (i18n: I18n, deep: boolean) =>
  i18n.addResourceBundle('zh-CN', 'cardError', { codes: { 45031: { message: OVERRIDE } } }, deep, true);

describe.each([
  ['shallow', false],
  ['deep', true],
] as const)("the README's %s override", (_kind, deep) => {
  // Before: the shallow override made after first use replaced the whole `codes` object of the host's
  // zh-CN bundle, so every other code and 45031's hint fell back to English. Made before first use, or
  // deep, it already worked: pinned so it stays that way.
  it.each(['before', 'after'] as const)('made %s the kit first used the instance wins and wipes nothing', (when) => {
    const i18n = host('zh-CN');
    if (when === 'before') override(i18n, deep);
    describeCardError(40099, { i18n });
    if (when === 'after') override(i18n, deep);
    const zh = CARD_ERROR_RESOURCES['zh-CN'];
    expect(describeCardError(45031, { i18n })).toMatchObject({ message: OVERRIDE, hint: zh.codes['45031'].hint });
    expect(describeCardError(40099, { i18n }).message).toBe(zh.codes['40099'].message);
    render(
      <I18nextProvider i18n={i18n}>
        <CardErrorAlert code={40099} onDismiss={() => {}} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('button', { name: zh.ui.dismiss })).toBeInTheDocument();
  });
});

describe("a host key in the language's fallback chain", () => {
  it('wins over the kit’s words (zh-Hans-CN shown, override under zh)', () => {
    const i18n = host('zh-Hans-CN');
    i18n.addResourceBundle('zh', 'cardError', { codes: { 45031: { message: OVERRIDE } } });
    expect(describeCardError(45031, { i18n }).message).toBe(OVERRIDE);
  });
  it('wins over the kit’s words (en-GB shown, override under en)', () => {
    const i18n = host('en-GB');
    i18n.addResourceBundle('en', 'cardError', { codes: { 45031: { message: 'Sold out.' } } });
    expect(describeCardError(45031, { i18n }).message).toBe('Sold out.');
  });
});

/** Listeners registered on an i18next event emitter (the instance or its resource store). */
const listeners = (emitter: object) =>
  Object.values((emitter as { observers: Record<string, Map<unknown, number>> }).observers).reduce((sum, map) => sum + map.size, 0);

describe('a server that clones i18next per request (i18next-http-middleware)', () => {
  // A limit, not a timing assertion: 10,000 of i18next's own cloneInstance() take seconds on a loaded machine.
  it('adds no listener to the shared store over 10,000 cloneInstance() calls', { timeout: 60_000 }, () => {
    const shared = host('zh-CN');
    describeCardError(45031, { i18n: shared.cloneInstance() });
    const before = listeners(shared.store);
    for (let request = 0; request < 10_000; request += 1) {
      const clone = shared.cloneInstance({ lng: request % 2 ? 'en' : 'zh-CN' });
      describeCardError(45031, { i18n: clone });
    }
    expect(listeners(shared.store)).toBe(before);
    expect(describeCardError(45031, { i18n: shared.cloneInstance() }).message).toMatch(HAN);
  });
});

describe('a host instance that is not ready', () => {
  it('uninitialised: describeCardError does not throw, shows English and says why once', () => {
    const i18n = createInstance();
    expect(describeCardError(45031, { i18n }).message).toBe(CARD_ERROR_RESOURCES.en.codes['45031'].message);
    describeCardError(40099, { i18n });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/not initiali[sz]ed/);
  });

  it('uninitialised under I18nextProvider: the alert renders, then follows the host once it is ready', async () => {
    const i18n = createInstance();
    render(
      <I18nextProvider i18n={i18n}>
        <CardErrorAlert code={45031} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(CARD_ERROR_RESOURCES.en.codes['45031'].message);
    await act(() => i18n.init({ lng: 'zh-CN', resources: {}, initAsync: false }));
    expect(screen.getByRole('status')).toHaveTextContent(CARD_ERROR_RESOURCES['zh-CN'].codes['45031'].message);
  });

  it('half-initialised (init still running): no throw', () => {
    const i18n = createInstance();
    void i18n.init({ lng: 'zh-CN', resources: {} }); // initAsync: the rest happens on a later tick
    expect(() => describeCardError(45031, { i18n })).not.toThrow();
  });

  it('re-initialised: the kit keeps its words, and open alerts follow the new language', async () => {
    const i18n = host('en');
    render(
      <I18nextProvider i18n={i18n}>
        <CardErrorAlert code={45031} />
      </I18nextProvider>,
    );
    await act(() => i18n.init({ lng: 'zh-CN', resources: {}, initAsync: false }));
    expect(describeCardError(40099, { i18n }).message).toBe(CARD_ERROR_RESOURCES['zh-CN'].codes['40099'].message);
    expect(screen.getByRole('status')).toHaveTextContent(CARD_ERROR_RESOURCES['zh-CN'].codes['45031'].message);
  });
});

// `wechat-card-errors/bare` with a host whose i18next loads namespaces through a backend. A file of its
// own: the mock below makes every kit module see the bare build, which bundles no copy (vite.config.ts).
import { act, cleanup, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import en from '../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../locales/zh-CN/cardError.json' with { type: 'json' };
import zhHant from '../locales/zh-Hant/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from '../src/index';

// What the bare build keeps of the locale files (vite.config.ts): the English UI words, the loading lines.
vi.mock('../src/i18n/resources.js', async () => {
  const { bareWords } = await import('../.ci/bare-words.mjs');
  const KIT_WORDS = { en: bareWords('en', en), 'zh-CN': bareWords('zh-CN', zhCN), 'zh-Hant': bareWords('zh-Hant', zhHant) };
  return { CARD_ERROR_NS: 'cardError', KIT_WORDS, CARD_ERROR_RESOURCES: {} };
});
// The bare build swaps src/i18n/lazy.ts for lazy.bare.ts: no language loads on first use.
vi.mock('../src/i18n/lazy.js', () => ({ STATIC_WORDS: {}, LAZY_WORDS: {} }));
// test/setup.ts has loaded the kit with its copy already: load it again, now without.
vi.resetModules();
const { CARD_ERROR_LANGUAGES, CARD_ERROR_RESOURCES, CardErrorAlert, resolveCardErrorLanguage } = await import('../src/index');
const { resetWarnings } = await import('./helpers');

const COPY = { en, 'zh-CN': zhCN, 'zh-Hant': zhHant } satisfies Record<CardErrorLanguage, typeof en>;
const OTHER = { en: 'zh-CN', 'zh-CN': 'en', 'zh-Hant': 'zh-CN' } as const satisfies Record<CardErrorLanguage, CardErrorLanguage>;
/** A host language tag that reads as each kit language, not the kit's own tag. */
const HOST_TAG = { en: 'en-GB', 'zh-CN': 'zh-Hans', 'zh-Hant': 'zh-HK' } as const satisfies Record<CardErrorLanguage, string>;

/**
 * A host as the README's backend example sets it up, listing only its own namespace: nothing but the
 * kit's first render asks for `cardError`. Records which files the backend was asked for.
 */
async function hostWithBackend(lng: string) {
  const requested: string[] = [];
  const host = createInstance().use(
    resourcesToBackend(async (language: string, ns: string) => {
      requested.push(`${language}/${ns}`);
      return ns === 'cardError' ? COPY[resolveCardErrorLanguage(language)] : { title: 'Coupons' };
    }),
  );
  await host.init({ lng, fallbackLng: false, ns: ['app'], defaultNS: 'app' });
  /** The kit languages whose file the backend was asked for. */
  const kitFiles = () => new Set(requested.filter((file) => file.endsWith('/cardError')).map((file) => resolveCardErrorLanguage(file.split('/')[0])));
  return { host, kitFiles };
}

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;
beforeEach(() => {
  resetWarnings(); // each test counts its own warnings
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error');
});
afterEach(() => {
  const errors = error.mock.calls.map((call) => String(call[0]));
  cleanup();
  vi.restoreAllMocks();
  // Regression: before its words arrive, React warned that the details rows, keyed by their (empty)
  // labels, shared a key. React says so once per component type, so every test checks.
  expect(errors).toEqual([]);
});

it('runs against a kit without bundled copy, as /bare is', () => {
  expect(CARD_ERROR_RESOURCES).toEqual({});
});

describe.each(CARD_ERROR_LANGUAGES)('/bare with a host backend, in %s', (lng) => {
  const copy = COPY[lng];

  it("loads the kit's namespace on first render, only in the language in use, and shows its words", async () => {
    const { host, kitFiles } = await hostWithBackend(HOST_TAG[lng]);
    expect(kitFiles().size).toBe(0);
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={40099} onDismiss={() => {}} />
      </I18nextProvider>,
    );
    expect(await screen.findByText(copy.codes['40099'].message)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(copy.codes['40099'].hint);
    expect(screen.getByRole('button', { name: copy.ui.dismiss })).toBeInTheDocument();
    // Only the host's own hierarchy: zh-HK is zh-HK then zh, and i18next loads both (zh reads zh-CN).
    expect(kitFiles()).toEqual(new Set(host.languages.map(resolveCardErrorLanguage)));
    expect(kitFiles().has(lng)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('loads the language of an `lng` prop that differs from the host', async () => {
    const other = OTHER[lng];
    const { host, kitFiles } = await hostWithBackend(lng);
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={45031} lng={other} />
      </I18nextProvider>,
    );
    expect(await screen.findByText(COPY[other].codes['45031'].message)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: COPY[other].severity.warning })).toBeInTheDocument();
    expect(kitFiles().has(other)).toBe(true);
  });
});

describe('/bare with no words loaded at all', () => {
  it('shows the errcode instead of a blank and tells the developer what to load, once', async () => {
    const host = createInstance();
    await host.init({ lng: 'zh-CN', resources: { 'zh-CN': { app: { title: '卡券' } } }, ns: ['app'], defaultNS: 'app' });
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={40099} />
        <CardErrorAlert code={45031} />
      </I18nextProvider>,
    );
    expect(screen.getAllByRole('status').map((alert) => alert.textContent)).toEqual([
      expect.stringContaining('40099'),
      expect.stringContaining('45031'),
    ]);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]?.[0]).toMatch(/no "cardError" words are loaded for zh-CN.*locales\/<lng>\/cardError\.json/);
  });
});

/** A host whose backend answers `cardError` with `answer` (a promise that may never settle, or fail). */
async function hostWaitingFor(lng: string, answer: () => Promise<object>) {
  const host = createInstance().use(resourcesToBackend((_lng: string, ns: string) => (ns === 'cardError' ? answer() : Promise.resolve({}))));
  await host.init({ lng, fallbackLng: false, ns: ['app'], defaultNS: 'app' });
  return host;
}

const NEVER = () => new Promise<object>(() => {});
const FAILING = () => Promise.reject(new Error('chunk failed to load'));

// Issue 12: a toast with a button fired before the words arrived, or after their chunk failed,
// threw inside Radix's ToastAction (altText undefined) and blanked the app; an alert showed an unnamed
// action button, an empty details summary and an empty copy button. Both failed before the fix.
describe.each([
  ['while the words load', NEVER],
  ['after their load failed', FAILING],
] as const)('/bare %s', (when, answer) => {
  it.each(CARD_ERROR_LANGUAGES)('a toast with Retry and an alert with an action are whole, in %s', async (lng) => {
    const { CardErrorToaster, toastCardError, dismissCardErrorToast } = await import('../src/index');
    dismissCardErrorToast();
    const host = await hostWaitingFor(lng, answer);
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={45031} onAction={() => {}} />
        <CardErrorToaster />
      </I18nextProvider>,
    );
    await act(async () => {
      toastCardError(-1, { onRetry: () => {} });
    });
    const words = (key: 'retry' | 'restock' | 'details' | 'copy') =>
      new RegExp(`^(${[en, COPY[lng]].map((copy) => (key === 'retry' ? copy.toast.retry : key === 'restock' ? copy.action.restock : copy.ui[key])).join('|')})$`);
    expect(screen.getByRole('button', { name: words('retry') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: words('restock') })).toBeInTheDocument();
    expect(screen.getAllByText(words('details')).length).toBeGreaterThan(0);
    // The copy buttons are built when the details open: open the alert's and the toast's.
    const toggles = screen.getAllByRole('button', { expanded: false });
    expect(toggles).toHaveLength(2);
    for (const toggle of toggles) await act(async () => toggle.click());
    expect(screen.getAllByRole('button', { name: words('copy') })).toHaveLength(2);
    const message = document.querySelector('.cek-alert [data-slot="message"]')?.textContent ?? '';
    expect(message).toEqual(when === 'while the words load' ? COPY[lng].ui.loading : expect.stringContaining('45031'));
    if (when === 'after their load failed') {
      await vi.waitFor(() => expect(warn).toHaveBeenCalled());
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/no "cardError" words are loaded for/);
    }
  });
});

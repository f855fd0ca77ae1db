// `wechat-card-errors/bare` with a host whose i18next loads namespaces through a backend. A file of its
// own: the mock below makes every kit module see the bare build, which bundles no copy (vite.config.ts).
import { cleanup, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import en from '../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../locales/zh-CN/cardError.json' with { type: 'json' };
import type { CardErrorLanguage } from '../src/index';

vi.mock('../src/i18n/resources.js', () => ({ CARD_ERROR_NS: 'cardError', BUNDLED_RESOURCES: {}, CARD_ERROR_RESOURCES: {} }));
// test/setup.ts has loaded the kit with its copy already: load it again, now without.
vi.resetModules();
const { CARD_ERROR_LANGUAGES, CARD_ERROR_RESOURCES, CardErrorAlert, resolveCardErrorLanguage } = await import('../src/index');

const COPY = { en, 'zh-CN': zhCN } satisfies Record<CardErrorLanguage, typeof en>;
const OTHER = { en: 'zh-CN', 'zh-CN': 'en' } as const satisfies Record<CardErrorLanguage, CardErrorLanguage>;

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
    const { host, kitFiles } = await hostWithBackend(lng === 'zh-CN' ? 'zh-Hans' : 'en-GB');
    expect(kitFiles().size).toBe(0);
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={40099} onDismiss={() => {}} />
      </I18nextProvider>,
    );
    expect(await screen.findByText(copy.codes['40099'].message)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(copy.codes['40099'].hint);
    expect(screen.getByRole('button', { name: copy.ui.dismiss })).toBeInTheDocument();
    expect(kitFiles()).toEqual(new Set([lng]));
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

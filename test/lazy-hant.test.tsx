// The main entry bundles en and zh-CN and loads zh-Hant's words on first use (src/i18n/load.ts): until
// they arrive a zh-Hant language shows zh-CN (its fallback chain), never a blank or a key, then every
// component shows the Traditional words. A file of its own: test/setup.ts has preloaded zh-Hant, so the
// kit is loaded again in fresh modules, with a loader this test resolves when it chooses.
import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import en from '../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../locales/zh-CN/cardError.json' with { type: 'json' };
import zhHant from '../locales/zh-Hant/cardError.json' with { type: 'json' };

let arrive: (words: typeof zhHant) => void = () => {};
const loader = vi.fn(() => new Promise<typeof zhHant>((resolve) => (arrive = resolve)));
vi.doMock('../src/i18n/lazy.js', () => ({ STATIC_WORDS: {}, LAZY_WORDS: { 'zh-Hant': loader } }));
vi.resetModules();
const { CARD_ERROR_RESOURCES, CardErrorAlert, describeCardError, loadCardErrorLanguage } = await import('../src/index');

// 45031 reads differently in each language (checked below), so the test can tell which one shows.
const CODE = '45031';

describe('zh-Hant loads on first use', () => {
  it('a zh-TW alert shows zh-CN first, then Traditional once the load resolves, never a raw key', async () => {
    expect(new Set([en, zhCN, zhHant].map((copy) => copy.codes[CODE].message)).size).toBe(3);
    expect(CARD_ERROR_RESOURCES['zh-Hant']).toBeUndefined();
    expect(describeCardError(Number(CODE), { lng: 'zh-TW' }).message).toBe(zhCN.codes[CODE].message);

    const { container: alert } = render(<CardErrorAlert error={{ errcode: Number(CODE), errmsg: 'invalid' }} lng="zh-TW" />);
    expect(alert).toHaveTextContent(zhCN.codes[CODE].message);
    expect(alert).toHaveTextContent(zhCN.codes[CODE].hint);
    expect(alert.textContent).not.toMatch(/codes\.|ui\.|\{\{/);
    expect(loader).toHaveBeenCalledTimes(1);

    await act(async () => {
      arrive(zhHant);
      await loadCardErrorLanguage('zh-HK');
    });
    expect(alert).toHaveTextContent(zhHant.codes[CODE].message);
    expect(alert).toHaveTextContent(zhHant.codes[CODE].hint);
    expect(alert).not.toHaveTextContent(zhCN.codes[CODE].message);
    expect(alert.textContent).not.toMatch(/codes\.|ui\.|\{\{/);
    expect(CARD_ERROR_RESOURCES['zh-Hant']).toBe(zhHant);
    expect(describeCardError(Number(CODE), { lng: 'zh-TW' }).message).toBe(zhHant.codes[CODE].message);
    expect(loader).toHaveBeenCalledTimes(1);
    // Loaded now: asked again, it resolves without loading again.
    await expect(loadCardErrorLanguage('zh-Hant')).resolves.toBeUndefined();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  // Leaves zh-Hant alone: the test above must be the first to ask for it, whichever order the tests run in.
  it('loadCardErrorLanguage resolves at once for the bundled languages and never rejects', async () => {
    await expect(loadCardErrorLanguage('en')).resolves.toBeUndefined();
    await expect(loadCardErrorLanguage('zh-CN')).resolves.toBeUndefined();
  });
});

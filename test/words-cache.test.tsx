// Issue 19: the words are built once per i18next instance and language and shared by every alert and
// `describeCardError`; a revision counter decides when they are rebuilt. The trap this pins: a host that
// changes its words while nothing is mounted (nothing subscribed) must see them at the next mount, never
// the words cached before. Each case failed with the cache counting only while something was subscribed.
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CARD_ERROR_LANGUAGES,
  CARD_ERROR_RESOURCES,
  CardErrorAlert,
  defineCardErrors,
  describeCardError,
  loadCardErrorLanguage,
} from '../src/index';
import { createHostI18n } from './helpers';

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((remove) => remove()));
// zh-Hant's words load on first use in the main entry: loaded up front, so each language shows its own.
beforeAll(() => loadCardErrorLanguage('zh-Hant'));

/** Mounts one alert of 45031 under the host's provider, reads its message, unmounts it. */
function mountedMessage(i18n: ReturnType<typeof createHostI18n>): string {
  const { unmount } = render(
    <I18nextProvider i18n={i18n}>
      <CardErrorAlert code={45031} />
    </I18nextProvider>,
  );
  const text = screen.getByRole('status').querySelector('[data-slot="message"]')?.textContent ?? '';
  unmount();
  return text;
}

describe.each(CARD_ERROR_LANGUAGES)('a host in %s that changes words while nothing is mounted', (lng) => {
  const kit = () => CARD_ERROR_RESOURCES[lng]!.codes['45031'].message;

  it('sees its addResourceBundle at the next mount, and the kit’s words again after removeResourceBundle', () => {
    const i18n = createHostI18n(lng);
    expect(mountedMessage(i18n)).toBe(kit());
    i18n.addResourceBundle(lng, 'cardError', { codes: { 45031: { message: 'Sold out: restock first.' } } }, true, true);
    expect(mountedMessage(i18n)).toBe('Sold out: restock first.');
    expect(describeCardError(45031, { i18n }).message).toBe('Sold out: restock first.');
    i18n.removeResourceBundle(lng, 'cardError');
    expect(mountedMessage(i18n)).toBe(kit());
    expect(describeCardError(45031, { i18n }).message).toBe(kit());
  });

  it('sees a defineCardErrors call and its removal at the next mount', () => {
    const i18n = createHostI18n(lng);
    expect(mountedMessage(i18n)).toBe(kit());
    // Kept in `undo` until removed here, so a failed expectation leaves no definition behind.
    undo.push(defineCardErrors({ 45031: { copy: { [lng]: { message: 'Defined: restock first.' } } } }));
    expect(mountedMessage(i18n)).toBe('Defined: restock first.');
    undo.pop()?.();
    expect(mountedMessage(i18n)).toBe(kit());
  });
});

describe('a mounted alert while its words are rebuilt', () => {
  it('goes from the host’s words back to the kit’s, never blank nor a raw key', () => {
    const i18n = createHostI18n('zh-CN');
    const kit = CARD_ERROR_RESOURCES['zh-CN'].codes['45031'];
    render(
      <I18nextProvider i18n={i18n}>
        <CardErrorAlert code={45031} />
      </I18nextProvider>,
    );
    const shown = () => screen.getByRole('status').querySelector('[data-slot="message"]')?.textContent;
    act(() => void i18n.addResourceBundle('zh-CN', 'cardError', { codes: { 45031: { message: '已领完，请先补充库存。' } } }, true, true));
    expect(shown()).toBe('已领完，请先补充库存。');
    // Removing the host's bundle rebuilds the words from the kit's own, in the same commit.
    act(() => void i18n.removeResourceBundle('zh-CN', 'cardError'));
    expect(shown()).toBe(kit.message);
    expect(screen.getByRole('status')).toHaveTextContent(kit.hint);
  });
});

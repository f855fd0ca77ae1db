import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CARD_ERROR_RESOURCES,
  CardErrorToaster,
  describeCardError,
  toastCardError,
} from '../src/index';
import type { ComponentProps } from 'react';
import { listen, speakFor } from './toastSpeech';
import { useToastClock } from './toastClock';

// Issue 13: toasts on a phone, focus that comes back, every announcement in its language, spoken once.

const EN = CARD_ERROR_RESOURCES.en.toast;
const ZH = CARD_ERROR_RESOURCES['zh-CN'].toast;
const withCount = (template: string, count: number) => template.replace('{{count}}', count.toLocaleString('en'));

/** jsdom has no matchMedia: a window of `width` px answers the toaster's max-width query. */
function screenWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: Number(/max-width:\s*(\d+)px/.exec(query)?.[1] ?? 0) >= width,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

let speech: ReturnType<typeof listen>;
useToastClock();

beforeEach(() => {
  speech = listen();
});

afterEach(() => {
  speech.stop();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('lang');
});

function setup(props: ComponentProps<typeof CardErrorToaster> = {}) {
  const user = userEvent.setup({ delay: null });
  render(
    <>
      <input aria-label="Code to redeem" />
      <CardErrorToaster {...props} />
    </>,
  );
  return user;
}

const fire = (input: unknown, options?: Parameters<typeof toastCardError>[1]) =>
  act(async () => {
    toastCardError(input, options);
  });
/** Radix moves focus to the toasts on F8, read from `KeyboardEvent.code`. */
const pressF8 = () => act(() => void fireEvent.keyDown(document.activeElement ?? document, { key: 'F8', code: 'F8' }));
const toasts = () => screen.queryAllByRole('listitem').filter((node) => node.dataset.slot !== 'summary');
const summary = () => screen.queryAllByRole('listitem').find((node) => node.dataset.slot === 'summary');

describe('"N more" and dismiss-all', () => {
  it('shows 3 toasts and one summary that counts every other failure, and closes them all', async () => {
    const user = setup();
    for (let i = 0; i < 10_000; i += 1) toastCardError({ errcode: 900_000 + i });
    await act(async () => {});
    expect(toasts()).toHaveLength(3);
    expect(summary()).toHaveTextContent(withCount(EN.more, 9_997));
    expect(summary()).toHaveTextContent(withCount(EN.moreLabel, 9_997));
    await user.click(within(summary() as HTMLElement).getByRole('button', { name: EN.closeAll }));
    expect(toasts()).toHaveLength(0);
    expect(summary()).toBeUndefined();
  });

  it('shows one toast at a time on a 375 px screen, with the summary in the toaster language', async () => {
    screenWidth(375);
    setup({ lng: 'zh-CN' });
    await fire(40013);
    await fire(40056);
    await fire(40056, { key: 'again' });
    expect(toasts()).toHaveLength(1);
    expect(summary()).toHaveTextContent(ZH.more.replace('{{count}}', '2'));
    expect(summary()).toHaveAttribute('lang', 'zh-CN');
  });

  it('shows no summary when everything fits', async () => {
    setup();
    await fire(40013);
    expect(summary()).toBeUndefined();
  });
});

describe('announcements', () => {
  it("carry the toast's language, also when the page's lang is another", async () => {
    document.documentElement.lang = 'en';
    setup({ lng: 'zh-CN' });
    await fire(40013);
    await fire(45031, { lng: 'en' });
    await speakFor(12_000);
    const heard = speech.heard();
    expect(heard.map(({ lang }) => lang)).toEqual(['zh-CN', 'en']);
    expect(heard[0]?.text).toContain(describeCardError(40013, { lng: 'zh-CN' }).message);
    expect(heard[1]?.text).toContain(describeCardError(45031, { lng: 'en' }).message);
  });

  it('speaks errors that arrive together one after another, each once', async () => {
    setup();
    const codes = [40013, 40056, 40070];
    for (const code of codes) toastCardError(code);
    await act(async () => {});
    await speakFor(200);
    // Never two assertive texts at once: a reader may speak only the last.
    expect(document.querySelectorAll('[aria-live="assertive"] > span')).toHaveLength(1);
    await speakFor(20_000);
    const messages = speech.heard().map(({ text }) => codes.findIndex((code) => text.includes(describeCardError(code).message)));
    expect(messages).toEqual([0, 1, 2]);
    expect(speech.heard().every(({ live }) => live === 'assertive')).toBe(true);
  });

  it("speaks a retry's outcome once", async () => {
    const user = setup();
    await fire(-1, { onRetry: () => Promise.resolve({ errcode: 45031 }) });
    await speakFor(8000);
    await user.click(screen.getByRole('button', { name: EN.retry }));
    await speakFor(8000);
    const outcome = describeCardError(45031).message;
    const said = speech.heard().filter(({ text }) => text.includes(outcome));
    expect(said).toHaveLength(1);
    // Focus stays in the toast, on a control, not on the toast whose text a reader would read again.
    expect(document.activeElement?.tagName).toBe('BUTTON');
    expect(toasts()[0]?.contains(document.activeElement)).toBe(true);
  });
});

describe('focus comes back', () => {
  it('to the element focused before F8, when the last toast is closed by keyboard', async () => {
    const user = setup();
    await fire(40013);
    const input = screen.getByRole('textbox', { name: 'Code to redeem' });
    await user.click(input);
    pressF8();
    expect(screen.getByRole('list')).toHaveFocus();
    const close = within(toasts()[0] as HTMLElement).getByRole('button', { name: EN.close });
    act(() => close.focus());
    await user.keyboard('{Enter}');
    expect(toasts()).toHaveLength(0);
    expect(document.activeElement).toBe(input);
  });

  it('when the operator leaves with Escape, while other toasts stay', async () => {
    const user = setup();
    await fire(40013);
    await fire(40056);
    const input = screen.getByRole('textbox', { name: 'Code to redeem' });
    await user.click(input);
    pressF8();
    act(() => (toasts()[1] as HTMLElement).focus());
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(input);
    expect(toasts()).toHaveLength(1);
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CARD_ERROR_LANGUAGES,
  CARD_ERROR_RESOURCES,
  CardErrorToaster,
  describeCardError,
  toastCardError,
  type CardErrorToastOptions,
} from '../src/index';
// The app-wide queue is a building block, not a public export: tests read it to count toasts.
import { createHostI18n } from './helpers';
import { axiosError, axiosStatus, ORIGIN_CASE_INPUTS } from './originInputs';
import { listen, speakFor } from './toastSpeech';
import { useToastClock } from './toastClock';

// Every kit language's own words (zh-Hant too, once it is one), else English.
const words = (lng: string) => (CARD_ERROR_RESOURCES as Record<string, typeof CARD_ERROR_RESOURCES.en>)[lng] ?? CARD_ERROR_RESOURCES.en;

useToastClock();

beforeEach(() => {
  speech = listen();
});

afterEach(() => {
  speech?.stop();
});

async function fire(input: unknown, options?: CardErrorToastOptions): Promise<string | null> {
  let id: string | null = null;
  await act(async () => {
    id = toastCardError(input, options);
  });
  return id;
}

const toasts = () => screen.queryAllByRole('listitem').filter((node) => node.dataset.slot !== 'summary');
/** What the toaster read out since the test began, action alt texts included (one text after another). */
let speech: ReturnType<typeof listen> | undefined;
async function announced(): Promise<string> {
  await speakFor(15_000);
  return (speech?.heard() ?? []).map(({ text }) => text).join(' ');
}

describe.each(CARD_ERROR_LANGUAGES)('toasts for failures that never reached WeChat, in %s', (lng) => {
  const { toast: labels, action } = words(lng);

  it('shows nothing for a request the app cancelled and returns null, unless asked to', async () => {
    render(<CardErrorToaster lng={lng} />);
    expect(await fire(ORIGIN_CASE_INPUTS.cancelled)).toBeNull();
    expect(await fire(axiosError('canceled', 'ERR_CANCELED'), { onRetry: () => {} })).toBeNull();
    expect(toasts()).toHaveLength(0); // a toaster is mounted: a kept record would show
    expect(await fire(ORIGIN_CASE_INPUTS.cancelled, { showCancelled: true })).toEqual(expect.any(String));
    expect(toasts()[0]).toHaveTextContent(words(lng).origins.cancelled.message);
    expect(toasts()[0]).toHaveAttribute('data-severity', 'info');
  });

  it('counts 50 offline failures on one toast', async () => {
    render(<CardErrorToaster lng={lng} />);
    const ids = new Set<string | null>();
    for (let i = 0; i < 50; i += 1) ids.add(await fire(axiosError('Network Error', 'ERR_NETWORK')));
    expect(ids.size).toBe(1);
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveTextContent(labels.count.replace('{{count}}', '50'));
    expect(toasts()[0]).toHaveAttribute('data-origin', 'network');
  });

  it('offers Retry on a network failure when onRetry is given', async () => {
    const onRetry = vi.fn(() => new Promise(() => {}));
    const user = userEvent.setup({ delay: null });
    render(<CardErrorToaster lng={lng} />);
    await fire(new TypeError('Failed to fetch'), { onRetry });
    await user.click(screen.getByRole('button', { name: labels.retry }));
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ origin: 'network', retryable: true }));
  });

  it('offers Retry on a timeout, with an alt text that says to check first', async () => {
    render(<CardErrorToaster lng={lng} />);
    await fire(ORIGIN_CASE_INPUTS.timeout, { onRetry: () => {} });
    expect(screen.getByRole('button', { name: labels.retry })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: labels.retry })).toBeInTheDocument();
    const said = await announced();
    expect(said).toContain(words(lng).origins.timeout.actionAlt);
    expect(said).not.toContain(labels.altRetry);
  });

  it('asks to sign in again on a 401 and reports the view to onAction', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(<CardErrorToaster lng={lng} />);
    await fire(ORIGIN_CASE_INPUTS.unauthorized, { onAction });
    expect(await announced()).toContain(labels.altSignIn);
    await fire(ORIGIN_CASE_INPUTS.unauthorized, { onAction });
    await user.click(screen.getByRole('button', { name: action.signIn }));
    expect(onAction).toHaveBeenCalledWith('signIn', expect.objectContaining({ origin: 'http', status: 401, code: null }));
  });

  it('shows a success without a technical details toggle', async () => {
    render(<CardErrorToaster lng={lng} />);
    await fire({ errcode: 0, errmsg: 'ok' });
    expect(toasts()[0]).toHaveTextContent(describeCardError(0, { lng }).message);
    expect(within(toasts()[0] as HTMLElement).queryByText(labels.details)).toBeNull();
    expect(within(toasts()[0] as HTMLElement).queryByRole('button', { name: words(lng).ui.copy })).toBeNull();
  });
});

describe('toast grouping and alt texts', () => {
  it('keeps HTTP statuses apart and a WeChat code apart from them', async () => {
    render(<CardErrorToaster limit={5} />);
    const first = await fire(axiosStatus(500, { message: 'boom' }));
    expect(await fire(axiosStatus(500, { message: 'boom again' }))).toBe(first);
    expect(await fire(axiosStatus(502, 'Bad Gateway'))).not.toBe(first);
    expect(await fire({ code: 500, msg: '错误代码：40099, 错误信息：invalid code' })).not.toBe(first);
    expect(toasts()).toHaveLength(3);
  });

  it("uses a code's own alt text when the locale files have one, else the action kind's", async () => {
    const host = createHostI18n('en', { en: { cardError: { codes: { 45031: { actionAlt: 'Ask the store manager for stock.' } } } } });
    render(<CardErrorToaster i18n={host} />);
    await fire(45031, { onAction: () => {} });
    await fire(40013, { onAction: () => {} });
    const said = await announced();
    expect(said).toContain('Ask the store manager for stock.');
    expect(said).not.toContain(words('en').toast.altRestock);
    expect(said).toContain(words('en').toast.altContactDeveloper);
  });

  it('closes the toast when a retry ends in a cancel', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CardErrorToaster />);
    await fire(ORIGIN_CASE_INPUTS.network, { onRetry: () => Promise.reject(ORIGIN_CASE_INPUTS.cancelled) });
    await user.click(screen.getByRole('button', { name: words('en').toast.retry }));
    expect(toasts()).toHaveLength(0);
  });
});

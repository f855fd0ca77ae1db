// Issue 21 item 4: a retry that fails again says so. Bug pinned: three Retry presses on a 502 toast, three
// failed requests, and the toast looked exactly as before.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorAlert, CardErrorToaster, describeCardError, toastCardError, type CardErrorToastOptions } from '../src/index';
import { kitWords } from './helpers';
import { axiosStatus, NGINX_502 } from './originInputs';
import { listen, speakFor } from './toastSpeech';
import { useToastClock } from './toastClock';


useToastClock();

const count = (template: string, n: number) => template.replace('{{count}}', String(n));

async function fire(input: unknown, options: CardErrorToastOptions) {
  await act(async () => {
    toastCardError(input, options);
  });
}

describe.each(CARD_ERROR_LANGUAGES)('a retry that fails again, in %s', (lng) => {
  const { toast } = kitWords(lng);

  it('says so and counts the tries, announced once; after the third try it names the next step and offers no Retry', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CardErrorToaster lng={lng} />);
    const failure = axiosStatus(502, NGINX_502);
    const onRetry = vi.fn(() => Promise.reject(failure));
    await fire(failure, { onRetry });
    const item = () => screen.getAllByRole('listitem')[0] as HTMLElement;
    const { hint } = describeCardError(failure, { lng });

    const speech = listen();
    await user.click(within(item()).getByRole('button', { name: toast.retry }));
    await speakFor(15_000);
    const again = count(toast.retryFailed, 2);
    expect(item()).toHaveTextContent(again);
    expect(item()).toHaveTextContent(hint);
    expect(speech.heard().filter(({ text }) => text.includes(again))).toEqual([expect.objectContaining({ lang: lng })]);

    await user.click(within(item()).getByRole('button', { name: toast.retry }));
    await speakFor(15_000);
    const next = count(toast.retryExhausted, 3);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(item()).toHaveTextContent(next);
    expect(item()).not.toHaveTextContent(hint);
    expect(within(item()).queryByRole('button', { name: toast.retry })).toBeNull();
    expect(speech.heard().filter(({ text }) => text.includes(next))).toHaveLength(1);
    speech.stop();
  });

  it("sends the operator to WeChat support when WeChat's -1 kept failing", async () => {
    const user = userEvent.setup({ delay: null });
    render(<CardErrorToaster lng={lng} />);
    await fire({ errcode: -1, errmsg: 'system error' }, { onRetry: () => Promise.reject({ errcode: -1, errmsg: 'system error' }) });
    const item = () => screen.getAllByRole('listitem')[0] as HTMLElement;
    await user.click(within(item()).getByRole('button', { name: toast.retry }));
    await user.click(within(item()).getByRole('button', { name: toast.retry }));
    expect(item()).toHaveTextContent(count(toast.retryExhaustedSupport, 3));
    expect(within(item()).queryByRole('button', { name: toast.retry })).toBeNull();
  });
});

describe.each(CARD_ERROR_LANGUAGES)('an alert with a Retry button that fails again, in %s', (lng) => {
  const { toast } = kitWords(lng);
  const failure = axiosStatus(502, NGINX_502);

  it('says so from the first retry, and after the third try names the next step without Retry', () => {
    const onAction = vi.fn();
    const { rerender } = render(<CardErrorAlert error={failure} lng={lng} onAction={onAction} showDetails={false} />);
    const retry = kitWords(lng).action.retry;
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
    expect(screen.queryByText(count(toast.retryFailed, 2))).toBeNull();
    rerender(<CardErrorAlert error={failure} lng={lng} onAction={onAction} showDetails={false} retries={1} />);
    expect(screen.getByText(count(toast.retryFailed, 2))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: retry })).toBeInTheDocument();
    rerender(<CardErrorAlert error={failure} lng={lng} onAction={onAction} showDetails={false} retries={2} />);
    expect(screen.getByText(count(toast.retryExhausted, 3))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: retry })).toBeNull();
    expect(screen.queryByText(describeCardError(failure, { lng }).hint)).toBeNull();
  });
});

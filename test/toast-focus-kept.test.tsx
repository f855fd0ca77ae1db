// Focus never lost: a toast that leaves while it holds focus (its Retry succeeded, its timer ran out, the host
// dismissed it, a store of the host's own dropped it, the limit promoted a waiting one) must not drop focus on
// <body>. Bug pinned: 45009 open, -1 with a Retry that resolves after 500 ms; F8, Tab to "Try again", Enter:
// the -1 toast closed and document.activeElement was <body>.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CARD_ERROR_LANGUAGES, CardErrorToaster, createCardErrorToastStore, dismissCardErrorToast, toastCardError } from '../src/index';
import { kitWords } from './helpers';
import { useToastClock } from './toastClock';

useToastClock();

const user = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));
const toasts = () => screen.queryAllByRole('listitem');
/** Where focus is: kept means on the toasts' list (as Close leaves it) or inside one of its toasts. */
const focusKept = () => {
  const list = screen.getByRole('list');
  return document.activeElement !== document.body && list.contains(document.activeElement);
};

describe.each(CARD_ERROR_LANGUAGES)('focus when a focused toast leaves and another stays, in %s', (lng) => {
  const { toast } = kitWords(lng);

  it('stays in the toasts after a Retry that succeeds', async () => {
    render(<CardErrorToaster lng={lng} />);
    await act(async () => void toastCardError({ errcode: 45009, errmsg: 'reach max api daily quota limit' }));
    const onRetry = () => new Promise<void>((resolve) => setTimeout(resolve, 500));
    await act(async () => void toastCardError({ errcode: -1, errmsg: 'system error' }, { onRetry }));
    const retry = screen.getByRole('button', { name: toast.retry });
    await user().click(retry);
    await advance(500);
    expect(toasts()).toHaveLength(1);
    expect(focusKept()).toBe(true);
  });

  it('stays in the toasts when the host dismisses the focused one', async () => {
    render(<CardErrorToaster lng={lng} />);
    await act(async () => void toastCardError({ errcode: 45009 }));
    let key: string | null = null;
    await act(async () => void (key = toastCardError({ errcode: 40013 })));
    act(() => within(toasts()[1] as HTMLElement).getByRole('button', { name: toast.close }).focus());
    await act(async () => dismissCardErrorToast(key));
    expect(toasts()).toHaveLength(1);
    expect(focusKept()).toBe(true);
  });

  it("stays in the toasts when a store of the host's own drops the focused one and a waiting one takes its place", async () => {
    const store = createCardErrorToastStore();
    render(<CardErrorToaster lng={lng} store={store} limit={1} />);
    let key: string | null = null;
    await act(async () => void (key = store.add({ errcode: 40013 })));
    await act(async () => void store.add({ errcode: 45009 }));
    expect(toasts()).toHaveLength(2); // the toast and "1 more"
    act(() => (toasts()[0] as HTMLElement).focus());
    await act(async () => store.dismiss(key));
    expect(toasts()).toHaveLength(1);
    expect(focusKept()).toBe(true);
  });

  it('keeps a focused toast open past its time', async () => {
    render(<CardErrorToaster lng={lng} />);
    await act(async () => void toastCardError({ errcode: 40013 }));
    act(() => within(toasts()[0] as HTMLElement).getByRole('button', { name: toast.close }).focus());
    await advance(60_000);
    expect(toasts()).toHaveLength(1);
    expect(focusKept()).toBe(true);
  });
});

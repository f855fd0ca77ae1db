import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CARD_ERROR_LANGUAGES,
  CARD_ERROR_RESOURCES,
  CardErrorToaster,
  createCardErrorToastStore,
  describeCardError,
  dismissCardErrorToast,
  getCardErrorI18n,
  toastCardError,
  useCardErrorToast,
  type CardErrorCode,
  type CardErrorSeverity,
  type CardErrorToastOptions,
} from '../src/index';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createHostI18n, SEVERITIES, SEVERITY_BY_LANGUAGE, TOAST_DURATIONS, TOAST_QUEUE_LIMIT } from './helpers';
import { listen, speakFor } from './toastSpeech';
import { useToastClock } from './toastClock';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';

// Every kit language's own words (zh-Hant too, once it is one), else English.
const labelsIn = (lng: string) => (CARD_ERROR_RESOURCES as Record<string, typeof CARD_ERROR_RESOURCES.en>)[lng] ?? CARD_ERROR_RESOURCES.en;
const EN = labelsIn('en');
const withCount = (template: string, count: number) => template.replace('{{count}}', String(count));

/** A catalog code of a severity with nothing to act on, so its toast has no action button. */
const codeOf = (severity: CardErrorSeverity): CardErrorCode =>
  CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].severity === severity) ?? -1;

useToastClock();

afterEach(() => {
  vi.restoreAllMocks();
});

type CardErrorToasterProps = ComponentProps<typeof CardErrorToaster>;

const App = (props: CardErrorToasterProps) => (
  <>
    <button type="button">Outside</button>
    <CardErrorToaster {...props} />
  </>
);

function setup(props: CardErrorToasterProps = {}) {
  const user = userEvent.setup({ delay: null });
  const view = render(<App {...props} />);
  return { user, ...view };
}

/** The pointer leaves the toasts and focus moves back to the page: their timers run again. */
async function leave(user: ReturnType<typeof userEvent.setup>) {
  await user.hover(screen.getByRole('region'));
  await user.unhover(screen.getByRole('region'));
  act(() => screen.getByRole('button', { name: 'Outside' }).focus());
}

async function fire(input: unknown, options?: CardErrorToastOptions): Promise<string | null> {
  let id: string | null = null;
  await act(async () => {
    id = toastCardError(input, options);
  });
  return id;
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The toasts on screen; the "N more" summary is a list item too, and is not one of them. */
const toasts = () => screen.queryAllByRole('listitem').filter((node) => node.dataset.slot !== 'summary');
const toastWith = (text: string) => toasts().find((toast) => toast.textContent?.includes(text));

// Per severity × language, not per code: the copy is checked per code × language in catalog.test.ts.
describe.each(SEVERITY_BY_LANGUAGE)('a toast for a $severity code ($code) in $lng', ({ severity, code, lng }) => {
  it('shows the same message and hint as the alert, with severity and code as data attributes', async () => {
    setup({ lng });
    await fire(code);
    const { message, hint } = describeCardError(code, { lng });
    const [toast] = toasts();
    expect(toasts()).toHaveLength(1);
    expect(toast).toHaveTextContent(message);
    expect(toast).toHaveTextContent(hint);
    expect(toast).toHaveAttribute('data-severity', severity);
    expect(toast).toHaveAttribute('data-code', String(code));
  });
});

describe.each(CARD_ERROR_LANGUAGES)('roles and labels in %s', (lng) => {
  const { toast: words, severity: severityNames } = labelsIn(lng);

  it('names the region, the close button, Details and the severity from the locale files', async () => {
    setup({ lng });
    await fire({ errcode: 40013, errmsg: `invalid appid rid: ${RID}` });
    expect(screen.getByRole('region', { name: words.viewport.replace('{hotkey}', 'F8') })).toBeInTheDocument();
    const toast = toasts()[0] as HTMLElement;
    expect(within(toast).getByRole('button', { name: words.close })).toBeInTheDocument();
    expect(within(toast).getByText(words.details)).toBeInTheDocument();
    expect(toast).toHaveTextContent(severityNames.error);
  });

  it.each(SEVERITIES)('announces a %s once, assertively only for errors, with the severity', async (severity) => {
    setup({ lng });
    const code = codeOf(severity);
    await fire(code, { key: 'op' });
    await advance(50);
    await fire(code, { key: 'op' });
    await fire(code, { key: 'op' });
    await advance(50);
    const announcements = screen.getAllByRole('status').filter((node) => node.textContent?.includes(words.announce));
    expect(announcements).toHaveLength(1);
    expect(announcements[0]).toHaveAttribute('aria-live', severity === 'error' ? 'assertive' : 'polite');
    expect(announcements[0]).toHaveTextContent(severityNames[severity]);
    expect(announcements[0]).toHaveTextContent(describeCardError(code, { lng }).message);
  });

  it('labels Retry, Retrying, the action buttons and their alt texts', async () => {
    const speech = listen();
    const { user } = setup({ lng });
    await fire(-1, { onRetry: () => new Promise(() => {}) });
    await fire(45031, { onAction: () => {} });
    await speakFor(9000);
    const announcer = speech.heard().map(({ text }) => text).join(' ');
    speech.stop();
    expect(announcer).toContain(words.altRetry);
    expect(announcer).toContain(words.altRestock);
    expect(screen.getByRole('button', { name: labelsIn(lng).action.restock })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.retry }));
    expect(screen.getByRole('button', { name: words.retrying })).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows the count with a spoken label', async () => {
    setup({ lng });
    for (let i = 0; i < 3; i += 1) await fire(40099, { key: 'consume-code' });
    const [toast] = toasts();
    expect(toast).toHaveTextContent(withCount(words.count, 3));
    expect(toast).toHaveTextContent(withCount(words.countLabel, 3));
  });
});

describe('durations', () => {
  it.each(SEVERITIES)('closes a %s toast after its severity duration, not before', async (severity) => {
    setup();
    await fire(codeOf(severity));
    const duration = TOAST_DURATIONS[severity];
    await advance(duration - 1);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });

  it('keeps success and info short, warning longer, error longer still, none under 4 s', () => {
    const { success, info, warning, error } = TOAST_DURATIONS;
    expect(Math.min(success, info)).toBeGreaterThanOrEqual(4000);
    expect(Math.max(success, info)).toBeLessThanOrEqual(5000);
    expect(warning).toBeGreaterThan(Math.max(success, info));
    expect(error).toBeGreaterThan(warning);
  });

  it.each([1000, 0, -5, Number.NaN, '3000'])('never closes in under 4 s (duration %s)', async (duration) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // invalid values warn once in development
    setup();
    await fire(0, { duration: duration as number });
    await advance(3999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });

  it('honours a longer duration of the call, and Infinity until dismissed', async () => {
    setup();
    await fire(0, { duration: 6000 });
    await fire(45033, { duration: Infinity });
    await advance(5999);
    expect(toasts()).toHaveLength(2);
    await advance(1);
    expect(toasts()).toHaveLength(1);
    await advance(24 * 3600 * 1000);
    expect(toasts()).toHaveLength(1);
  });

  it('keeps a toast with an action at least 10 s, or until dismissed when configured', async () => {
    setup();
    await fire(0, { onAction: () => {} }); // success has nothing to do: no button, 4 s
    await fire(45031, { onAction: () => {} }); // warning with "Add stock"
    await advance(4000);
    expect(toasts()).toHaveLength(1);
    await advance(5999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });

  it('takes per-severity durations and the action minimum from the toaster', async () => {
    setup({ durations: { success: 6000 }, actionDuration: Infinity });
    await fire(0);
    await fire(-1, { onRetry: () => {} });
    await advance(5999);
    expect(toasts()).toHaveLength(2);
    await advance(1);
    expect(toasts()).toHaveLength(1);
    await advance(3600 * 1000);
    expect(toasts()).toHaveLength(1);
  });
});

describe('grouping and the queue', () => {
  it('groups the same code and key into one toast with a count, and restarts its timer', async () => {
    setup();
    const first = await fire(40099, { key: 'consume-code' });
    await advance(6000);
    const second = await fire({ errcode: 40099, errmsg: `code consumed rid: ${RID}` }, { key: 'consume-code' });
    expect(second).toBe(first);
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveTextContent(withCount(EN.toast.count, 2));
    await advance(6000); // 12 s after the first call, 6 s after the second
    expect(toasts()).toHaveLength(1);
    await advance(2000);
    expect(toasts()).toHaveLength(0);
  });

  it('keeps different keys and different codes apart', async () => {
    setup({ limit: 5 });
    await fire(40099, { key: 'consume-code' });
    await fire(40099, { key: 'add-stock' });
    await fire(40099);
    await fire(45031, { key: 'consume-code' });
    expect(toasts()).toHaveLength(4);
    expect(screen.queryByText(withCount(EN.toast.count, 2))).toBeNull();
  });

  it('shows at most 3, the rest queued in order, each shown as a place frees up', async () => {
    const { user } = setup();
    const codes = [40013, 40056, 40070, 40071, 40072] as const;
    for (const code of codes) await fire(code);
    const messageOf = (code: number) => describeCardError(code).message;
    expect(toasts()).toHaveLength(3);
    expect(toastWith(messageOf(40070))).toBeDefined();
    expect(toastWith(messageOf(40071))).toBeUndefined();
    await user.click(within(toastWith(messageOf(40056)) as HTMLElement).getByRole('button', { name: EN.toast.close }));
    expect(toasts()).toHaveLength(3);
    expect(toastWith(messageOf(40071))).toBeDefined();
    expect(toastWith(messageOf(40072))).toBeUndefined();
  });

  it('takes the visible limit as a prop', async () => {
    setup({ limit: 1 });
    await fire(0);
    await fire(40013);
    expect(toasts()).toHaveLength(1);
    await advance(TOAST_DURATIONS.success);
    expect(toasts()[0]).toHaveAttribute('data-code', '40013');
  });

  it('tells subscribers once per burst, so 1,000 calls cost one render', async () => {
    const listener = vi.fn();
    const store = createCardErrorToastStore();
    const unsubscribe = store.subscribe(listener);
    for (let i = 0; i < 1000; i += 1) store.add(CARD_ERROR_CODES[i % CARD_ERROR_CODES.length]);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
    const { toasts: kept, overflow } = store.getSnapshot();
    expect(kept).toHaveLength(TOAST_QUEUE_LIMIT);
    expect(kept.reduce((sum, toast) => sum + toast.count, overflow)).toBe(1000);
    unsubscribe();
  });

  it('groups a repeat into a queued toast too, so the queue never holds the same error twice', async () => {
    const store = createCardErrorToastStore();
    setup({ limit: 1, store });
    await act(async () => {
      store.add(40013);
    });
    for (let i = 0; i < 5; i += 1) await act(async () => void store.add(40056, { key: 'redeem' }));
    expect(store.getSnapshot().toasts.map((toast) => toast.count)).toEqual([1, 5]);
  });
});

describe('before the toaster mounts', () => {
  it('queues toasts fired before mount and shows them, none lost', async () => {
    toastCardError(40013);
    toastCardError(45031, { key: 'stock' });
    const gone = toastCardError(0);
    dismissCardErrorToast(gone);
    setup();
    await advance(0);
    expect(toasts().map((toast) => toast.getAttribute('data-code'))).toEqual(['40013', '45031']);
  });

  it('starts the timer when the toast shows, not when it was fired', async () => {
    toastCardError(0);
    await advance(60_000);
    setup();
    await advance(3999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });
});

describe('language', () => {
  it('re-renders an open toast when the language switches', async () => {
    setup();
    await fire(45031, { onAction: () => {} });
    expect(toasts()[0]).toHaveTextContent(describeCardError(45031, { lng: 'en' }).message);
    await act(() => getCardErrorI18n().changeLanguage('zh-CN'));
    const zh = labelsIn('zh-CN');
    expect(toasts()[0]).toHaveTextContent(describeCardError(45031, { lng: 'zh-CN' }).message);
    expect(screen.getByRole('button', { name: zh.toast.close })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: zh.action.restock })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: zh.toast.viewport.replace('{hotkey}', 'F8') })).toBeInTheDocument();
  });

  it('lets one toast have its own language', async () => {
    setup();
    await fire(45031, { lng: 'zh-Hans' });
    expect(toasts()[0]).toHaveTextContent(describeCardError(45031, { lng: 'zh-CN' }).message);
    expect(toasts()[0]).toHaveAttribute('lang', 'zh-CN');
  });
});

describe('the toaster props and the hook', () => {
  it.each([
    ['top-left', 'left'],
    ['top-center', 'up'],
    ['top-right', 'right'],
    ['bottom-left', 'left'],
    ['bottom-center', 'down'],
    ['bottom-right', 'right'],
  ] as const)('placed %s, a toast is swiped away to the %s', async (placement, direction) => {
    setup({ placement });
    await fire(40013);
    expect(screen.getByRole('list')).toHaveAttribute('data-placement', placement);
    expect(toasts()[0]).toHaveAttribute('data-swipe-direction', direction);
  });

  it('lets a prop override any toast word', async () => {
    setup({ labels: { close: 'Shut', details: 'More' } });
    await fire(40013);
    expect(screen.getByRole('button', { name: 'Shut' })).toBeInTheDocument();
    expect(screen.getByText('More')).toBeInTheDocument();
  });

  it("follows the host's I18nextProvider", async () => {
    const host = createHostI18n('zh-CN');
    render(
      <I18nextProvider i18n={host}>
        <CardErrorToaster />
      </I18nextProvider>,
    );
    await fire(45031);
    expect(toasts()[0]).toHaveTextContent(describeCardError(45031, { lng: 'zh-CN' }).message);
    await act(() => host.changeLanguage('en'));
    expect(toasts()[0]).toHaveTextContent(describeCardError(45031, { lng: 'en' }).message);
  });

  it('gives components toast and dismiss, with their defaults under each call', async () => {
    const onAction = vi.fn();
    function RedeemButton() {
      const { toast, dismiss } = useCardErrorToast({ key: 'consume-code', onAction });
      return (
        <>
          <button type="button" onClick={() => toast({ errcode: 45031 })}>
            Redeem
          </button>
          <button type="button" onClick={() => dismiss()}>
            Clear
          </button>
        </>
      );
    }
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <RedeemButton />
        <CardErrorToaster />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Redeem' }));
    await user.click(screen.getByRole('button', { name: 'Redeem' }));
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveTextContent(withCount(EN.toast.count, 2));
    await advance(0); // Radix lifts the region's pointer-events: none in a transition
    await user.click(screen.getByRole('button', { name: EN.action.restock }));
    expect(onAction).toHaveBeenCalledWith('restock', expect.objectContaining({ code: 45031 }));
    await user.click(screen.getByRole('button', { name: 'Redeem' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(toasts()).toHaveLength(0);
  });
});

describe('keyboard and closing', () => {
  it('reaches the newest toast with F8 and Tab, and closes it with Escape', async () => {
    const { user } = setup();
    await fire(40013);
    await user.keyboard('[F8]');
    expect(document.activeElement).toBe(screen.getByRole('list'));
    await user.tab();
    expect(document.activeElement).toBe(toasts()[0]);
    await user.keyboard('{Escape}');
    expect(toasts()).toHaveLength(0);
  });

  it('closes with the close button', async () => {
    const { user } = setup();
    await fire(40013);
    await user.click(screen.getByRole('button', { name: EN.toast.close }));
    expect(toasts()).toHaveLength(0);
  });

  it('takes another hotkey, or none', async () => {
    const { user, rerender } = setup({ hotkey: ['altKey', 'KeyT'] });
    await fire(40013);
    expect(screen.getByRole('region', { name: EN.toast.viewport.replace('{hotkey}', 'alt+T') })).toBeInTheDocument();
    await user.keyboard('{Alt>}t{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('list'));
    rerender(<App hotkey={false} />);
    act(() => screen.getByRole('button', { name: 'Outside' }).focus());
    await user.keyboard('[F8]');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Outside' }));
    expect(screen.getByRole('region', { name: EN.toast.viewportNoHotkey })).toBeInTheDocument();
  });

  it('calls onAction with the action kind and the view, then closes', async () => {
    const onAction = vi.fn();
    const { user } = setup();
    await fire({ errcode: 45031, errmsg: `stock is out of limit rid: ${RID}` }, { onAction });
    await user.click(screen.getByRole('button', { name: EN.action.restock }));
    expect(onAction).toHaveBeenCalledWith('restock', expect.objectContaining({ code: 45031, rid: RID }));
    expect(toasts()).toHaveLength(0);
  });
});

describe('pausing', () => {
  it('pauses while hovered and resumes with the time left', async () => {
    const { user } = setup();
    await fire(0);
    await advance(3000);
    await user.hover(screen.getByRole('region'));
    await advance(10_000);
    expect(toasts()).toHaveLength(1);
    await user.unhover(screen.getByRole('region'));
    await advance(999);
    expect(toasts()).toHaveLength(1);
    await advance(1);
    expect(toasts()).toHaveLength(0);
  });

  it('pauses while focus is inside a toast', async () => {
    setup();
    await fire(0);
    act(() => screen.getByRole('button', { name: EN.toast.close }).focus());
    await advance(30_000);
    expect(toasts()).toHaveLength(1);
    act(() => screen.getByRole('button', { name: 'Outside' }).focus());
    await advance(4000);
    expect(toasts()).toHaveLength(0);
  });

  it('pauses while the tab is hidden', async () => {
    let visibility: DocumentVisibilityState = 'visible';
    const spy = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    setup();
    await fire(0);
    await advance(2000);
    visibility = 'hidden';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await advance(60_000);
    expect(toasts()).toHaveLength(1);
    visibility = 'visible';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await advance(2000);
    expect(toasts()).toHaveLength(0);
    spy.mockRestore();
  });
});

describe('retry', () => {
  function deferred() {
    let resolve!: (value?: unknown) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('shows progress, holds the toast open, then closes on success', async () => {
    const pending = deferred();
    const onRetry = vi.fn(() => pending.promise);
    const { user } = setup();
    await fire({ errcode: -1, errmsg: 'system error' }, { onRetry });
    await user.click(screen.getByRole('button', { name: EN.toast.retry }));
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: -1, retryable: true }));
    expect(screen.getByRole('button', { name: EN.toast.retrying })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: EN.toast.retrying }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await advance(60_000);
    expect(toasts()).toHaveLength(1);
    await act(async () => pending.resolve());
    expect(toasts()).toHaveLength(0);
  });

  it('shows the outcome a retry resolves with in the same toast', async () => {
    const { user } = setup();
    await fire(-1, { onRetry: () => Promise.resolve({ errcode: 0, errmsg: 'ok' }) });
    await user.click(screen.getByRole('button', { name: EN.toast.retry }));
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveAttribute('data-severity', 'success');
    expect(toasts()[0]).toHaveTextContent(describeCardError(0).message);
    // Focus stays in the toast, on its close button (not on the toast, which a reader would read out again).
    expect(document.activeElement).toBe(within(toasts()[0] as HTMLElement).getByRole('button', { name: EN.toast.close }));
    await leave(user);
    await advance(TOAST_DURATIONS.success);
    expect(toasts()).toHaveLength(0);
  });

  it('shows the error a retry rejects or throws with', async () => {
    const { user } = setup({ limit: 2 });
    await fire(-1, { key: 'a', onRetry: () => Promise.reject({ errcode: 45031 }) });
    await fire(-1, {
      key: 'b',
      onRetry: () => {
        throw new Error('network down');
      },
    });
    const [first, second] = screen.getAllByRole('button', { name: EN.toast.retry });
    await user.click(first as HTMLElement);
    await user.click(second as HTMLElement);
    expect(toastWith(describeCardError(45031).message)).toBeDefined();
    expect(toastWith(describeCardError(null).message)).toBeDefined();
  });

  it('offers Retry only for retryable codes with onRetry', async () => {
    setup({ limit: 5 });
    await fire(40013, { onRetry: () => {} });
    await fire(-1);
    expect(screen.queryByRole('button', { name: EN.toast.retry })).toBeNull();
  });

  it('ignores an outcome that arrives after the toast was dismissed', async () => {
    const pending = deferred();
    const { user } = setup();
    await fire(-1, { onRetry: () => pending.promise });
    await user.click(screen.getByRole('button', { name: EN.toast.retry }));
    await act(async () => dismissCardErrorToast());
    await act(async () => pending.resolve({ errcode: 45031 }));
    expect(toasts()).toHaveLength(0);
  });
});

describe('details', () => {
  it('opens the technical details and copies them', async () => {
    const { user } = setup();
    await fire({ errcode: 40056, errmsg: `invalid serial code hint: [x1] rid: ${RID}` });
    expect(screen.queryByText(RID)).toBeNull();
    await user.click(screen.getByRole('button', { name: EN.toast.details, expanded: false }));
    expect(screen.getByText(RID)).toBeVisible();
    // user-event's clipboard reads back through a FileReader that fake timers hold: watch the write.
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: EN.ui.copy }));
    expect(write).toHaveBeenCalledWith(expect.stringContaining(`${EN.ui.rid}: ${RID}`));
    await advance(1);
    expect(screen.getByRole('button', { name: EN.ui.copied })).toBeInTheDocument();
  });

  it('opens and closes by keyboard, focus staying on the Details button, and the toast waits while focus is in it', async () => {
    const { user } = setup();
    await fire({ errcode: 40056, errmsg: `invalid serial code rid: ${RID}` });
    const toggle = screen.getByRole('button', { name: EN.toast.details, expanded: false });
    act(() => toggle.focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: EN.toast.details, expanded: true })).toHaveFocus();
    expect(screen.getByText(RID)).toBeVisible();
    await advance(TOAST_DURATIONS.error * 2);
    expect(toasts()).toHaveLength(1);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: EN.toast.details, expanded: false })).toHaveFocus();
    expect(screen.queryByText(RID)).toBeNull();
  });

  it('shows HTML in errmsg as text', async () => {
    const { user } = setup();
    await fire({ errcode: 40013, errmsg: '<img src=x onerror=alert(1)>' });
    // The errmsg is shown only in the technical details, built when they are opened.
    await user.click(screen.getByRole('button', { name: EN.toast.details, expanded: false }));
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('bad input and leaks', () => {
  const GARBAGE = [null, undefined, {}, [], 'garbage', Number.NaN, { errcode: 'abc' }, Symbol('x'), () => 1, 'x'.repeat(1024 * 1024)];

  it.each(GARBAGE.map((input, index) => [index, input]))('gives a toast with a message for garbage %s', async (_index, input) => {
    setup();
    await fire(input, 'not options' as unknown as CardErrorToastOptions);
    const message = toasts()[0]?.querySelector('[data-slot="message"]');
    expect(message?.textContent?.trim().length).toBeGreaterThan(0);
  });

  it('survives 10,000 calls: at most 3 toasts, and nothing left after dismissing all', async () => {
    setup();
    const inputs: unknown[] = [...CARD_ERROR_CODES, ...GARBAGE, { errcode: 123456 }];
    await act(async () => {
      for (let i = 0; i < 10_000; i += 1) toastCardError(inputs[i % inputs.length], { key: `op-${i % 7}` });
    });
    expect(toasts().length).toBeLessThanOrEqual(3);
    expect(toasts().length).toBeGreaterThan(0);
    await act(async () => dismissCardErrorToast());
    expect(toasts()).toHaveLength(0);
    await speakFor(30_000); // the announcer finishes what it was saying, then holds no timer
    expect(vi.getTimerCount()).toBe(0);
  });

  it('survives 10,000 calls before mount with no timers, and empties on dismiss', () => {
    const store = createCardErrorToastStore();
    expect(() => {
      for (let i = 0; i < 10_000; i += 1) store.add(i % 2 ? { errcode: i } : 'garbage');
    }).not.toThrow();
    const { toasts: kept, overflow } = store.getSnapshot();
    expect(kept).toHaveLength(TOAST_QUEUE_LIMIT);
    expect(kept.reduce((sum, toast) => sum + toast.count, overflow)).toBe(10_000);
    expect(vi.getTimerCount()).toBe(0);
    store.dismiss();
    expect(store.getSnapshot().toasts).toHaveLength(0);
  });

  it('leaves no timers or listeners when unmounted with toasts open, and keeps them queued', async () => {
    /** Listeners added to a target and never removed, watched from now on. */
    const watch = (target: EventTarget) => {
      const add = vi.spyOn(target, 'addEventListener');
      const remove = vi.spyOn(target, 'removeEventListener');
      return () =>
        add.mock.calls
          .filter(([type, listener]) => !remove.mock.calls.some(([t, l]) => t === type && l === listener))
          .map(([type]) => type);
    };
    const leftOn = [watch(document), watch(window)];
    const i18n = getCardErrorI18n();
    const on = vi.spyOn(i18n, 'on');
    const off = vi.spyOn(i18n, 'off');
    const { unmount } = render(<CardErrorToaster />);
    await fire(-1, { onRetry: () => new Promise(() => {}) });
    await fire(45031, { onAction: () => {} });
    await advance(100);
    expect(toasts()).toHaveLength(2);
    expect(on).toHaveBeenCalled();
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(leftOn.flatMap((left) => left())).toEqual([]);
    expect(off).toHaveBeenCalledTimes(on.mock.calls.length);
    render(<CardErrorToaster />); // still queued: a toaster mounted again shows both
    expect(toasts()).toHaveLength(2);
  });
});

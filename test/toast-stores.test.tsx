import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CARD_ERROR_RESOURCES,
  CardErrorToaster,
  createCardErrorToastStore,
  describeCardError,
  dismissCardErrorToast,
  toastCardError,
  useCardErrorToast,
  type CardErrorToastStore,
} from '../src/index';

// Issue 19: `<CardErrorToaster store>` showed the app-wide queue whatever store it was given, so a
// store of one's own (documented, exported) never reached the screen, and two toasters on one page
// were one toaster and a blank.

const EN = CARD_ERROR_RESOURCES.en.toast;

/** Region names of the two toasters, so each is found as a screen-reader user finds it. */
const ORDERS = 'Orders';
const STOCK = 'Stock';

beforeEach(() => dismissCardErrorToast()); // the app-wide queue is a module singleton: start empty
afterEach(() => dismissCardErrorToast());

/** A button that toasts through `useCardErrorToast(defaults, store)`. */
function Redeem({ store }: { store: CardErrorToastStore }) {
  const { toast } = useCardErrorToast({ key: 'consume-code' }, store);
  return (
    <button type="button" onClick={() => toast(40099)}>
      Redeem
    </button>
  );
}

function setup() {
  const orders = createCardErrorToastStore();
  const stock = createCardErrorToastStore();
  render(
    <>
      <Redeem store={orders} />
      <CardErrorToaster store={orders} hotkey={false} labels={{ viewportNoHotkey: ORDERS }} placement="top-left" />
      <CardErrorToaster store={stock} hotkey={false} labels={{ viewportNoHotkey: STOCK }} />
    </>,
  );
  const toastsIn = (name: string) => within(screen.getByRole('region', { name })).queryAllByRole('listitem');
  return { orders, stock, toastsIn, user: userEvent.setup() };
}

describe('two toasters with two stores on one page', () => {
  it('each shows only its own store, and the app-wide queue shows in neither', async () => {
    const { orders, stock, toastsIn } = setup();
    await act(async () => {
      orders.add(45031, { key: 'add-stock' });
      stock.add(40013);
      stock.add({ errcode: -1 });
      toastCardError(40056);
    });
    expect(toastsIn(ORDERS)).toHaveLength(1);
    expect(toastsIn(ORDERS)[0]).toHaveTextContent(describeCardError(45031).message);
    expect(toastsIn(STOCK).map((toast) => toast.dataset.code)).toEqual(['40013', '-1']);
    expect(screen.queryByText(describeCardError(40056).message)).toBeNull();
  });

  it('closes a toast in its own store only', async () => {
    const { orders, stock, toastsIn, user } = setup();
    await act(async () => {
      orders.add(45031);
      stock.add(45031);
    });
    await user.click(within(toastsIn(ORDERS)[0]!).getByRole('button', { name: EN.close }));
    expect(toastsIn(ORDERS)).toHaveLength(0);
    expect(orders.getSnapshot().toasts).toHaveLength(0);
    expect(toastsIn(STOCK)).toHaveLength(1);
    expect(stock.getSnapshot().toasts).toHaveLength(1);
  });

  it('useCardErrorToast(defaults, store) toasts into that store, with its defaults', async () => {
    const { orders, toastsIn, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Redeem' }));
    await user.click(screen.getByRole('button', { name: 'Redeem' }));
    expect(toastsIn(ORDERS)).toHaveLength(1);
    expect(orders.getSnapshot().toasts.map(({ count, options }) => [count, options.key])).toEqual([[2, 'consume-code']]);
    expect(toastsIn(STOCK)).toHaveLength(0);
  });

  it('retries in its own store: the outcome replaces the toast there', async () => {
    const { orders, stock, toastsIn, user } = setup();
    await act(async () => {
      orders.add(-1, { onRetry: () => ({ errcode: 0 }) });
      stock.add(-1, { onRetry: () => ({ errcode: 45031 }) });
    });
    await user.click(within(toastsIn(ORDERS)[0]!).getByRole('button', { name: EN.retry }));
    expect(toastsIn(ORDERS)[0]).toHaveAttribute('data-severity', 'success');
    expect(toastsIn(STOCK)[0]).toHaveAttribute('data-code', '-1');
  });
});

describe('two toasters of one store', () => {
  it('the second renders nothing, so no toast shows twice', async () => {
    const store = createCardErrorToastStore();
    render(
      <>
        <CardErrorToaster store={store} />
        <CardErrorToaster store={store} placement="top-left" />
      </>,
    );
    await act(async () => {
      store.add(45031);
    });
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.getAllByText(describeCardError(45031).message)).toHaveLength(1);
  });
});

describe('two toasters with default props (the README example): names, F8 and Escape', () => {
  /** Radix moves focus to the toasts on F8, read from `KeyboardEvent.code`. */
  const pressF8 = () => act(() => void fireEvent.keyDown(document.activeElement ?? document, { key: 'F8', code: 'F8' }));
  function setupDefault() {
    const stock = createCardErrorToastStore();
    render(
      <>
        <button type="button">Page</button>
        <CardErrorToaster lng="en" />
        <CardErrorToaster lng="en" store={stock} placement="top-right" />
      </>,
    );
    const app = () => screen.getByRole('region', { name: EN.viewport.replace('{hotkey}', 'F8') });
    const own = () => screen.getByRole('region', { name: EN.viewportStore.replace('{hotkey}', 'F8') });
    return { stock, app, own, user: userEvent.setup() };
  }

  it('F8 goes to the toaster that has toasts, not the one mounted last', async () => {
    const { app, own, user } = setupDefault();
    await act(async () => void toastCardError(45031));
    await user.click(screen.getByRole('button', { name: 'Page' }));
    pressF8();
    expect(app()).toContainElement(document.activeElement as HTMLElement);
    expect(own()).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('F8 goes to the toaster whose toast came last', async () => {
    const { stock, app, own, user } = setupDefault();
    await act(async () => void stock.add(40013));
    await act(async () => void toastCardError(45031));
    await user.click(screen.getByRole('button', { name: 'Page' }));
    pressF8();
    expect(app()).toContainElement(document.activeElement as HTMLElement);
    await act(async () => void stock.add(40099));
    await user.click(screen.getByRole('button', { name: 'Page' }));
    pressF8();
    expect(own()).toContainElement(document.activeElement as HTMLElement);
  });

  it('Escape in a toaster gives focus back to the page, never to the other toaster', async () => {
    const { stock, app, own, user } = setupDefault();
    await act(async () => void toastCardError(45031));
    await act(async () => void stock.add(40013));
    const page = screen.getByRole('button', { name: 'Page' });
    await user.click(page);
    pressF8();
    expect(own()).toContainElement(document.activeElement as HTMLElement);
    act(() => within(own()).getAllByRole('listitem')[0]!.focus());
    await user.keyboard('{Escape}');
    expect(app()).not.toContainElement(document.activeElement as HTMLElement);
    expect(page).toHaveFocus();
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CardErrorToaster,
  createCardErrorToastStore,
  describeCardError,
  dismissCardErrorToast,
  toastCardError,
  type CardErrorCode,
  type CardErrorToastStore,
} from '../src/index';
import { designerWords, type DesignerWords } from './support/designerWords';
import { kitWords } from './support/kitWords';
import { animationsSettled, readyToUse } from './support/animations';
import { StaticToasts } from './support/StaticToasts';
import './support/stories.css';
import './support/design.css';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const noop = () => undefined;
/** A retry that never settles: the toast stays in its Retrying state. */
const never = () => new Promise<never>(noop);

/** The catalog's first code with this action, so the gallery follows the catalog. */
const codeWith = (action: string, retryable?: boolean): CardErrorCode =>
  CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].action === action && (retryable === undefined || CARD_ERROR_CATALOG[code].retryable === retryable)) ??
  -1;
const RESTOCK = codeWith('restock');
const RETRYABLE = codeWith('retry', true);
/** A code that is a business outcome the counter hears about often (a coupon scanned twice), for the group. */
const GROUPED = 40099;
const GROUP_SIZE = 20;

/** One gallery item: its title and what its own store holds. */
interface GalleryItem {
  readonly id: 'action' | 'retrying' | 'outcome' | 'grouped';
  readonly fill: (store: CardErrorToastStore) => void;
}

/** Fires `input` into `store` and presses Retry on it (the store's own retry, as the button would). */
function retried(store: CardErrorToastStore, input: unknown, onRetry: () => unknown) {
  const id = store.add(input, { key: 'save', onRetry, duration: Infinity });
  if (id) store.retry(id, describeCardError(input));
}

const ITEMS: readonly GalleryItem[] = [
  { id: 'action', fill: (store) => void store.add({ errcode: RESTOCK, errmsg: 'stock is out of limit', rid: RID }, { onAction: noop }) },
  { id: 'retrying', fill: (store) => retried(store, { errcode: RETRYABLE, errmsg: 'system error', rid: RID }, never) },
  // WeChat was busy; Retry went through: the same toast now says so (a success has no details).
  { id: 'outcome', fill: (store) => retried(store, { errcode: RETRYABLE, errmsg: 'system error', rid: RID }, () => Promise.resolve({ errcode: 0 })) },
  {
    id: 'grouped',
    fill: (store) => {
      for (let i = 0; i < GROUP_SIZE; i += 1) store.add({ errcode: GROUPED, errmsg: 'invalid code, this code has consumed.', rid: RID }, { key: 'consume-code' });
    },
  },
];

const titleOf = (words: DesignerWords, id: GalleryItem['id']) => words.gallery[id](GROUP_SIZE);

/** One item: a heading and the toast under it, on its own store. */
function Item({ item, lng }: { item: GalleryItem; lng: string }) {
  const store = useMemo(() => {
    const own = createCardErrorToastStore();
    item.fill(own);
    return own;
  }, [item]);
  const title = titleOf(designerWords(lng), item.id);
  return (
    <div className="sb-stack">
      <h2>{title}</h2>
      <StaticToasts store={store} label={title} />
    </div>
  );
}

function ToastGallery({ lng }: { lng: string }) {
  return (
    <div className="sb-page">
      <h1>{designerWords(lng).gallery.title}</h1>
      <div className="sb-side-by-side">
        {ITEMS.map((item) => (
          <Item key={item.id} item={item} lng={lng} />
        ))}
      </div>
    </div>
  );
}

/**
 * For designers: the toast's states, each kept open: an action button, Retry pending, the outcome a
 * retry brings, a failure grouped ×20. Each is a real `<CardErrorToaster store={…}>` on a store of its
 * own (see `stories/support/StaticToasts.tsx`), so four toasters share the page and their buttons work,
 * each on its own store; the theme and language follow the toolbar. Live toasts, with timers:
 * Components/Toasts.
 */
const meta = {
  title: 'Design/Toast gallery',
  component: ToastGallery,
  args: { lng: 'en' },
  argTypes: { lng: { control: false, description: 'Follows the Locale toolbar.' } },
  render: (_args, { globals }) => <ToastGallery lng={String(globals.locale ?? 'en')} />,
} satisfies Meta<typeof ToastGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every state at once; the test finds each toast by its region's name and checks what it shows. */
export const StaysOpen: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    const words = designerWords(lng);
    const kit = kitWords(lng);
    const toastIn = (id: GalleryItem['id']) => within(canvas.getByRole('region', { name: titleOf(words, id) })).getByRole('listitem');

    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(ITEMS.length));
    await animationsSettled(canvasElement);
    await step('an action button named for the next step', async () => {
      await expect(within(toastIn('action')).getByRole('button', { name: kit.action.restock })).toBeVisible();
    });
    await step('Retry pending: named "Trying again…", disabled, marked pending', async () => {
      const pending = within(toastIn('retrying')).getByRole('button', { name: kit.toast.retrying });
      await expect(pending).toHaveAttribute('aria-disabled', 'true');
      await expect(pending).toHaveAttribute('data-state', 'pending');
    });
    await step('the outcome replaces the error in the same toast', async () => {
      await waitFor(() => expect(toastIn('outcome')).toHaveAttribute('data-severity', 'success'));
      await expect(toastIn('outcome')).toHaveTextContent(describeCardError(0, { lng }).message);
      await expect(within(toastIn('outcome')).queryByRole('button', { name: kit.toast.retry })).toBeNull();
    });
    await step(`${GROUP_SIZE} calls, one toast with the count`, async () => {
      const grouped = toastIn('grouped');
      await expect(grouped).toHaveTextContent(kit.toast.count.replace('{{count}}', String(GROUP_SIZE)));
      await expect(grouped).toHaveTextContent(kit.toast.countLabel.replace('{{count}}', String(GROUP_SIZE)));
    });
  },
};

/**
 * Four toasters, four stores, one page: closing the toast of one leaves the other three alone (the
 * pending Retry of another stays pending).
 */
export const OwnStores: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const words = designerWords(String(globals.locale));
    const kit = kitWords(globals.locale);
    const region = (id: GalleryItem['id']) => canvas.getByRole('region', { name: titleOf(words, id) });
    const toastsIn = (id: GalleryItem['id']) => within(region(id)).queryAllByRole('listitem');
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(ITEMS.length));
    await animationsSettled(canvasElement);
    await step('Close closes the toast of its own toaster only', async () => {
      const close = within(toastsIn('action')[0] as HTMLElement).getByRole('button', { name: kit.toast.close });
      // Not before Radix has counted the toast (support/animations.ts readyToUse).
      await userEvent.click(await readyToUse(close));
      await waitFor(() => expect(toastsIn('action')).toHaveLength(0));
      for (const id of ['retrying', 'outcome', 'grouped'] as const) await expect(toastsIn(id)).toHaveLength(1);
    });
    await step('the pending Retry stays pending: a click elsewhere did not touch its store', async () => {
      await expect(within(toastsIn('retrying')[0] as HTMLElement).getByRole('button', { name: kit.toast.retrying })).toHaveAttribute('data-state', 'pending');
    });
  },
};

/** Five different failures and a toaster that shows two: the rest wait, counted in the "N more" summary. */
const QUEUED_CODES = CARD_ERROR_CODES.filter((code) => CARD_ERROR_CATALOG[code].severity === 'error').slice(0, 5);
const QUEUE_LIMIT = 2;

/**
 * The toaster's own "N more" (`<CardErrorToaster limit={2}>`, the app-wide queue): it stands for the
 * toasts waiting their turn, with Close all. On a phone (480 px or narrower) one toast shows and the
 * summary counts the rest (Design/Phone width). The viewport sits in the page here, not in a corner.
 */
export const QueuedMore: Story = {
  beforeEach: () => {
    dismissCardErrorToast();
    return () => dismissCardErrorToast();
  },
  render: (_args, { globals }) => (
    <div className="sb-page">
      <h1>{designerWords(globals.locale).gallery.queued(QUEUE_LIMIT, QUEUED_CODES.length - QUEUE_LIMIT)}</h1>
      <CardErrorToaster limit={QUEUE_LIMIT} className="sb-static-toasts" />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    const { toast } = kitWords(lng);
    const waiting = QUEUED_CODES.length - QUEUE_LIMIT;
    for (const code of QUEUED_CODES) toastCardError({ errcode: code, errmsg: 'from WeChat', rid: RID }, { duration: Infinity });
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(QUEUE_LIMIT + 1));
    await animationsSettled(canvasElement);
    const items = canvas.getAllByRole('listitem');
    for (const [index, code] of QUEUED_CODES.slice(0, QUEUE_LIMIT).entries()) {
      await expect(items[index]).toHaveTextContent(describeCardError(code, { lng }).message);
    }
    const summary = items[QUEUE_LIMIT] as HTMLElement;
    await expect(summary).toHaveTextContent(toast.more.replace('{{count}}', String(waiting)));
    await expect(summary).toHaveTextContent(toast.moreLabel.replace('{{count}}', String(waiting)));
    await expect(within(summary).getByRole('button', { name: toast.closeAll })).toBeVisible();
  },
};

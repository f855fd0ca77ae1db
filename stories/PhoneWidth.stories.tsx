import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { ComponentProps } from 'react';
import { CardErrorAlert, CardErrorToaster, dismissCardErrorToast, toastCardError } from '../src/index';
import { kitWords } from './support/kitWords';
import { readyToUse, toastsUsable } from './support/animations';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const noop = () => undefined;

/** The two phone widths the issue measured: an iPhone SE (1st gen.) and a 375 px phone (iPhone 6–8, SE 2). */
const PHONES = {
  phone320: { name: 'Phone 320 × 568', styles: { width: '320px', height: '568px' }, type: 'mobile' },
  phone375: { name: 'Phone 375 × 667', styles: { width: '375px', height: '667px' }, type: 'mobile' },
} as const;
type Phone = keyof typeof PHONES;
const widthOf = (phone: Phone) => Number.parseInt(PHONES[phone].styles.width, 10);

/**
 * Nothing sticks out sideways: the page does not scroll horizontally, and each box lies inside the screen
 * and inside `within` (the alert's or the toast's border) when given.
 */
async function fitsSideways(boxes: readonly Element[], within?: Element) {
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  const edge = within?.getBoundingClientRect() ?? { left: 0, right: window.innerWidth };
  for (const box of boxes) {
    const { left, right } = box.getBoundingClientRect();
    await expect(left).toBeGreaterThanOrEqual(Math.max(0, edge.left));
    await expect(right).toBeLessThanOrEqual(Math.min(window.innerWidth, edge.right));
  }
}

/**
 * WeChat Pay's "batch budget too low" (商家券): its meaning names the API path, one unbreakable token
 * (`/v3/marketing/busifavor/stocks/{stock_id}/budget`) wider than a 320 px phone's details column.
 */
const WECHAT_PAY_NOT_ENOUGH = {
  response: { status: 403, data: { code: 'NOT_ENOUGH', message: '批次预算不足' }, headers: { 'request-id': '08F1A2B3C4D5E6F7' } },
};

/** The phone's screen, from the viewport global (Storybook's toolbar, and addon-vitest sizes the page). */
const onPhone = (phone: Phone) => ({ globals: { viewport: { value: phone, isRotated: false } } });

/** A redeemed code with WeChat's long errmsg and a rid: the alert a counter sees most, details open. */
const ALERT: ComponentProps<typeof CardErrorAlert> = {
  error: { errcode: 40099, errmsg: 'invalid code, this code has consumed.', rid: RID },
  onAction: noop,
  onDismiss: noop,
  defaultDetailsOpen: true,
};

function PhonePage(props: Partial<ComponentProps<typeof CardErrorAlert>>) {
  return <CardErrorAlert {...ALERT} {...props} />;
}

/**
 * For designers: the alert with its technical details open, and the toasts, on a 320 and a 375 px
 * phone (Storybook's viewport global: the toolbar shows the phone frame; the tests size the page).
 */
const meta = {
  title: 'Design/Phone width',
  component: PhonePage,
  parameters: { viewport: { options: PHONES } },
  beforeEach: () => {
    dismissCardErrorToast();
    return () => dismissCardErrorToast();
  },
} satisfies Meta<typeof PhonePage>;

export default meta;
type Story = StoryObj<typeof meta>;

function alertStory(phone: Phone): Story {
  return {
    ...onPhone(phone),
    play: async ({ canvasElement, globals }) => {
      const canvas = within(canvasElement);
      const { ui, action } = kitWords(globals.locale);
      await expect(window.innerWidth).toBe(widthOf(phone));
      // 40099 is a warning: role status, with its details open and the rid readable.
      const alert = canvas.getByRole('status');
      await expect(canvas.getByText(RID)).toBeVisible();
      await expect(canvas.getByRole('button', { name: ui.copy })).toBeVisible();
      await expect(canvas.queryByRole('button', { name: action.editInput })).toBeNull(); // 40099 has no action
      await fitsSideways([alert, ...alert.querySelectorAll('dd, button')]);
      // Readable details: each value gets at least half the alert's width (labels sit above values).
      const values = [...alert.querySelectorAll('dd')];
      await expect(values.length).toBeGreaterThan(3);
      for (const value of values) {
        await expect(value.getBoundingClientRect().width).toBeGreaterThanOrEqual(alert.getBoundingClientRect().width / 2);
      }
    },
  };
}

/** WeChat Pay's NOT_ENOUGH, details open: every row, the long API path included, inside the alert's border. */
function wechatPayAlertStory(phone: Phone): Story {
  return {
    ...onPhone(phone),
    args: { error: WECHAT_PAY_NOT_ENOUGH },
    play: async ({ canvasElement }) => {
      await expect(window.innerWidth).toBe(widthOf(phone));
      const alert = within(canvasElement).getByRole('alert'); // NOT_ENOUGH is an error
      const rows = [...alert.querySelectorAll('dt, dd')];
      await expect(rows.length).toBeGreaterThan(3);
      await fitsSideways([...rows, ...alert.querySelectorAll('button')], alert);
    },
  };
}

/** WeChat Pay's NOT_ENOUGH alert, details open, on a 320 px phone. */
export const WeChatPayAlert320: Story = wechatPayAlertStory('phone320');
/** WeChat Pay's NOT_ENOUGH alert, details open, on a 375 px phone. */
export const WeChatPayAlert375: Story = wechatPayAlertStory('phone375');

/** The alert with details open on a 320 px phone. */
export const AlertDetailsOpen320: Story = alertStory('phone320');
/** The alert with details open on a 375 px phone. */
export const AlertDetailsOpen375: Story = alertStory('phone375');

/**
 * Four failures at the counter, WeChat Pay's NOT_ENOUGH first: on a phone one toast shows and "3 more"
 * stands for the others; its Details opened (the long API path), the region stays on the screen and scrolls
 * to the copy button.
 */
function toastStory(phone: Phone): Story {
  return {
    ...onPhone(phone),
    render: () => <CardErrorToaster />,
    play: async ({ canvasElement, globals, step }) => {
      const canvas = within(canvasElement);
      const { toast, ui } = kitWords(globals.locale);
      await expect(window.innerWidth).toBe(widthOf(phone));
      toastCardError(WECHAT_PAY_NOT_ENOUGH, { duration: Infinity });
      toastCardError({ errcode: 40099, errmsg: 'invalid code, this code has consumed.', rid: RID }, { duration: Infinity });
      toastCardError({ errcode: -1, errmsg: 'system error', rid: RID }, { key: 'add-stock', onRetry: noop, duration: Infinity });
      toastCardError({ errcode: 45031, errmsg: 'stock is out of limit', rid: RID }, { onAction: noop, duration: Infinity });
      const [first] = await canvas.findAllByRole('listitem');
      await toastsUsable(canvasElement);
      await step('one toast at a time, the rest counted in "3 more"', async () => {
        const items = canvas.getAllByRole('listitem');
        await expect(items).toHaveLength(2);
        await expect(items[1]).toHaveTextContent(toast.more.replace('{{count}}', '3'));
        await expect(canvas.getByRole('button', { name: toast.closeAll })).toBeVisible();
        await fitsSideways(items);
      });
      await step('Details opens inside the toast, still within the screen sideways', async () => {
        await userEvent.click(await readyToUse(within(first as HTMLElement).getByText(toast.details)));
        await expect(within(first as HTMLElement).getByText('08F1A2B3C4D5E6F7')).toBeVisible();
        await fitsSideways([first as HTMLElement, ...(first as HTMLElement).querySelectorAll('dt, dd, button')], first as HTMLElement);
      });
      await step('the region ends on the screen; the copy button scrolls into view inside it', async () => {
        const region = (first as HTMLElement).closest('ol') as HTMLElement;
        await expect(region.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
        const copy = within(first as HTMLElement).getByRole('button', { name: ui.copy });
        copy.scrollIntoView({ block: 'nearest' });
        const box = region.getBoundingClientRect();
        const button = copy.getBoundingClientRect();
        await expect(button.top).toBeGreaterThanOrEqual(box.top);
        await expect(button.bottom).toBeLessThanOrEqual(Math.min(box.bottom, window.innerHeight));
      });
    },
  };
}

/** The toaster on a 320 px phone. */
export const Toasts320: Story = toastStory('phone320');
/** The toaster on a 375 px phone. */
export const Toasts375: Story = toastStory('phone375');

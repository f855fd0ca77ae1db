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

/** Nothing sticks out sideways: the page does not scroll horizontally, and each box lies inside the screen. */
async function fitsSideways(boxes: readonly Element[]) {
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  for (const box of boxes) {
    const { left, right } = box.getBoundingClientRect();
    await expect(left).toBeGreaterThanOrEqual(0);
    await expect(right).toBeLessThanOrEqual(window.innerWidth);
  }
}

/** The phone's screen, from the viewport global (Storybook's toolbar, and addon-vitest sizes the page). */
const onPhone = (phone: Phone) => ({ globals: { viewport: { value: phone, isRotated: false } } });

/** A redeemed code with WeChat's long errmsg and a rid: the alert a counter sees most, details open. */
const ALERT: ComponentProps<typeof CardErrorAlert> = {
  error: { errcode: 40099, errmsg: 'invalid code, this code has consumed.', rid: RID },
  onAction: noop,
  onDismiss: noop,
  defaultDetailsOpen: true,
};

function PhonePage() {
  return <CardErrorAlert {...ALERT} />;
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

/** The alert with details open on a 320 px phone. */
export const AlertDetailsOpen320: Story = alertStory('phone320');
/** The alert with details open on a 375 px phone. */
export const AlertDetailsOpen375: Story = alertStory('phone375');

/**
 * Three failures at the counter: on a phone one toast shows and "2 more" stands for the others; its
 * Details opened, the region stays on the screen and scrolls to the copy button.
 */
function toastStory(phone: Phone): Story {
  return {
    ...onPhone(phone),
    render: () => <CardErrorToaster />,
    play: async ({ canvasElement, globals, step }) => {
      const canvas = within(canvasElement);
      const { toast, ui } = kitWords(globals.locale);
      await expect(window.innerWidth).toBe(widthOf(phone));
      toastCardError({ errcode: 40099, errmsg: 'invalid code, this code has consumed.', rid: RID }, { duration: Infinity });
      toastCardError({ errcode: -1, errmsg: 'system error', rid: RID }, { key: 'add-stock', onRetry: noop, duration: Infinity });
      toastCardError({ errcode: 45031, errmsg: 'stock is out of limit', rid: RID }, { onAction: noop, duration: Infinity });
      const [first] = await canvas.findAllByRole('listitem');
      await toastsUsable(canvasElement);
      await step('one toast at a time, the rest counted in "2 more"', async () => {
        const items = canvas.getAllByRole('listitem');
        await expect(items).toHaveLength(2);
        await expect(items[1]).toHaveTextContent(toast.more.replace('{{count}}', '2'));
        await expect(canvas.getByRole('button', { name: toast.closeAll })).toBeVisible();
        await fitsSideways(items);
      });
      await step('Details opens inside the toast, still within the screen sideways', async () => {
        await userEvent.click(await readyToUse(within(first as HTMLElement).getByText(toast.details)));
        await expect(within(first as HTMLElement).getByText(RID)).toBeVisible();
        await fitsSideways([first as HTMLElement, ...(first as HTMLElement).querySelectorAll('dd, button')]);
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

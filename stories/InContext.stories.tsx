import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { describeCardError, dismissCardErrorToast } from '../src/index';
import { animationsSettled, readyToUse } from './support/animations';
import { CouponAdmin } from './support/CouponAdmin';
import { WECHAT_RESPONSES } from './support/fakeWeChat';
import { kitWords } from './support/kitWords';
import { storyWords } from './support/words';

/**
 * A coupon admin page as a product would build it. Every action calls a WeChat card API that answers
 * with a real failure (`stories/support/fakeWeChat.ts`), and the page shows it with the kit.
 */
const meta = {
  title: 'In context',
  component: CouponAdmin,
  args: { lng: 'en', onAppAction: fn() },
  argTypes: { lng: { control: false, description: 'Follows the Locale toolbar.' } },
  render: (args, { globals }) => <CouponAdmin {...args} lng={String(globals.locale ?? 'en')} />,
  // The toast queue is app-wide: start and leave every story with no toast.
  beforeEach: () => {
    dismissCardErrorToast();
    return () => dismissCardErrorToast();
  },
} satisfies Meta<typeof CouponAdmin>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Matches a row's button by its visible label and the coupon its hidden text names. */
const rowAction = (label: string, coupon: string) => (name: string) => name.startsWith(label) && name.endsWith(coupon);

/** The page before anything happened: try the buttons. */
export const CouponAdminPage: Story = { name: 'Coupon admin' };

/** Each action fails the way WeChat fails it, and the page says what happened and what to do. */
export const EveryActionFails: Story = {
  play: async ({ canvasElement, globals, args, step }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    const words = storyWords(lng).admin;
    const kit = kitWords(lng);
    const message = (response: unknown) => describeCardError(response, { lng }).message;

    await step('create card: the account lacks the Cards feature (48001)', async () => {
      await userEvent.click(canvas.getByRole('button', { name: words.createCard }));
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(message(WECHAT_RESPONSES.createCard));
      await userEvent.click(within(alert).getByRole('button', { name: kit.action.requestPermission }));
      await expect(args.onAppAction).toHaveBeenCalledWith('requestPermission', expect.objectContaining({ code: 48001 }));
    });

    await step('redeem a code that was already used (40099)', async () => {
      const section = canvas.getByRole('region', { name: words.redeemTitle });
      await userEvent.click(within(section).getByRole('button', { name: words.redeem }));
      await expect(await within(section).findByRole('status')).toHaveTextContent(message(WECHAT_RESPONSES.consumeCode));
    });

    await step('add stock while WeChat is busy (-1): a toast offers Retry, which succeeds', async () => {
      const name = words.couponNames.gift;
      await userEvent.click(canvas.getByRole('button', { name: rowAction(words.addStock, name) }));
      const section = canvas.getByRole('region', { name: words.stockTitle(name) });
      await userEvent.click(within(section).getByRole('button', { name: words.save }));
      const toast = await canvas.findByRole('listitem');
      await expect(toast).toHaveTextContent(message(WECHAT_RESPONSES.modifyStockBusy));
      // Not before Radix has counted the toast: until then its region has pointer-events: none (issue 20).
      await userEvent.click(await readyToUse(within(toast).getByRole('button', { name: kit.toast.retry })));
      await waitFor(() => expect(toast).toHaveTextContent(message(WECHAT_RESPONSES.modifyStockOk)));
      const row = canvas.getByRole('row', { name: (rowName) => rowName.startsWith(name) });
      await expect(row).toHaveTextContent(words.left(500));
    });

    await step('shorten the dates (40100): "Edit details" puts the cursor back in the form', async () => {
      const name = words.couponNames.cash;
      await userEvent.click(canvas.getByRole('button', { name: rowAction(words.editDates, name) }));
      const section = canvas.getByRole('region', { name: words.editTitle(name) });
      await userEvent.click(within(section).getByRole('button', { name: words.save }));
      const alert = await within(section).findByRole('alert');
      await expect(alert).toHaveTextContent(message(WECHAT_RESPONSES.updateDates));
      await userEvent.click(within(alert).getByRole('button', { name: kit.action.editInput }));
      await expect(within(section).getByLabelText(words.begin)).toHaveFocus();
    });

    // axe runs after the play function: let the success toast finish sliding in first.
    await animationsSettled(canvasElement);
  },
};

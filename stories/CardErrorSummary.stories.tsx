import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CardErrorSummary, summarizeCardErrors } from '../src/index';
import { BATCH_ANSWERS, settledPaySend, settledSend } from './support/batchAnswers';
import { kitWords } from './support/kitWords';

const meta = {
  title: 'Components/CardErrorSummary',
  component: CardErrorSummary,
  tags: ['autodocs'],
  args: { onAction: fn(), onRetry: fn() },
  argTypes: { summary: { control: false }, i18n: { control: false } },
  parameters: {
    viewport: { options: { phone320: { name: 'Phone 320 × 568', styles: { width: '320px', height: '568px' }, type: 'mobile' } } },
    docs: {
      description: {
        component:
          'One summary for a batch (an import of codes, a send to a list of customers): the counts, progress while it runs, one row per cause with what to do, the keys to fix, and the failed rows as CSV. Build it with `summarizeCardErrors`.',
      },
    },
  },
} satisfies Meta<typeof CardErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A send to 3,000 customers, 1,200 answered so far: progress bar, counts so far, the causes met until now. */
export const RunningJob: Story = {
  args: {
    summary: summarizeCardErrors([], { total: 3000, complete: false }).add(settledSend(1000), 1000).add(settledSend(200), 200),
  },
  play: async ({ canvasElement, globals }) => {
    const bar = within(canvasElement).getByRole('progressbar', { name: kitWords(globals.locale).batch.progressLabel });
    await expect(bar).toHaveAttribute('aria-valuenow', '1200');
  },
};

/** The same send, finished: 3,000 results grouped by cause, largest first; Retry only where a retry can work. */
export const FinishedWithGroups: Story = {
  args: { summary: summarizeCardErrors(settledSend(3000)) },
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const words = kitWords(globals.locale).batch;
    const [first] = canvas.getAllByRole('button', { name: new RegExp(`^${words.keys.replace(/\{\{count\}\}/, '[\\d,]+')}$`), expanded: false });
    await userEvent.click(first as HTMLElement);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    const [retry] = canvas.getAllByRole('button', { name: words.retry });
    await userEvent.click(retry as HTMLElement);
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** 卡券 deposit and 商品券 upload: WeChat listed failed codes without a reason, and the summary says so. */
export const NoReasonGiven: Story = {
  args: { summary: summarizeCardErrors([BATCH_ANSWERS.deposit, BATCH_ANSWERS.productCoupon]) },
  play: async ({ canvasElement, globals }) => {
    await expect(within(canvasElement).getByText(kitWords(globals.locale).batch.noReason.message)).toBeVisible();
  },
};

/** 卡券 导入code (deposit): `succ_code`, `duplicate_code` (skipped), `fail_code` (no reason). */
export const CardDeposit: Story = { args: { summary: summarizeCardErrors(BATCH_ANSWERS.deposit) } };
/** 卡券 核查code (checkcode): `not_exist_code` are codes to import again. */
export const CardCheckcode: Story = { args: { summary: summarizeCardErrors(BATCH_ANSWERS.checkcode) } };
/** 支付后投放 (paygiftcard/add): each merchant's own errcode and errmsg. */
export const PayGiftCard: Story = { args: { summary: summarizeCardErrors(BATCH_ANSWERS.payGift) } };
/** 商家券 upload of pre-stored codes: `fail_codes` with a code each, `exist_codes` and `duplicate_codes` skipped. */
export const BusifavorCodeUpload: Story = { args: { summary: summarizeCardErrors(BATCH_ANSWERS.busifavor) } };
/** 商品券 pre-upload of codes: lists only, no reason per failed code. */
export const ProductCouponUpload: Story = { args: { summary: summarizeCardErrors(BATCH_ANSWERS.productCoupon) } };
/** The Mini Program coupon plugin's `send_coupon_result`: `DUPREQUEST` counts as already sent. */
export const CouponPlugin: Story = {
  args: { summary: summarizeCardErrors(BATCH_ANSWERS.plugin) },
  play: async ({ canvasElement, globals }) => {
    // Each coupon's code in WeChat Pay's words: the budget names the merchant platform admin, the day cap nobody.
    const canvas = within(canvasElement);
    const words = kitWords(globals.locale);
    await expect(canvas.getByText(words.pay.notEnough.message)).toBeVisible();
    await expect(canvas.getByText(words.pay.customerDayLimit.hint)).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: words.action.askPayAdmin })).toHaveLength(1);
  },
};
/** `Promise.allSettled` of 代金券 sends rejected with WeChat Pay's errors: retry only where WeChat Pay was busy. */
export const WeChatPaySends: Story = {
  args: { summary: summarizeCardErrors(settledPaySend(300)) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const words = kitWords(globals.locale);
    await expect(canvas.getByText(words.pay.customerLimit.message)).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: words.batch.retry })).toHaveLength(1);
  },
};
/** Only the failures, with the job's total: the rest went through. */
export const FailuresWithTotal: Story = {
  args: { summary: summarizeCardErrors([{ key: 'CODE-1', error: { errcode: 40099 } }, { key: 'CODE-2', error: { errcode: 40099 } }], { total: 500 }) },
};
/** 100,000 failures: each keys list shows its first 50 and says how many more; the CSV has them all. */
export const HundredThousandFailures: Story = {
  args: {
    summary: summarizeCardErrors(Array.from({ length: 100_000 }, (_, i) => ({ key: `CODE${i}`, error: { errcode: i % 3 ? 45031 : -1 } }))),
  },
};

/** At 320 px (an iPhone SE, 1st gen.), keys open: nothing sticks out sideways, the long 商家券 code wraps. */
export const OnPhone320: Story = {
  globals: { viewport: { value: 'phone320', isRotated: false } },
  args: { summary: summarizeCardErrors([BATCH_ANSWERS.busifavor, ...settledSend(400)]) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const words = kitWords(globals.locale).batch;
    const toggles = canvas.getAllByRole('button', { name: new RegExp(`^${words.keys.replace(/\{\{count\}\}/, '[\\d,]+')}$`), expanded: false });
    for (const toggle of toggles) await userEvent.click(toggle);
    for (const toggle of toggles) await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    for (const box of canvas.getAllByRole('listitem')) await expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
  },
};

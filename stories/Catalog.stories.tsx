import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CARD_ERROR_CATALOG, CARD_ERROR_CODES, CARD_ERROR_LANGUAGES, describeCardError } from '../src/index';
import { kitWords, ORIGIN_CASES } from './support/kitWords';
import { CatalogPage, passesFilter, type CatalogFilter } from './support/CatalogPage';
import { CatalogPayPage } from './support/CatalogPay';
import { PAY_ROUTING_EXAMPLES, PAY_SAMPLES } from './support/payInputs';
import { storyWords } from './support/words';

/**
 * Every code of `CARD_ERROR_CATALOG`, generated from it: a new code appears here without touching
 * the stories; then every failure without a WeChat code (offline, timeout, cancel, HTTP statuses),
 * generated from the kit's origin cases. Filter by severity, action button and category.
 */
const meta = {
  title: 'Catalog',
  component: CatalogPage,
  args: { view: 'current', lng: 'en' },
  argTypes: {
    view: { control: 'inline-radio', options: ['current', 'all'] },
    lng: { control: false, description: 'Follows the Locale toolbar.' },
  },
  // The toolbar's language, not a control: designers switch it for every story at once.
  render: (args, { globals }) => <CatalogPage {...args} lng={String(globals.locale ?? 'en')} />,
} satisfies Meta<typeof CatalogPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Table rows of the catalog: one per code shown. */
const codeRows = (canvasElement: HTMLElement): HTMLElement[] =>
  within(canvasElement)
    .getAllByRole('row')
    .filter((row) => row.dataset.code !== undefined);

/** Table rows of failures without a WeChat code: one per origin case shown. */
const originRows = (canvasElement: HTMLElement): HTMLElement[] =>
  within(canvasElement)
    .getAllByRole('row')
    .filter((row) => row.dataset.originCase !== undefined);

/** Every code in the toolbar's language: severity, category, message, hint, action and WeChat's meaning. */
export const CurrentLanguage: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    await expect(canvas.getByRole('table', { name: storyWords(lng).catalog.title })).toBeVisible();
    await expect(codeRows(canvasElement)).toHaveLength(CARD_ERROR_CODES.length);
    // Each row reads the kit's own copy for its code, in the toolbar's language.
    const row = codeRows(canvasElement).find((r) => r.dataset.code === '45031');
    await expect(row).toHaveTextContent(describeCardError(45031, { lng }).message);
    // Then every failure that has no WeChat code, none of them worded as WeChat's answer.
    await expect(canvas.getByRole('table', { name: storyWords(lng).catalog.originsTitle })).toBeVisible();
    await expect(originRows(canvasElement).map((r) => r.dataset.originCase)).toEqual([...ORIGIN_CASES]);
    for (const origin of originRows(canvasElement)) await expect(origin.textContent).not.toMatch(/微信返回|WeChat returned/);
  },
};

/** Every shipped language side by side (English, Simplified, Traditional), for reviewing the texts against each other. */
export const AllLanguages: Story = {
  // The page shows every language whatever the toolbar's: tested once per theme (.storybook/test-matrix.ts).
  tags: ['every-language'],
  args: { view: 'all' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(codeRows(canvasElement)).toHaveLength(CARD_ERROR_CODES.length);
    const row = codeRows(canvasElement).find((r) => r.dataset.code === '40099');
    for (const lng of CARD_ERROR_LANGUAGES) {
      await expect(row).toHaveTextContent(describeCardError(40099, { lng }).message);
    }
  },
};

/** The filter narrows the list: warnings first, then warnings that offer "Try again". */
export const Filtered: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const words = storyWords(String(globals.locale)).catalog;
    const expected = (filter: CatalogFilter) =>
      CARD_ERROR_CODES.filter((code) => passesFilter(CARD_ERROR_CATALOG[code], filter)).map(String);

    await step('by severity', async () => {
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: words.severity }), 'warning');
      const codes = expected({ severity: 'warning', action: 'all', category: 'all' });
      await expect(codes.length).toBeLessThan(CARD_ERROR_CODES.length);
      await expect(codeRows(canvasElement).map((row) => row.dataset.code)).toEqual(codes);
      await expect(canvas.getByRole('status')).toHaveTextContent(words.shown(codes.length, CARD_ERROR_CODES.length));
    });

    await step('and by action', async () => {
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: words.action }), 'retry');
      const codes = expected({ severity: 'warning', action: 'retry', category: 'all' });
      await expect(codes.length).toBeGreaterThan(0);
      await expect(codeRows(canvasElement).map((row) => row.dataset.code)).toEqual(codes);
    });
  },
};

/** Table rows of the WeChat Pay catalog: one per code, or code and message. */
const payRows = (canvasElement: HTMLElement): HTMLElement[] =>
  within(canvasElement)
    .getAllByRole('row')
    .filter((row) => row.dataset.payCode !== undefined);

/**
 * Every WeChat Pay coupon code (代金券, 商家券, the coupon plugin, v2 send_coupon) in the toolbar's
 * language, generated from the public `WECHAT_PAY_CODES`: each code, each documented message that changes
 * what the operator should do.
 */
export const WeChatPay: Story = {
  render: (_args, { globals }) => <CatalogPayPage view="current" lng={String(globals.locale ?? 'en')} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    await expect(canvas.getByRole('table', { name: storyWords(lng).catalog.payTitle })).toBeVisible();
    await expect(payRows(canvasElement).map((row) => row.dataset.payCode)).toEqual(PAY_SAMPLES.map(({ id }) => id));
    for (const [row, { input }] of payRows(canvasElement).map((r, i) => [r, PAY_SAMPLES[i]!] as const)) {
      await expect(row).toHaveTextContent(describeCardError(input, { lng }).message);
      // No WeChat Pay failure is the operator's sign-in or the Official Account admin's.
      await expect(row.textContent).not.toMatch(/公众号|公眾號|sign in/i);
    }
  },
};

/** Every WeChat Pay code in every shipped language, side by side. */
export const WeChatPayAllLanguages: Story = {
  tags: ['every-language'],
  render: (_args, { globals }) => <CatalogPayPage view="all" lng={String(globals.locale ?? 'en')} />,
  play: async ({ canvasElement }) => {
    const row = payRows(canvasElement).find((r) => r.dataset.payCode === 'NOT_ENOUGH');
    for (const lng of CARD_ERROR_LANGUAGES) {
      await expect(row).toHaveTextContent(describeCardError(PAY_ROUTING_EXAMPLES[1]!.input, { lng }).message);
    }
  },
};

/**
 * The routing examples of issue 22: SIGN_ERROR at 401 goes to the developer (not "sign in again"),
 * NOT_ENOUGH at 403 to the merchant platform admin (the batch's budget), RULE_LIMIT and
 * USER_ACCOUNT_ABNORMAL to nobody (no button), REQUEST_BLOCKED "活动未开始或已结束" to the admin (the batch's state).
 */
export const WeChatPayRouting: Story = {
  render: (_args, { globals }) => <CatalogPayPage view="current" lng={String(globals.locale ?? 'en')} samples={PAY_ROUTING_EXAMPLES} />,
  play: async ({ canvasElement, globals }) => {
    const lng = String(globals.locale);
    const { action: actions, category: categories } = kitWords(lng);
    const noButton = storyWords(lng).catalog.noButton;
    const expected = [
      [actions.contactDeveloper, categories.signature],
      [actions.askPayAdmin, categories.budget],
      [noButton, categories.customerLimit],
      [noButton, categories.risk],
      [actions.askPayAdmin, categories.batch],
    ] as const;
    const rows = payRows(canvasElement);
    await expect(rows).toHaveLength(expected.length);
    for (const [index, [action, category]] of expected.entries()) {
      await expect(rows[index]).toHaveTextContent(action);
      await expect(rows[index]).toHaveTextContent(category);
    }
  },
};

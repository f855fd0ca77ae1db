import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CARD_ERROR_CATALOG, CARD_ERROR_CODES, CARD_ERROR_LANGUAGES, describeCardError } from '../src/index';
import { ORIGIN_CASES } from './support/kitWords';
import { CatalogPage, passesFilter, type CatalogFilter } from './support/CatalogPage';
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

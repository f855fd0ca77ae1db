import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CardErrorAlert,
  type CardErrorCode,
  type CardErrorSeverity,
} from '../src/index';

/** The first catalog code of a severity, so the stories follow the catalog. */
const codeOf = (severity: CardErrorSeverity): CardErrorCode =>
  CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].severity === severity) ?? -1;

const meta = {
  title: 'Components/CardErrorAlert',
  component: CardErrorAlert,
  tags: ['autodocs'],
  args: { onDismiss: fn(), onAction: fn() },
} satisfies Meta<typeof CardErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = { args: { code: codeOf('success') } };
export const Info: Story = { args: { code: codeOf('info') } };
export const Warning: Story = { args: { code: codeOf('warning') } };
export const Error: Story = {
  args: {
    error: { errcode: 45030, errmsg: 'limit cardid, not support this function rid: 6561a3f0-1b2c3d4e-5f6a7b8c' },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(within(alert).getByRole('img')).toHaveAccessibleName();
    await userEvent.click(within(alert).getByRole('button', { name: /apply|申请/i }));
    await expect(args.onAction).toHaveBeenCalledWith('requestPermission', expect.anything());
  },
};

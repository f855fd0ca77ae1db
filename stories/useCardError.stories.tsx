import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CARD_ERROR_CODES, describeCardError } from '../src/index';
import { HookViewTable } from './support/HookViewTable';

/** The story's controls: a code from the catalog and WeChat's raw errmsg. */
interface HookStoryArgs {
  /** Any catalog code. */
  code: number;
  /** WeChat's errmsg as it arrives, with its ` hint: [...]` and ` rid: ...` suffixes. */
  errmsg: string;
}

/**
 * `useCardError(input)` returns the same view as `describeCardError`, plus `labels` (every UI word in
 * that language) and `rootProps` for your own element. Pick any catalog code in the controls.
 */
const meta = {
  title: 'Hooks/useCardError',
  args: {
    code: 40099,
    errmsg: 'invalid code, this code has consumed. hint: [Kd3Bm0471a1] rid: 6561a3f0-1b2c3d4e-5f6a7b8c',
  },
  argTypes: {
    code: { control: 'select', options: CARD_ERROR_CODES, description: 'Any code of the catalog.' },
    errmsg: { control: 'text', description: "WeChat's raw errmsg, suffixes and all." },
  },
  render: ({ code, errmsg }, { globals }) => (
    <HookViewTable input={{ errcode: code, errmsg }} lng={String(globals.locale ?? 'en')} />
  ),
} satisfies Meta<HookStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The returned view as a table: each field, its value, and how the alert shows it. */
export const ReturnedView: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const view = describeCardError({ errcode: args.code, errmsg: args.errmsg }, { lng: String(globals.locale) });
    const valueOf = (field: string) => canvas.getByRole('rowheader', { name: field }).nextElementSibling;
    await expect(valueOf('message')).toHaveTextContent(view.message);
    // WeChat's suffixes are split off: the rid gets its own field and the hint is dropped.
    await expect(valueOf('rid')).toHaveTextContent('6561a3f0-1b2c3d4e-5f6a7b8c');
    await expect(valueOf('errmsg')).toHaveTextContent('"invalid code, this code has consumed."');
  },
};

/** An errcode the catalog does not know: a generic message that names the code, never a blank. */
export const UnknownCode: Story = {
  args: { code: 99999, errmsg: 'something new rid: 6561a3f0-00000000-00000000' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('rowheader', { name: 'known' }).nextElementSibling).toHaveTextContent('false');
    await expect(canvas.getByRole('rowheader', { name: 'message' }).nextElementSibling).toHaveTextContent('99999');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  CardErrorAlert,
  CardErrorToaster,
  defineCardErrors,
  describeCardError,
  dismissCardErrorToast,
  toastCardError,
  type CardErrorDefinitions,
} from '../src/index';
import { designerWords } from './support/designerWords';
import { kitWords } from './support/kitWords';
import { toastsUsable } from './support/animations';
import './support/stories.css';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';

/** A code of the host's own back end (not WeChat's): its points service timed out. */
const CUSTOM_CODE = 930001;

/** The host's definition: a warning with Retry, its words in both languages from the stories' words. */
const DEFINITION: CardErrorDefinitions = {
  [CUSTOM_CODE]: {
    severity: 'warning',
    action: 'retry',
    retryable: true,
    copy: { en: designerWords('en').custom, 'zh-CN': designerWords('zh-CN').custom, 'zh-Hant': designerWords('zh-Hant').custom },
  },
};

/** Holds the definition while mounted, as a host's provider would: defined on mount, removed on unmount. */
function Definition() {
  // Defined after the first render (effects run after it), so the alert's first render shows the
  // unknown-code words; it re-renders as soon as its subscription to the definitions starts.
  useLayoutEffect(() => defineCardErrors(DEFINITION), []);
  return null;
}

/** The custom code's alert, and a switch that unmounts the definition (the alert stays). */
function CustomCodeDemo({ lng }: { lng: string }) {
  const [defined, setDefined] = useState(true);
  const words = designerWords(lng).custom;
  return (
    <div className="sb-page">
      {defined ? <Definition /> : null}
      <CardErrorAlert error={{ errcode: CUSTOM_CODE, errmsg: 'points-service timeout', rid: RID }} onAction={fn()} defaultDetailsOpen />
      <p>
        <button type="button" className="sb-button" aria-pressed={!defined} onClick={() => setDefined((on) => !on)}>
          {words.remove}
        </button>
      </p>
    </div>
  );
}

/**
 * Options of the alert (and the toaster's labels) that designers asked to see: no technical details,
 * a host's own code from `defineCardErrors`, and label overrides.
 */
const meta = {
  title: 'Components/Alert options',
  component: CardErrorAlert,
  beforeEach: () => {
    dismissCardErrorToast();
    return () => dismissCardErrorToast();
  },
} satisfies Meta<typeof CardErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `showDetails={false}`: message, hint and action only; nothing for the developer on this screen. */
export const WithoutDetails: Story = {
  args: { error: { errcode: 45031, errmsg: 'stock is out of limit', rid: RID }, showDetails: false, onAction: fn() },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { ui, action } = kitWords(globals.locale);
    await expect(canvas.getByRole('status')).toHaveTextContent(describeCardError(45031, { lng: String(globals.locale) }).message);
    await expect(canvas.getByRole('button', { name: action.restock })).toBeVisible();
    await expect(canvas.queryByText(ui.details)).toBeNull();
    await expect(canvas.queryByRole('button', { name: ui.copy })).toBeNull();
    await expect(canvas.queryByText(RID)).toBeNull();
  },
};

/**
 * A code of the host's own (930001, its points service) defined with `defineCardErrors` while the
 * story is mounted: a warning with Retry and the host's words in both languages. The button unmounts
 * the definition: the same alert falls back to the kit's words for an unknown code; pressed again, it
 * mounts it again.
 */
export const CustomCode: Story = {
  render: (_args, { globals }) => <CustomCodeDemo lng={String(globals.locale ?? 'en')} />,
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    const words = designerWords(lng).custom;
    const { action } = kitWords(lng);
    await step('the host’s words, severity and action', async () => {
      // Not at once: the alert picks the definition up when its subscription starts (see Definition).
      const alert = await canvas.findByRole('status');
      await expect(alert).toHaveAttribute('data-severity', 'warning');
      await expect(alert).toHaveAttribute('data-code', String(CUSTOM_CODE));
      await expect(alert).toHaveTextContent(words.message);
      await expect(alert).toHaveTextContent(words.hint);
      await expect(alert).toHaveTextContent(words.detail);
      await expect(within(alert).getByRole('button', { name: action.retry })).toBeVisible();
    });
    await step('removed on unmount: the kit’s unknown-code words again', async () => {
      await userEvent.click(canvas.getByRole('button', { name: words.remove }));
      // Unknown codes are errors (role alert); the generic message names the code.
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(describeCardError(CUSTOM_CODE, { lng }).message);
      await expect(alert).not.toHaveTextContent(words.message);
      await expect(alert).toHaveTextContent(String(CUSTOM_CODE));
    });
    await step('mounted again: the host’s words again (the page ends as a designer wants to see it)', async () => {
      await userEvent.click(canvas.getByRole('button', { name: words.remove }));
      await expect(await canvas.findByRole('status')).toHaveTextContent(words.message);
    });
  },
};

/** `labels` on the alert: the dismiss button's name, the details summary and the copy button in the host's words. */
export const LabelOverrides: Story = {
  args: { code: 45031, onDismiss: fn(), defaultDetailsOpen: true },
  render: (args, { globals }) => <CardErrorAlert {...args} labels={designerWords(globals.locale).labels} />,
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const { ui } = kitWords(globals.locale);
    const labels = designerWords(globals.locale).labels;
    await expect(canvas.getByText(labels.details)).toBeVisible();
    await expect(canvas.queryByText(ui.details)).toBeNull();
    await expect(canvas.getByRole('button', { name: labels.copy })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: labels.dismiss }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};

/** `labels` on the toaster: its close button and Retry in the host's words (a toast that stays). */
export const ToastLabelOverrides: Story = {
  render: (_args, { globals }) => <CardErrorToaster labels={designerWords(globals.locale).toastLabels} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const labels = designerWords(globals.locale).toastLabels;
    toastCardError({ errcode: -1, errmsg: 'system error', rid: RID }, { onRetry: () => undefined, duration: Infinity });
    const toast = await canvas.findByRole('listitem');
    await toastsUsable(canvasElement);
    await expect(within(toast).getByRole('button', { name: labels.close })).toBeVisible();
    await expect(within(toast).getByRole('button', { name: labels.retry })).toBeVisible();
    await expect(within(toast).queryByRole('button', { name: kitWords(globals.locale).toast.close })).toBeNull();
  },
};

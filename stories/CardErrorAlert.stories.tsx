import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CardErrorAlert,
  describeCardError,
  type CardErrorCode,
  type CardErrorSeverity,
} from '../src/index';
import { kitWords } from './support/kitWords';
import { TRANSPORT_FAILURES } from './support/transportFailures';

/** The first catalog code of a severity, so the stories follow the catalog. */
const codeOf = (severity: CardErrorSeverity): CardErrorCode =>
  CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].severity === severity) ?? -1;


/** The catalog code whose English message and hint are the longest. */
const LONGEST_COPY_CODE = CARD_ERROR_CODES.reduce((longest, code) => {
  const size = (c: CardErrorCode) => {
    const view = describeCardError(c, { lng: 'en' });
    return view.message.length + view.hint.length;
  };
  return size(code) > size(longest) ? code : longest;
});

const meta = {
  title: 'Components/CardErrorAlert',
  component: CardErrorAlert,
  tags: ['autodocs'],
  argTypes: {
    code: { control: 'select', options: CARD_ERROR_CODES },
    error: { control: 'object' },
    lng: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    i18n: { control: false },
    labels: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'An inline alert for one WeChat card-coupon result. Use it for failures that block the task on screen (a form that was rejected, a missing permission); use a toast for transient ones.',
      },
    },
  },
} satisfies Meta<typeof CardErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A successful call (errcode 0): `role="status"`, green, a tick. */
export const Success: Story = { args: { code: codeOf('success') } };

/** Nothing went wrong on the merchant's side: `role="status"`, blue, an "i". */
export const Info: Story = { args: { code: codeOf('info') } };

/** Worth attention, nothing broken: `role="status"`, amber, a triangle. */
export const Warning: Story = { args: { code: codeOf('warning') } };

/** Blocks the task: `role="alert"`, red, an octagon; the icon is named for screen readers. */
export const Error: Story = {
  args: { code: codeOf('error') },
  play: async ({ canvasElement, globals }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('img')).toHaveAccessibleName(kitWords(globals.locale).severity.error);
  },
};

/** The catalog's first code whose next step is applying for a permission, so the story follows the catalog. */
const PERMISSION_CODE = CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].action === 'requestPermission') ?? 48001;

/** With `onAction`, the code's next step is a button; the handler receives the action kind and the view. */
export const WithAction: Story = {
  args: {
    error: { errcode: PERMISSION_CODE, errmsg: 'api unauthorized rid: 6561a3f0-1b2c3d4e-5f6a7b8c' },
    onAction: fn(),
  },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('alert');
    const apply = within(alert).getByRole('button', { name: kitWords(globals.locale).action.requestPermission });
    await userEvent.click(apply);
    await expect(args.onAction).toHaveBeenCalledWith('requestPermission', expect.objectContaining({ code: PERMISSION_CODE }));
  },
};

/** With `onDismiss`, a close button named in the alert's language. */
export const Dismissible: Story = {
  args: { code: 45031, onDismiss: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const alert = within(canvasElement).getByRole('status');
    await userEvent.click(within(alert).getByRole('button', { name: kitWords(globals.locale).ui.dismiss }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};

/** Technical details open: code, category, WeChat's meaning, errmsg and rid, and a copy button. */
export const TechnicalDetailsOpen: Story = {
  args: {
    error: { errcode: 40099, errmsg: 'invalid code, this code has consumed. rid: 6561a3f0-1b2c3d4e-5f6a7b8c' },
    defaultDetailsOpen: true,
  },
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const { ui } = kitWords(globals.locale);
    await step('details are open', async () => {
      await expect(canvas.getByText(ui.rid)).toBeVisible();
      await expect(canvas.getByText('6561a3f0-1b2c3d4e-5f6a7b8c')).toBeVisible();
      await expect(canvas.getByText('invalid code, this code has consumed.')).toBeVisible();
    });
    await step('copy reports success', async () => {
      await userEvent.click(canvas.getByRole('button', { name: ui.copy }));
      await expect(await canvas.findByRole('button', { name: ui.copied })).toBeVisible();
    });
  },
};

/** The longest message and hint of the catalog, a long errmsg and a long rid, in a narrow column. */
export const LongCopy: Story = {
  args: {
    error: {
      errcode: LONGEST_COPY_CODE,
      errmsg: `${'a very long message from WeChat that goes on and on without a natural break '.repeat(4)}rid: 6561a3f0-1b2c3d4e-5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c`,
    },
    defaultDetailsOpen: true,
    onAction: fn(),
    onDismiss: fn(),
    style: { maxWidth: 360 },
  },
};

/** An errcode the kit does not know: the generic message names the code; never blank, never a raw key. */
export const UnknownCode: Story = {
  args: { error: { errcode: 87014, errmsg: 'risky content rid: 6561a3f0-1b2c3d4e-5f6a7b8c' }, defaultDetailsOpen: true },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', '87014');
    await expect(alert.querySelector('[data-slot="message"]')).toHaveTextContent('87014');
  },
};

/**
 * WeChat's response exactly as it arrives, as JSON text: the ` hint: [...]` suffix is dropped and the
 * ` rid: ...` suffix goes to its own row of the technical details.
 */
export const RawWeChatResponse: Story = {
  args: {
    error:
      '{"errcode":40001,"errmsg":"invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r hint: [k8LhGa0771b543] rid: 6561a3f0-4e5c0a7b-1f2d3c4b"}',
    defaultDetailsOpen: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('6561a3f0-4e5c0a7b-1f2d3c4b')).toBeVisible();
    await expect(canvas.getByText(/^invalid credential, access_token is invalid/)).not.toHaveTextContent(/hint:|rid:/);
  },
};

/** An axios error whose `response.data` holds WeChat's body (an interceptor threw on a non-zero errcode). */
export const AxiosStyleError: Story = {
  args: {
    error: Object.assign(new globalThis.Error('Request failed with status code 200'), {
      isAxiosError: true,
      name: 'AxiosError',
      code: 'ERR_BAD_RESPONSE',
      response: {
        status: 200,
        data: { errcode: 45031, errmsg: 'stock is out of limit rid: 6561a3f0-1b2c3d4e-5f6a7b8c' },
      },
    }),
    onAction: fn(),
  },
  play: async ({ canvasElement, globals }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveAttribute('data-code', '45031');
    await expect(status).toHaveTextContent(describeCardError(45031, { lng: String(globals.locale) }).message);
  },
};

/**
 * The merchant's own server answered HTTP 401 (the operator's session ended): it never reached WeChat,
 * so the alert asks to sign in again, and the details show the HTTP status and the server's response.
 */
export const SessionExpired: Story = {
  args: { error: TRANSPORT_FAILURES.unauthorized, onAction: fn(), defaultDetailsOpen: true },
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement);
    const { action, ui } = kitWords(globals.locale);
    await expect(canvas.getByRole('status')).toHaveAttribute('data-origin', 'http');
    await expect(canvas.getByText(ui.status)).toBeVisible();
    await expect(canvas.queryByText(ui.errmsg)).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: action.signIn }));
    await expect(args.onAction).toHaveBeenCalledWith('signIn', expect.objectContaining({ status: 401 }));
  },
};

/** `lng` fixes one alert's language whatever the app's (here simplified Chinese under any toolbar setting). */
export const LanguageOverride: Story = {
  args: { code: 45031, lng: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveAttribute('lang', 'zh-CN');
    await expect(status).toHaveTextContent(describeCardError(45031, { lng: 'zh-CN' }).message);
  },
};

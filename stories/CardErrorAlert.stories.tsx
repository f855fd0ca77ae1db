import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CardErrorAlert,
  describeCardError,
  type CardErrorCode,
  type CardErrorSeverity,
} from '../src/index';
import { kitWords } from './support/kitWords';
import { storyWords } from './support/words';
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

/** A long errmsg and rid with the details open: what a phone at the counter shows a developer. */
const PHONE_ERROR = {
  errcode: LONGEST_COPY_CODE,
  errmsg: `invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r rid: 6561a3f0-1b2c3d4e-5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c`,
};

/** Phone widths: the 320 and 375 px. */
const PHONE_WIDTHS = [320, 375] as const;

/**
 * The alert with its details open in a 320 px and a 375 px column (a phone's width, 16 px page
 * margins): each label sits above its value, so values get the whole width (issue 13: 59 px before).
 */
export const PhoneWidths: Story = {
  args: { error: PHONE_ERROR, defaultDetailsOpen: true, onAction: fn(), onDismiss: fn() },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      {PHONE_WIDTHS.map((width) => (
        <div key={width} data-phone={width} style={{ inlineSize: width, padding: 16, boxSizing: 'border-box', outline: '1px dashed var(--cek-muted)' }}>
          <CardErrorAlert {...args} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const width of PHONE_WIDTHS) {
      const phone = canvasElement.querySelector<HTMLElement>(`[data-phone="${width}"]`);
      const alert = phone?.querySelector<HTMLElement>('[data-slot="alert"]');
      if (!phone || !alert) throw new globalThis.Error(`no alert at ${width} px`);
      // No horizontal overflow: not out of the phone, not inside the alert.
      await expect(phone.scrollWidth).toBeLessThanOrEqual(phone.clientWidth);
      await expect(alert.scrollWidth).toBeLessThanOrEqual(alert.clientWidth);
      const half = alert.getBoundingClientRect().width / 2;
      const values = [...alert.querySelectorAll('dd')];
      await expect(values.length).toBeGreaterThanOrEqual(5);
      for (const value of values) await expect(value.getBoundingClientRect().width).toBeGreaterThanOrEqual(half);
    }
  },
};

/** Elements and text nodes of `root` and below. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let count = 1;
  while (walker.nextNode()) count += 1;
  return count;
}

/**
 * Collapsed, an alert is its icon, message, hint, buttons and the details summary: the rows and the
 * copy button are built when the details open (issue 13: 41 nodes bare, 49 with action and dismiss).
 */
export const CollapsedIsLight: Story = {
  args: { code: 45031, onAction: fn(), onDismiss: fn() },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitWords(globals.locale);
    const alert = within(canvasElement).getByRole('status');
    await expect(nodeCount(alert)).toBeLessThanOrEqual(18);
    await expect(within(alert).queryByRole('button', { name: ui.copy })).toBeNull();
    await userEvent.click(within(alert).getByText(ui.details));
    await expect(within(alert).getByRole('button', { name: ui.copy })).toBeVisible();
    await expect(within(alert).getByText('45031')).toBeVisible();
    await userEvent.click(within(alert).getByText(ui.details));
    await expect(within(alert).queryByRole('button', { name: ui.copy })).toBeNull();
  },
};

/** A form whose failed save shows a dismissible alert, and a field after it. */
function FormWithAlert({ locale }: { locale: string }) {
  const words = storyWords(locale).admin;
  const [failed, setFailed] = useState(true);
  return (
    <form style={{ display: 'grid', gap: 12, maxInlineSize: 480 }} onSubmit={(event) => event.preventDefault()}>
      <button type="button" className="sb-button" onClick={() => setFailed(true)}>
        {words.save}
      </button>
      {failed ? <CardErrorAlert code={45031} onDismiss={() => setFailed(false)} /> : null}
      <label style={{ display: 'grid', gap: 4 }}>
        {words.redeemCode}
        <input />
      </label>
    </form>
  );
}

/**
 * Dismissing an alert puts focus back where the operator was (the Save button that failed), else on
 * the next field; never on `<body>`, where the next Tab would start from the top of the page.
 */
export const DismissKeepsFocus: Story = {
  render: (_args, { globals }) => <FormWithAlert locale={String(globals.locale)} />,
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement);
    const { ui } = kitWords(globals.locale);
    const save = canvas.getByRole('button', { name: storyWords(String(globals.locale)).admin.save });
    await step('by keyboard: back to the element focused before', async () => {
      save.focus();
      const dismiss = canvas.getByRole('button', { name: ui.dismiss });
      dismiss.focus(); // as Tab would: focus moves from Save into the alert
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(canvas.queryByRole('status')).toBeNull());
      await expect(document.activeElement).not.toBe(document.body);
      await expect(save).toHaveFocus();
    });
    await step('by pointer, nothing focused before: the next field', async () => {
      await userEvent.click(save);
      save.blur();
      await userEvent.click(canvas.getByRole('button', { name: ui.dismiss }));
      await waitFor(() => expect(canvas.queryByRole('status')).toBeNull());
      await expect(document.activeElement).not.toBe(document.body);
    });
  },
};

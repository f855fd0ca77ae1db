import type { Meta, StoryObj } from '@storybook/react-vite';
import { Alert, App, Button, Card, ConfigProvider, Space, theme as antdTheme, type AlertProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import antdReset from 'antd/dist/reset.css?inline';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CardErrorAlert,
  CardErrorToaster,
  describeCardError,
  dismissCardErrorToast,
  toastCardError,
  resolveCardErrorLanguage,
  useCardError,
  type CardErrorAction,
  type CardErrorLanguage,
  type CardErrorSeverity,
  type CardErrorView,
} from '../src/index';
import { animationsSettled } from './support/animations';
import { kitWords } from './support/kitWords';
import { storyWords } from './support/words';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
/** Stock ran out: the antd alert's example (a code with an action button). */
const OUT_OF_STOCK = { errcode: 45031, errmsg: 'stock is out of limit', rid: RID };
/** The catalog's first error-severity code: what the Redeem button's call fails with. */
const REDEEM_FAILURE = {
  errcode: CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].severity === 'error') ?? -1,
  errmsg: 'from WeChat',
  rid: RID,
};

/** The kit's severities are antd's alert, message and notification types, one for one. */
const ANTD_TYPE = {
  success: 'success',
  info: 'info',
  warning: 'warning',
  error: 'error',
} as const satisfies Record<CardErrorSeverity, NonNullable<AlertProps['type']>>;

/** `useCardError` rendered by antd's `<Alert>`: the kit's words, role and data attributes, antd's look. */
function AntdCardErrorAlert({ error, onAction }: { error: unknown; onAction?: (action: CardErrorAction) => void }) {
  const view = useCardError(error);
  return (
    <Alert
      {...view.rootProps}
      type={ANTD_TYPE[view.severity]}
      showIcon
      title={view.message}
      description={view.hint}
      action={
        onAction && view.action !== 'none' ? (
          <Button size="small" onClick={() => onAction(view.action)}>
            {view.labels.actions[view.action]}
          </Button>
        ) : undefined
      }
    />
  );
}

/** `describeCardError` through antd's `message` (one line) and `notification` (message and hint). */
function useAntdFeedback() {
  const { message, notification } = App.useApp();
  return {
    message: (view: CardErrorView) => message.open({ type: ANTD_TYPE[view.severity], content: view.message }),
    notify: (view: CardErrorView) =>
      notification.open({ type: ANTD_TYPE[view.severity], title: view.message, description: view.hint }),
  };
}

/** An Ant Design admin card: antd's alert from the hook, antd feedback, and the kit's alert and toaster. */
function AdminCard({ lng }: { lng: string }) {
  const words = storyWords(lng).antd;
  const feedback = useAntdFeedback();
  const redeem = () => {
    // The same failure, three ways: antd's message, the kit's toast, an antd notification.
    feedback.message(describeCardError(REDEEM_FAILURE, { lng }));
    toastCardError(REDEEM_FAILURE, { key: 'redeem' });
  };
  return (
    <Card title={words.title}>
      <Space orientation="vertical" size="middle" style={{ inlineSize: '100%' }}>
        <AntdCardErrorAlert error={OUT_OF_STOCK} onAction={() => undefined} />
        <CardErrorAlert error={REDEEM_FAILURE} />
        <Space wrap>
          <Button type="primary" onClick={redeem}>
            {words.redeem}
          </Button>
          <Button onClick={() => feedback.notify(describeCardError(OUT_OF_STOCK, { lng }))}>{words.notify}</Button>
        </Space>
      </Space>
    </Card>
  );
}

/** antd's own locale for each of the kit's languages (antd's zh_TW for Traditional). */
const ANTD_LOCALES = { en: enUS, 'zh-CN': zhCN, 'zh-Hant': zhTW } satisfies Record<CardErrorLanguage, typeof enUS>;

/** The host: antd's reset.css, its ConfigProvider in the toolbar's language and theme, its App. */
function AntdHost({ lng, dark }: { lng: string; dark: boolean }) {
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[resolveCardErrorLanguage(lng)]}
      // antd's default primary (#1677ff) puts white button text at 4.1:1, under WCAG AA's 4.5:1 (axe
      // fails it); an accessible host picks a darker blue, here antd's own blue-7.
      theme={{ algorithm: dark ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm, token: { colorPrimary: '#0958d9' } }}
    >
      <style>{antdReset}</style>
      <App>
        <div style={{ maxInlineSize: 640 }}>
          <AdminCard lng={lng} />
        </div>
        {/* antd's message sits top centre and its notification top right: the kit's toasts go bottom right. */}
        <CardErrorToaster placement="bottom-right" />
      </App>
    </ConfigProvider>
  );
}

/** Whether two boxes share any pixel. */
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const meta = {
  title: 'Hosts/Ant Design',
  component: AntdHost,
  args: { lng: 'en', dark: false },
  render: (_args, { globals }) => <AntdHost lng={String(globals.locale ?? 'en')} dark={globals.theme === 'dark'} />,
  beforeEach: () => {
    dismissCardErrorToast();
    return () => dismissCardErrorToast();
  },
  parameters: {
    docs: {
      description: {
        component:
          "The kit in an Ant Design 6 page (antd's reset.css, ConfigProvider, App): `useCardError` rendered by antd's `<Alert>` (the severities are antd's alert types), `describeCardError` through antd's `message` and `notification`, and the kit's own alert and toaster beside them. antd is a dev dependency of the kit only.",
      },
    },
  },
} satisfies Meta<typeof AntdHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Redeem fails: antd's message (top centre) and the kit's toast (bottom right) show the same words
 * without covering each other; the toast sits above antd's layers; a notification (top right) too.
 */
export const AlertMessageAndToaster: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const page = within(document.body);
    const lng = String(globals.locale);
    const words = storyWords(lng).antd;
    const stock = describeCardError(OUT_OF_STOCK, { lng });
    const failure = describeCardError(REDEEM_FAILURE, { lng });

    // antd's <Alert> from useCardError: the kit's words, role and data attributes.
    const antdAlert = canvasElement.querySelector<HTMLElement>('.ant-alert')!;
    await expect(antdAlert).toHaveTextContent(stock.message);
    await expect(antdAlert).toHaveTextContent(stock.hint);
    await expect(antdAlert).toHaveAttribute('role', stock.severity === 'error' ? 'alert' : 'status');
    await expect(antdAlert).toHaveClass(`ant-alert-${stock.severity}`);
    if (stock.action !== 'none') {
      await expect(within(antdAlert).getByRole('button', { name: kitWords(lng).action[stock.action] })).toBeVisible();
    }
    // The kit's own alert beside it keeps its look under antd's reset: its message is not indented or centred.
    const kitAlert = canvas.getByRole('alert');
    await expect(kitAlert).toHaveTextContent(failure.message);
    await expect(getComputedStyle(kitAlert.querySelector('[data-slot="message"]')!).marginBottom).toBe('0px');

    await userEvent.click(canvas.getByRole('button', { name: words.redeem }));
    const toast = await canvas.findByRole('listitem');
    await expect(toast).toHaveTextContent(failure.message);
    const antdMessage = await waitFor(() => {
      const notice = document.querySelector<HTMLElement>('.ant-message-notice');
      if (!notice?.textContent?.includes(failure.message)) throw new globalThis.Error('no antd message yet');
      return notice;
    });
    await animationsSettled(document.body);
    await expect(overlaps(antdMessage.getBoundingClientRect(), toast.getBoundingClientRect())).toBe(false);
    const viewport = toast.closest('.cek-toast-viewport')!;
    const zIndex = (element: Element) => Number(getComputedStyle(element).zIndex);
    await expect(zIndex(viewport)).toBeGreaterThan(zIndex(antdMessage.closest('.ant-message')!));

    await userEvent.click(canvas.getByRole('button', { name: words.notify }));
    const notice = await waitFor(() => {
      const node = document.querySelector<HTMLElement>('.ant-notification-notice');
      if (!node?.textContent?.includes(stock.hint)) throw new globalThis.Error('no antd notification yet');
      return node;
    });
    await expect(page.getAllByText(stock.message).length).toBeGreaterThan(1);
    await animationsSettled(document.body);
    await expect(overlaps(notice.getBoundingClientRect(), toast.getBoundingClientRect())).toBe(false);
  },
};

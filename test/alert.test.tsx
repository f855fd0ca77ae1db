import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import {
  CARD_ERROR_RESOURCES,
  CardErrorAlert,
  describeCardError,
  getCardErrorI18n,
  useCardError,
} from '../src/index';
import { createHostI18n, kitWords, SEVERITY_BY_LANGUAGE } from './helpers';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';

// What the alert adds to the view, per severity × language (the copy is checked per code × language in
// catalog.test.ts and the locale tests; this table once re-ran the alert for all 257 code × language rows).
describe.each(SEVERITY_BY_LANGUAGE)('<CardErrorAlert>, a $severity code ($code) in $lng', ({ severity, code, lng }) => {
  it('shows the message and hint under the role its severity calls for, with the icon named in its language', () => {
    render(<CardErrorAlert code={code} lng={lng} />);
    const { message, hint } = describeCardError(code, { lng });
    const root = screen.getByRole(severity === 'error' ? 'alert' : 'status', { name: '' });
    expect(root).toHaveTextContent(message);
    expect(root).toHaveTextContent(hint);
    expect(root).toHaveAttribute('lang', lng);
    expect(within(root).getByRole('img')).toHaveAccessibleName(kitWords(lng).severity[severity]);
    expect(root).toHaveAttribute('data-severity', severity);
    expect(root).toHaveAttribute('data-code', String(code));
  });
});

describe('<CardErrorAlert>', () => {
  it('offers the action from the catalog and reports it with the view', async () => {
    const onAction = vi.fn();
    render(<CardErrorAlert code={45031} onAction={onAction} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add stock' }));
    expect(onAction).toHaveBeenCalledWith('restock', expect.objectContaining({ code: 45031 }));
  });

  it('shows no action button without onAction, nor for a code with nothing to do', () => {
    const { rerender } = render(<CardErrorAlert code={45031} />);
    expect(screen.queryByRole('button', { name: 'Add stock' })).toBeNull();
    rerender(<CardErrorAlert code={40099} onAction={() => {}} />);
    // No action button; the copy button is built only when the details open: the details button alone.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Technical details']);
  });

  it('dismisses with a labelled button in either language', async () => {
    const onDismiss = vi.fn();
    const { rerender } = render(<CardErrorAlert code={-1} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    rerender(<CardErrorAlert code={-1} lng="zh-CN" onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('keeps technical details collapsed, then shows code, meaning, errmsg and rid', async () => {
    render(<CardErrorAlert error={{ errcode: 40056, errmsg: `invalid serial code hint: [x1] rid: ${RID}` }} />);
    const summary = screen.getByText('Technical details');
    expect(screen.queryByText(RID)).toBeNull(); // built only when opened
    await userEvent.click(summary);
    expect(screen.getByText(RID)).toBeVisible();
    expect(screen.getByText('invalid serial code')).toBeVisible();
    expect(screen.getByText('40056')).toBeVisible();
  });

  it('copies the details as one block and says so', async () => {
    const user = userEvent.setup();
    render(<CardErrorAlert error={{ errcode: 40099, errmsg: `invalid code, this code has consumed. rid: ${RID}` }} defaultDetailsOpen />);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Return code: 40099');
    expect(copied).toContain(`Request ID (rid): ${RID}`);
    expect(copied).toContain("WeChat's message: invalid code, this code has consumed.");
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('shows HTML in errmsg as text', async () => {
    const { container } = render(<CardErrorAlert error={{ errcode: 40013, errmsg: '<img src=x onerror=alert(1)>' }} defaultDetailsOpen />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it.each([null, undefined, {}, [], 'garbage', Number.NaN, { errcode: 'abc' }, 'x'.repeat(1024 * 1024)])(
    'renders a non-empty message for bad input %#',
    (error) => {
      render(<CardErrorAlert error={error} />);
      const root = screen.getByRole('alert');
      expect(root).toHaveAttribute('data-code', '');
      expect(root.querySelector('[data-slot="message"]')?.textContent?.length).toBeGreaterThan(0);
    },
  );

  it('spreads other props on the root and merges className', () => {
    render(<CardErrorAlert code={0} className="mine" id="result" data-testid="ok" aria-label="Result" />);
    const root = screen.getByRole('status', { name: 'Result' });
    expect(root).toHaveClass('cek-alert', 'mine');
    expect(root).toHaveAttribute('id', 'result');
  });

  it('lets a prop override a UI label', () => {
    render(<CardErrorAlert code={-1} onDismiss={() => {}} labels={{ dismiss: 'Close message' }} />);
    expect(screen.getByRole('button', { name: 'Close message' })).toBeInTheDocument();
  });

  it('switches language when the kit instance changes language (no provider)', async () => {
    render(<CardErrorAlert code={45031} onDismiss={() => {}} />);
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
    await act(() => getCardErrorI18n().changeLanguage('zh-CN'));
    expect(screen.getByRole('status')).toHaveTextContent('库存');
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument();
  });

  it("follows the host's I18nextProvider, its language switch and its overrides", async () => {
    const host = createHostI18n('en', { 'zh-CN': { cardError: { codes: { 45031: { message: '券发完了' } } } } });
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={45031} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/out of stock/i);
    await act(() => host.changeLanguage('zh-CN'));
    expect(screen.getByRole('status')).toHaveTextContent('券发完了');
  });

  it("never asks a host's backend for the kit's namespace: the main entry bundles its copy", async () => {
    const requested: string[] = [];
    const host = createInstance().use(
      resourcesToBackend(async (lng: string, ns: string) => {
        requested.push(`${lng}/${ns}`);
        return {};
      }),
    );
    await host.init({ lng: 'zh-Hans', fallbackLng: false, ns: ['app'], defaultNS: 'app' });
    render(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={45031} lng="en" />
        <CardErrorAlert code={45031} />
      </I18nextProvider>,
    );
    const [en, zh] = screen.getAllByRole('status');
    expect(en).toHaveTextContent(CARD_ERROR_RESOURCES.en.codes['45031'].message);
    expect(zh).toHaveTextContent(CARD_ERROR_RESOURCES['zh-CN'].codes['45031'].message);
    // Every effect has run when render returns (act), and a load through the host reaches its backend
    // at once (checked last): a request the kit made would be recorded by now, with no time to wait.
    expect(requested.filter((file) => file.endsWith('/cardError'))).toEqual([]);
    void host.loadNamespaces('cardError');
    expect(requested).toContain('zh-Hans/cardError');
  });

  it('lets lng override the language for one alert', () => {
    render(
      <>
        <CardErrorAlert code={45031} lng="zh-Hans" />
        <CardErrorAlert code={45031} />
      </>,
    );
    const [zh, en] = screen.getAllByRole('status');
    expect(zh).toHaveTextContent('库存');
    expect(en).toHaveTextContent(/stock/i);
  });
});

describe('useCardError', () => {
  function Probe({ input, lng }: { input: unknown; lng?: string }) {
    const { rootProps, message, action, labels } = useCardError(input, { lng });
    return (
      <section {...rootProps} aria-label={labels.severities[rootProps['data-severity']]}>
        {message} ({action})
      </section>
    );
  }

  it('gives a renderer the view, labels and root props', () => {
    render(<Probe input={{ errcode: '40099' }} lng="zh-CN" />);
    const region = screen.getByRole('status', { name: '注意' });
    expect(region).toHaveAttribute('data-code', '40099');
    expect(region).toHaveTextContent('核销');
  });
});

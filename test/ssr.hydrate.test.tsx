// Hydration: the markup a server rendered, picked up by React in the browser (jsdom here), must
// match what the client renders, or React throws it away and warns.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardErrorAlert, CardErrorToaster, describeCardError, dismissCardErrorToast, toastCardError } from '../src/index';
import { createHostI18n } from './helpers';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  act(() => dismissCardErrorToast()); // the toast queue is a module singleton
  root = undefined;
  document.body.innerHTML = '';
});

/**
 * Renders `server` to a string, hydrates `client` over it, and returns what React complained about:
 * recoverable errors (a mismatch makes React re-render on the client) and console.error calls.
 */
async function hydrate(server: ReactElement, client: ReactElement = server) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(server);
  document.body.append(container);
  const recoverable: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await act(async () => {
      root = hydrateRoot(container, client, { onRecoverableError: (error) => void recoverable.push(error) });
    });
    return { recoverable, consoleErrors: consoleError.mock.calls.map((args) => args.map(String).join(' ')) };
  } finally {
    consoleError.mockRestore();
  }
}

describe('hydrating server-rendered alerts', () => {
  it('catches a mismatch (control: English on the server, Chinese on the client)', async () => {
    const { recoverable, consoleErrors } = await hydrate(<CardErrorAlert code={45031} lng="en" />, <CardErrorAlert code={45031} lng="zh-CN" />);
    expect([...recoverable, ...consoleErrors].map(String).join('\n')).toMatch(/hydrat/i);
  });

  it.each(['en', 'zh-CN'])('hydrates an alert with action, dismiss and details in %s without a warning', async (lng) => {
    const onDismiss = vi.fn();
    const alert = (
      <CardErrorAlert
        error={{ errcode: 40099, errmsg: 'invalid code, this code has consumed. rid: 6561a3f0-1b2c3d4e-5f6a7b8c' }}
        lng={lng}
        onAction={() => {}}
        onDismiss={onDismiss}
        defaultDetailsOpen
      />
    );
    const { recoverable, consoleErrors } = await hydrate(alert);
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Hydrated, not only painted: the dismiss button answers.
    const view = describeCardError(40099, { lng });
    expect(screen.getByRole('status')).toHaveTextContent(view.message);
    await userEvent.click(screen.getByRole('button', { name: lng === 'en' ? 'Dismiss' : /关闭/ }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("hydrates in the host's language through I18nextProvider without a warning", async () => {
    const host = createHostI18n('zh-CN');
    const { recoverable, consoleErrors } = await hydrate(
      <I18nextProvider i18n={host}>
        <CardErrorAlert code={-1} />
      </I18nextProvider>,
    );
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(describeCardError(-1, { lng: 'zh-CN' }).message);
  });

  it('hydrates the toaster with a queued toast without a warning, then shows the toast', async () => {
    toastCardError({ errcode: 45031, errmsg: 'stock is out of limit' });
    const { recoverable, consoleErrors } = await hydrate(<CardErrorToaster />);
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toBeInTheDocument();
    expect(await screen.findByText(describeCardError(45031).message)).toBeInTheDocument();
  });
});

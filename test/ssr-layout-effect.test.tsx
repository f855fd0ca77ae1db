// @vitest-environment node
// Issue 21 item 7: React 18 printed "useLayoutEffect does nothing on the server" for the kit's own layout
// effects while rendering an alert or the toaster to a string (React 19 no longer warns; both run here).
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardErrorAlert, CardErrorToaster, dismissCardErrorToast, toastCardError } from '../src/index';

afterEach(() => vi.restoreAllMocks());

describe('server rendering prints nothing about layout effects', () => {
  it('the alert and the toaster', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    dismissCardErrorToast(); // the queue is a module singleton: start empty
    toastCardError(45031);
    renderToString(
      <>
        <CardErrorAlert code={45031} onDismiss={() => {}} />
        <CardErrorToaster />
      </>,
    );
    dismissCardErrorToast();
    expect(error.mock.calls.map((call) => String(call[0]))).not.toContainEqual(expect.stringContaining('useLayoutEffect'));
  });
});

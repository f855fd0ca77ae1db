// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_RESOURCES, CardErrorToaster, dismissCardErrorToast, toastCardError } from '../src/index';
// The app-wide queue is a building block, not a public export: tests read it to count toasts.
import { cardErrorToastStore } from '../src/core/toastStore';

describe('<CardErrorToaster> on the server', () => {
  it('renders its labelled region with no DOM, and keeps queued toasts for the browser', () => {
    dismissCardErrorToast(); // the queue is a module singleton: start empty
    toastCardError({ errcode: 45031 }, { key: 'add-stock' });
    const html = renderToString(<CardErrorToaster />);
    expect(html).toContain(CARD_ERROR_RESOURCES.en.toast.viewport.replace('{hotkey}', 'F8'));
    // Radix renders toasts only once the viewport exists in the browser: no mismatch on hydration.
    expect(html).not.toContain('cek-toast"');
    expect(cardErrorToastStore.getSnapshot().toasts).toHaveLength(1);
    dismissCardErrorToast();
  });
});

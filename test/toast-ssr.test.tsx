// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_RESOURCES, CardErrorToaster, createCardErrorToastStore } from '../src/index';

describe('<CardErrorToaster> on the server', () => {
  it('renders its labelled region with no DOM, and keeps queued toasts for the browser', () => {
    const store = createCardErrorToastStore(); // a queue of the test's own: nothing left by another test
    store.add({ errcode: 45031 }, { key: 'add-stock' });
    const html = renderToString(<CardErrorToaster store={store} />);
    // A toaster on a store of its own is named apart from the app-wide one ("More notifications (F8)").
    expect(html).toContain(CARD_ERROR_RESOURCES.en.toast.viewportStore.replace('{hotkey}', 'F8'));
    // Radix renders toasts only once the viewport exists in the browser: no mismatch on hydration.
    expect(html).not.toContain('cek-toast"');
    expect(store.getSnapshot().toasts).toHaveLength(1);
  });
});

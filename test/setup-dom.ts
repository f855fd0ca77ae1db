import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { setI18n } from 'react-i18next';
import { afterEach } from 'vitest';

// jsdom has no pointer capture; Radix calls it on every pointer-up over a toast (swipe handling). Not in
// the Node-environment files (server rendering), which have no Element.
if (typeof Element !== 'undefined') {
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.releasePointerCapture ??= () => {};
  Element.prototype.setPointerCapture ??= () => {};
}

// jsdom projects only (test/**/*.test.tsx), after setup.ts: Testing Library's matchers, and between tests
// (this runs before setup.ts's clean-up) an empty document: every React root unmounted, then whatever a
// test put there by hand (a server-rendered container, a host's own markup), and the page's language;
// focus goes back to <body> with the elements. A host instance a test registered with initReactI18next
// (react-i18next keeps one for the whole page) is forgotten: the next test's components use the kit's own.
afterEach(() => {
  cleanup();
  setI18n(undefined as unknown as I18n);
  // The server-rendering files run in Node (`@vitest-environment node`): no document to empty.
  if (typeof document === 'undefined') return;
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

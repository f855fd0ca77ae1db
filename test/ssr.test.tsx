// @vitest-environment node
// Server rendering as Next.js or Remix does it: Node, no DOM, `renderToString`.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardErrorAlert, CardErrorToaster, describeCardError, dismissCardErrorToast, toastCardError } from '../src/index';
import { createHostI18n, SEVERITY_BY_LANGUAGE } from './helpers';

/** Browser globals the kit must not read while being imported. */
const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self',
  'HTMLElement', 'matchMedia', 'requestAnimationFrame', 'getComputedStyle', 'customElements',
] as const;

/** Text as React writes it into markup. */
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('server rendering (Node, no DOM)', () => {
  it('runs where there is no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports the kit without reading any browser global', async () => {
    // Peers first and untrapped: what React or Radix read at import time is theirs.
    await Promise.all([import('react'), import('react-dom'), import('i18next'), import('react-i18next'), import('@radix-ui/react-toast')]);
    vi.resetModules();
    const touched = new Set<string>();
    // Node 21+ has its own `navigator`: trap it too, and put it back afterwards.
    const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.add(name) });
    }
    try {
      const kit = await import('../src/index');
      expect(typeof kit.CardErrorAlert).toBe('function');
    } finally {
      for (const [name, descriptor] of saved) {
        Reflect.deleteProperty(globalThis, name);
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      }
    }
    expect([...touched]).toEqual([]);
  });

  // Per severity × language (the copy is checked per code × language in catalog.test.ts).
  it.each(SEVERITY_BY_LANGUAGE)('renders a $severity code ($code) in $lng with its message, hint and role', ({ code, lng }) => {
    const html = renderToString(<CardErrorAlert code={code} lng={lng} onAction={() => {}} onDismiss={() => {}} />);
    const view = describeCardError(code, { lng });
    expect(html).toContain(escaped(view.message));
    expect(html).toContain(escaped(view.hint));
    expect(html).toContain(`role="${view.severity === 'error' ? 'alert' : 'status'}"`);
    expect(html).toContain(`lang="${lng}"`);
  });

  it("renders in the host's language through I18nextProvider", () => {
    const host = createHostI18n('zh-Hans');
    const html = renderToString(
      <I18nextProvider i18n={host}>
        <CardErrorAlert error={{ errcode: 40099, errmsg: 'invalid code, this code has consumed.' }} defaultDetailsOpen />
      </I18nextProvider>,
    );
    expect(html).toContain(escaped(describeCardError(40099, { lng: 'zh-CN' }).message));
    expect(html).toContain('invalid code, this code has consumed.');
  });

  describe('<CardErrorToaster>', () => {
    // The toast queue is a module singleton: empty it so one test's toasts never reach the next.
    afterEach(() => dismissCardErrorToast());

    it.each(['en', 'zh-CN'])('renders its labelled region in %s with toasts queued, no window needed', (lng) => {
      toastCardError(45031);
      toastCardError({ errcode: 40001, errmsg: 'invalid credential' });
      const html = renderToString(<CardErrorToaster lng={lng} />);
      const region = lng === 'en' ? 'Notifications (F8)' : '通知';
      expect(html).toContain('role="region"');
      expect(html).toContain(`aria-label="${escaped(region)}`);
    });
  });

  it('renders bad input as the generic message, not a crash or a blank', () => {
    for (const input of [undefined, null, '', '{"errcode":', { errcode: Number.NaN }, Symbol('x'), () => 1]) {
      const html = renderToString(<CardErrorAlert error={input} />);
      expect(html).toContain(escaped(describeCardError(input).message));
    }
  });
});

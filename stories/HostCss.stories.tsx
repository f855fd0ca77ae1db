import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, within } from 'storybook/test';
import { CardErrorAlert, CardErrorToaster, dismissCardErrorToast, toastCardError } from '../src/index';
import { animationsSettled } from './support/animations';
import { HOST_CSS } from './support/hostCss';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';

/** The README's restyle recipe: a class of the host's on the alert, and that class plus a slot inside. */
const HOST_RESTYLE = `
.host-restyled { --cek-radius: 0px; --cek-warning-bg: #fff1b8; --cek-warning-fg: #613400; padding-block: 4px; }
.host-restyled [data-slot='hint'] { font-style: italic; }
`;

/** What a host's element rules or an inherited value could change, read from every kit element. */
const PROPERTIES = [
  'text-align',
  'text-indent',
  'text-transform',
  'letter-spacing',
  'white-space',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'color',
  'background-color',
  'display',
  'box-sizing',
  'list-style-type',
  'list-style-position',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-left-width',
] as const;

/** The kit's elements in the story: the alert and the toast viewport with everything inside them. */
const kitElements = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll<HTMLElement>('.cek-alert, .cek-alert *, .cek-toast-viewport, .cek-toast-viewport *'));

/** A readable name for an element in a failure message: its tag, slot or class, and text. */
const describe = (element: Element) =>
  `${element.tagName.toLowerCase()}${element.getAttribute('data-slot') ? `[data-slot=${element.getAttribute('data-slot')}]` : ''}${
    element.classList.length ? `.${Array.from(element.classList).join('.')}` : ''
  } "${(element.textContent ?? '').slice(0, 24)}"`;

/** Each kit element's computed styles and its box relative to the kit root it sits in. */
function snapshot(canvasElement: HTMLElement): Record<string, string>[] {
  return kitElements(canvasElement).map((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const root = (element.closest('.cek-alert, .cek-toast-viewport') ?? element).getBoundingClientRect();
    const entry: Record<string, string> = { element: describe(element) };
    for (const property of PROPERTIES) entry[property] = style.getPropertyValue(property);
    entry.box = [box.left - root.left, box.top - root.top, box.width, box.height].map((n) => n.toFixed(1)).join(' ');
    return entry;
  });
}

/** Every property that differs between two snapshots of the same elements, one line each. */
function differences(without: Record<string, string>[], withHost: Record<string, string>[]): string[] {
  return without.flatMap((before, index) => {
    const after = withHost[index] ?? {};
    return Object.keys(before)
      .filter((key) => key !== 'element' && before[key] !== after[key])
      .map((key) => `${before.element} ${key}: ${before[key]} -> ${after[key]}`);
  });
}

/** A host page: its global stylesheet, its `#root`, and the kit's alert and toaster inside. */
function HostPage({ hostCss }: { hostCss: boolean }) {
  useEffect(() => {
    toastCardError({ errcode: 45031, errmsg: 'stock is out of limit', rid: RID }, { key: 'host-css', onRetry: () => undefined });
  }, []);
  return (
    <div id="root">
      {hostCss ? <style data-testid="host-css">{HOST_CSS}</style> : null}
      {/* The host's own restyle, after the kit's stylesheet: one class on the alert, one more inside. */}
      <style>{HOST_RESTYLE}</style>
      {/* A fixed width, so the page's own margins cannot change the kit's line breaks. */}
      <div style={{ inlineSize: 560, display: 'grid', gap: 16 }}>
        <CardErrorAlert
          error={{ errcode: 40099, errmsg: 'invalid code, this code has consumed.', rid: RID }}
          onAction={() => undefined}
          onDismiss={() => undefined}
          defaultDetailsOpen
        />
        <CardErrorAlert code={45031} className="host-restyled" data-testid="host-restyled" />
      </div>
      <CardErrorToaster placement="bottom-right" />
    </div>
  );
}

const meta = {
  title: 'Hosts/Host CSS',
  component: HostPage,
  args: { hostCss: true },
  beforeEach: () => {
    dismissCardErrorToast();
    return () => dismissCardErrorToast();
  },
  parameters: {
    docs: {
      description: {
        component:
          "The kit inside a page whose global stylesheet is shaped like Ant Design's reset.css, plus the Vite starter's `#root { text-align: center }`: element rules for `p`, `dl`, `dd`, `li`, `button` and inherited alignment. The kit sets every property it relies on with one class or attribute of weight, so it looks the same with the host's sheet on (`hostCss`) or off.",
      },
    },
  },
} satisfies Meta<typeof HostPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The alert (details open, action, dismiss) and a toast (Retry, Details) under the host's sheet.
 * The test reads every kit element's computed styles and box with the sheet on, switches it off,
 * reads them again and expects no difference.
 */
export const HostResetAndCentredRoot: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('listitem');
    await animationsSettled(canvasElement);
    const sheet = (canvas.getByTestId('host-css') as HTMLStyleElement).sheet;
    if (!sheet) throw new globalThis.Error('the host stylesheet did not load');
    // The host's sheet does apply to the page: its #root is centred.
    await expect(getComputedStyle(canvas.getByTestId('host-css').parentElement!).textAlign).toBe('center');

    // A host class still restyles the kit: the variables, a property of the root, a slot inside.
    const restyled = canvas.getByTestId('host-restyled');
    await expect(getComputedStyle(restyled).borderTopLeftRadius).toBe('0px');
    await expect(getComputedStyle(restyled).backgroundColor).toBe('rgb(255, 241, 184)');
    await expect(getComputedStyle(restyled).paddingTop).toBe('4px');
    await expect(getComputedStyle(restyled.querySelector('[data-slot="hint"]')!).fontStyle).toBe('italic');

    const withHost = snapshot(canvasElement);
    sheet.disabled = true;
    try {
      const without = snapshot(canvasElement);
      await expect(without.length).toBeGreaterThan(20);
      await expect(withHost.map((entry) => entry.element)).toEqual(without.map((entry) => entry.element));
      await expect(differences(without, withHost)).toEqual([]);
    } finally {
      sheet.disabled = false;
    }
  },
};

/** The dark values of a rule in the kit's stylesheet, as `name: value` lines. */
function themeValues(matches: (rule: CSSStyleRule, media: string | null) => boolean): string[] {
  for (const sheet of Array.from(document.styleSheets)) {
    const walk = (rules: CSSRuleList, media: string | null): CSSStyleRule | undefined => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule) {
          const found = walk(rule.cssRules, rule.conditionText);
          if (found) return found;
        } else if (rule instanceof CSSStyleRule && matches(rule, media)) return rule;
      }
      return undefined;
    };
    let found: CSSStyleRule | undefined;
    try {
      found = walk(sheet.cssRules, null);
    } catch {
      continue; // a cross-origin sheet
    }
    if (found) return Array.from(found.style).map((name) => `${name}: ${found.style.getPropertyValue(name).trim()}`);
  }
  return [];
}

/**
 * `data-cek-theme="auto"` follows the operating system: here (headless Chromium, light) it shows
 * the light values, and its dark branch declares exactly the dark theme's values.
 */
export const AutoTheme: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16, inlineSize: 560 }}>
      <div data-cek-theme="auto" data-testid="auto" style={{ padding: 16, background: 'var(--cek-surface)' }}>
        <CardErrorAlert code={45031} />
      </div>
      <div data-cek-theme="light" data-testid="light" />
      <div data-cek-theme="dark" data-testid="dark" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const surface = (testId: string) => getComputedStyle(canvas.getByTestId(testId)).getPropertyValue('--cek-surface');
    const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(surface('auto')).toBe(surface(systemDark ? 'dark' : 'light'));
    await expect(surface('light')).not.toBe(surface('dark'));

    const dark = themeValues((rule, media) => media === null && rule.selectorText.includes(`[data-cek-theme="dark"]`));
    const auto = themeValues(
      (rule, media) => media === '(prefers-color-scheme: dark)' && rule.selectorText.includes(`[data-cek-theme="auto"]`),
    );
    await expect(dark.length).toBeGreaterThan(10);
    await expect(auto).toEqual(dark);
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CardErrorAlert,
  createCardErrorToastStore,
  describeCardError,
  type CardErrorCode,
  type CardErrorSeverity,
} from '../src/index';
import { designerWords } from './support/designerWords';
import { kitWords, SEVERITIES } from './support/kitWords';
import { animationsSettled } from './support/animations';
import { StaticToasts } from './support/StaticToasts';
import './support/stories.css';
import './support/design.css';

const RID = '6561a3f0-1b2c3d4e-5f6a7b8c';
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const noop = () => undefined;

/** The catalog's first code of each severity, so the page follows the catalog. */
const CODE_OF = Object.fromEntries(
  SEVERITIES.map((severity) => [severity, CARD_ERROR_CODES.find((code) => CARD_ERROR_CATALOG[code].severity === severity) ?? -1]),
) as Record<CardErrorSeverity, CardErrorCode>;

/** What WeChat sends for a code: the code, its errmsg and a rid, so the details have rows to show. */
const responseOf = (severity: CardErrorSeverity) => ({ errcode: CODE_OF[severity], errmsg: 'from WeChat', rid: RID });

/** One theme: the four alerts beside the four toasts, on that theme's surface. */
function ThemePanel({ theme, lng }: { theme: Theme; lng: string }) {
  const words = designerWords(lng);
  const headingId = useId();
  const store = useMemo(() => {
    const toasts = createCardErrorToastStore();
    for (const severity of SEVERITIES) toasts.add(responseOf(severity), { onAction: noop, duration: Infinity });
    return toasts;
  }, []);
  return (
    <section className="sb-theme" data-cek-theme={theme} aria-labelledby={headingId}>
      <h2 id={headingId}>{words.themes[theme]}</h2>
      <div className="sb-side-by-side">
        <div className="sb-stack">
          <h3>{words.severities.alerts}</h3>
          {SEVERITIES.map((severity) => (
            <CardErrorAlert key={severity} error={responseOf(severity)} onAction={noop} onDismiss={noop} />
          ))}
        </div>
        <div className="sb-stack">
          <h3>{words.severities.toasts(words.themes[theme])}</h3>
          <StaticToasts store={store} label={words.severities.toasts(words.themes[theme])} />
        </div>
      </div>
    </section>
  );
}

/** Both themes, one above the other. */
function AllSeverities({ lng }: { lng: string }) {
  return (
    <div className="sb-page">
      <h1>{designerWords(lng).severities.title}</h1>
      {THEMES.map((theme) => (
        <ThemePanel key={theme} theme={theme} lng={lng} />
      ))}
    </div>
  );
}

/**
 * For designers: every severity as an inline alert and as a toast, in the light and the dark theme
 * at once, whatever the toolbar's theme (the language follows the toolbar). The toasts are the
 * toaster's real items, kept open (see `stories/support/StaticToasts.tsx`). Codes are the catalog's
 * first of each severity.
 */
const meta = {
  title: 'Design/All severities',
  component: AllSeverities,
  args: { lng: 'en' },
  argTypes: { lng: { control: false, description: 'Follows the Locale toolbar.' } },
  render: (_args, { globals }) => <AllSeverities lng={String(globals.locale ?? 'en')} />,
} satisfies Meta<typeof AllSeverities>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Alerts and toasts for success, info, warning and error, light above dark. */
export const LightAndDark: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const lng = String(globals.locale);
    const words = designerWords(lng);
    const kit = kitWords(lng);
    // Radix portals the toasts into their viewport once it has mounted: a render after the first.
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(THEMES.length * SEVERITIES.length));
    await animationsSettled(canvasElement);
    const backgrounds: Record<string, string> = {};
    // The icon's shape (a CSS mask) follows the severity of the alert or toast it sits in.
    const shape = (element: Element) => getComputedStyle(element.querySelector('[data-slot="icon"]')!).maskImage;
    const shapes = new Set<string>();
    for (const theme of THEMES) {
      const panel = canvas.getByRole('region', { name: words.themes[theme] });
      await expect(panel).toHaveAttribute('data-cek-theme', theme);
      const toasts = within(within(panel).getByRole('region', { name: words.severities.toasts(words.themes[theme]) })).getAllByRole(
        'listitem',
      );
      await expect(toasts.map((toast) => toast.dataset.severity)).toEqual([...SEVERITIES]);
      for (const [index, severity] of SEVERITIES.entries()) {
        const { message } = describeCardError(CODE_OF[severity], { lng });
        // The alert: found by its icon's name ("错误" / "Error"), with the code's message and its role.
        const alert = within(panel).getByRole('img', { name: kit.severity[severity] }).closest('[data-slot="alert"]') as HTMLElement;
        await expect(alert).toHaveAttribute('role', severity === 'error' ? 'alert' : 'status');
        await expect(alert).toHaveTextContent(message);
        await expect(toasts[index]).toHaveTextContent(message);
        await expect(shape(alert)).toMatch(/^url\(/);
        await expect(shape(toasts[index]!)).toBe(shape(alert));
        shapes.add(shape(alert));
        backgrounds[`${theme}-${severity}`] = getComputedStyle(alert).backgroundColor;
      }
    }
    await expect(shapes.size).toBe(SEVERITIES.length);
    // The two panels really are two palettes.
    for (const severity of SEVERITIES) {
      await expect(backgrounds[`light-${severity}`]).not.toBe(backgrounds[`dark-${severity}`]);
    }
  },
};

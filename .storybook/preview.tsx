import type { Decorator, Preview } from '@storybook/react-vite';
import { StrictMode, useLayoutEffect } from 'react';
import { getCardErrorI18n, loadCardErrorLanguage } from '../src/index';
import { configure } from 'storybook/test';
import '../src/components/styles.css';
import { STATE_TIMEOUT_MS } from '../stories/support/animations';

// zh-Hant's words load on first use (a chunk of their own): preload them before any story renders, so
// every story, play function and the Catalog have the Traditional copy from the first paint, as a host
// that preloads does.
await loadCardErrorLanguage('zh-Hant');

/**
 * Applies the toolbar's language and theme: switches the kit's own i18next (the zero-set-up path),
 * and sets `lang` and `data-cek-theme` on the story's wrapper and on <html>, so portalled pieces
 * (toasts) get the same language and palette as the story.
 */
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme = String(context.globals.theme ?? 'light');
  const i18n = getCardErrorI18n();
  // Synchronous: en and zh-CN are bundled and zh-Hant preloaded (above), so the first paint is already in the chosen language.
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.cekTheme = theme;
  }, [locale, theme]);
  return (
    <div
      lang={locale}
      data-cek-theme={theme}
      style={{
        padding: 16,
        // Fill the canvas so the dark theme has no light frame; in docs, stories stay their own height.
        minHeight: context.viewMode === 'docs' ? undefined : '100vh',
        boxSizing: 'border-box',
        colorScheme: theme, // native controls (selects, date pickers) follow the theme
        background: 'var(--cek-surface)',
        color: 'var(--cek-text)',
        fontFamily: 'var(--cek-font)',
      }}
    >
      <Story />
    </div>
  );
};

/** Renders the story inside <StrictMode> when the toolbar's StrictMode toggle is on. */
const withStrictMode: Decorator = (Story, context) =>
  context.globals.strict === 'on' ? (
    <StrictMode>
      <Story />
    </StrictMode>
  ) : (
    <Story />
  );

/** A toolbar menu for one global: its values and their titles, in menu order. */
const toolbarGlobal = (
  description: string,
  title: string,
  icon: 'globe' | 'mirror' | 'lock',
  items: Record<string, string>,
) => ({
  description,
  toolbar: {
    title,
    icon,
    items: Object.entries(items).map(([value, itemTitle]) => ({ value, title: itemTitle })),
    dynamicTitle: true,
  },
});

// Every findBy… and waitFor in a play function waits up to STATE_TIMEOUT_MS for its state (a cap, not a
// delay): the 1 s default failed stories on a loaded 2-core machine.
configure({ asyncUtilTimeout: STATE_TIMEOUT_MS });

const preview: Preview = {
  // The last decorator is the outermost: StrictMode wraps the locale/theme wrapper too.
  decorators: [withLocaleAndTheme, withStrictMode],
  globalTypes: {
    locale: toolbarGlobal('Language of the kit', 'Locale', 'globe', { en: 'English', 'zh-CN': '简体中文', 'zh-Hant': '繁體中文' }),
    theme: toolbarGlobal('Colour theme', 'Theme', 'mirror', { light: 'Light', dark: 'Dark' }),
    strict: toolbarGlobal(
      'Render stories inside React StrictMode (double renders and effects, as in development)',
      'StrictMode',
      'lock',
      { off: 'StrictMode off', on: 'StrictMode on' },
    ),
  },
  initialGlobals: { locale: 'en', theme: 'light', strict: 'off' },
  parameters: {
    layout: 'fullscreen',
    options: { storySort: { order: ['Introduction', 'Catalog', 'Components', 'Hooks', 'In context'] } },
    controls: { matchers: { color: /(background|color)$/i } },
    // 'error' makes an axe violation fail the story when it runs as a test.
    a11y: { test: 'error' },
  },
};

export default preview;

import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import { getCardErrorI18n } from '../src/index';
import '../src/components/styles.css';

/** Switches the kit's own i18next (the zero-set-up path) to the toolbar's language. */
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme = String(context.globals.theme ?? 'light');
  const i18n = getCardErrorI18n();
  // Synchronous: resources are bundled, so the first paint is already in the chosen language.
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div
      data-cek-theme={theme}
      style={{
        padding: 16,
        background: 'var(--cek-surface)',
        color: 'var(--cek-text)',
        fontFamily: 'var(--cek-font)',
      }}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the kit',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { matchers: { color: /(background|color)$/i } },
    // 'error' makes an axe violation fail the story when it runs as a test.
    a11y: { test: 'error' },
  },
};

export default preview;

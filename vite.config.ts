/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { STORY_TEST_MATRIX } from './.storybook/test-matrix.js';

// Library build: ESM only; peers and Radix stay external.
const EXTERNALS = [/^react($|\/)/, /^react-dom($|\/)/, /^i18next($|\/)/, /^react-i18next($|\/)/, /^@radix-ui\//];

// Debian's chromium as root in a closed network: no sandbox, no GPU, no background connections.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  plugins: [react()],
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: { external: EXTERNALS },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
        },
      },
      // Every story in both locales and both themes: one browser project per set of toolbar globals.
      ...STORY_TEST_MATRIX.map(({ name, globals }): TestProjectInlineConfiguration => ({
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', initialGlobals: globals })],
        test: {
          name,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      })),
    ],
  },
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { getCardErrorI18n } from '../src/index';

afterEach(async () => {
  cleanup();
  // The kit's own instance is a module singleton: put it back to English between tests.
  await getCardErrorI18n().changeLanguage('en');
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom projects only (test/**/*.test.tsx): Testing Library's matchers, and an empty document between tests.
afterEach(() => {
  cleanup();
});

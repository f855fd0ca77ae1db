import { afterEach, beforeEach, vi } from 'vitest';
import { dismissCardErrorToast } from '../src/index';

/**
 * For a test file that drives toasts: each test starts with an empty queue (a module singleton, counts
 * included) and Vitest's fake clock, lent to Testing Library. Its async wrapper (used by user-event) ends
 * on a setTimeout(0) that it advances only when it sees Jest's global, so without the loan every click
 * would wait forever. Call once at the top of the file, before the file's own beforeEach.
 */
export function useToastClock(): void {
  beforeEach(() => {
    dismissCardErrorToast();
    vi.useFakeTimers();
    Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } });
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(globalThis, 'jest');
  });
}

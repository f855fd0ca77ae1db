import { beforeEach, describe, expect, it } from 'vitest';
import { createCardErrorToastStore } from '../src/index';

// A fresh store per test (not the app-wide singleton), so no toast or count leaks into the next test.
let store: ReturnType<typeof createCardErrorToastStore>;
beforeEach(() => {
  store = createCardErrorToastStore();
});

/** Every call the store accounts for: the counts of its toasts plus those counted in the summary only. */
const accounted = () => {
  const { toasts, overflow } = store.getSnapshot();
  return toasts.reduce((sum, toast) => sum + toast.count, 0) + overflow;
};

describe('the toast queue is bounded in what it shows, not in what it counts (issue 13, item 2)', () => {
  it('10,000 failures with different codes keep a few toasts and count every other one in the summary', () => {
    for (let i = 0; i < 10_000; i += 1) store.add({ errcode: 900_000 + i, errmsg: 'unknown' });
    const { toasts, overflow } = store.getSnapshot();
    expect(toasts.length).toBeLessThanOrEqual(12);
    expect(toasts.length).toBeGreaterThanOrEqual(3);
    expect(overflow).toBe(10_000 - toasts.length);
    expect(accounted()).toBe(10_000);
  });

  it('500 failures of one code under different keys merge into the kept toasts of that code', () => {
    for (let i = 0; i < 500; i += 1) store.add(45031, { key: `op-${i}` });
    const { toasts, overflow } = store.getSnapshot();
    expect(toasts.length).toBeLessThanOrEqual(12);
    expect(overflow).toBe(0);
    expect(accounted()).toBe(500);
  });

  it("a merged call keeps the kept toast's own key and Retry, and returns its id", () => {
    const onRetry = () => undefined;
    const ids = Array.from({ length: 12 }, (_, i) => store.add(40_000 + i, { key: 'first', onRetry }));
    expect(store.add(40_000, { key: 'other' })).toBe(ids[0]);
    const kept = store.getSnapshot().toasts[0];
    expect(kept?.count).toBe(2);
    expect(kept?.options.key).toBe('first');
    expect(kept?.options.onRetry).toBe(onRetry);
    // A code no kept toast has is counted, not dropped, and has no toast of its own.
    expect(store.add(99_999)).toBeNull();
    expect(store.getSnapshot().overflow).toBe(1);
  });

  it('dismiss-all closes the kept toasts and the summary count alike; closing one toast keeps the count', () => {
    for (let i = 0; i < 20; i += 1) store.add(40_000 + i);
    store.dismiss(store.getSnapshot().toasts[0]?.id);
    expect(store.getSnapshot().overflow).toBe(8);
    expect(accounted()).toBe(19);
    store.dismiss();
    expect(store.getSnapshot()).toMatchObject({ toasts: [], overflow: 0 });
    // Below the limit again: a new failure has a toast of its own.
    expect(store.add(40_000)).not.toBeNull();
  });
});

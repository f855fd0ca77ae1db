import { describe, expect, it } from 'vitest';
import { createCardErrorToastStore, describeCardError } from '../src/index';

// A fresh store per test (not the app-wide singleton), so no toast leaks from one test into the next.
const counts = (store: ReturnType<typeof createCardErrorToastStore>) =>
  store.getSnapshot().toasts.map(({ id, count }) => [id, count]);

/** The id of a toast that must show (`add` returns `null` only for a hidden cancel). */
function shown(id: string | null): string {
  if (id === null) throw new Error('expected a toast');
  return id;
}

/**
 * Resolves once the store shows the outcome of toast `id`'s next retry (its `retries` count goes up): a
 * state the store announces to its subscribers, not a delay. Call it before `retry`.
 */
function nextOutcome(store: ReturnType<typeof createCardErrorToastStore>, id: string): Promise<void> {
  const retries = () => store.getSnapshot().toasts.find((toast) => toast.id === id)?.retries ?? 0;
  const before = retries();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(() => {
      if (retries() > before) resolve(unsubscribe());
    });
  });
}

describe('the toast store groups repeats', () => {
  it('counts a repeat on the open toast of the same code and key, and opens a new one once it is dismissed', () => {
    const store = createCardErrorToastStore();
    const first = store.add(45031, { key: 'a' });
    expect(store.add({ errcode: 45031 }, { key: 'a' })).toBe(first);
    const other = store.add(45031, { key: 'b' });
    expect(counts(store)).toEqual([[first, 2], [other, 1]]);
    store.dismiss(first);
    const again = store.add(45031, { key: 'a' });
    expect(again).not.toBe(first);
    expect(counts(store)).toEqual([[other, 1], [again, 1]]);
    store.dismiss();
    expect(store.add(45031, { key: 'b' })).not.toBe(other);
  });

  it("moves a toast to its retry outcome's group, unless an open toast already holds that group", async () => {
    const store = createCardErrorToastStore();
    const retried = shown(store.add(-1, { onRetry: () => ({ errcode: 45009 }) }));
    const outcome = nextOutcome(store, retried);
    store.retry(retried, describeCardError(-1));
    await outcome;
    // The old code no longer counts on the retried toast; the outcome's code does.
    const fresh = store.add(-1);
    expect(fresh).not.toBe(retried);
    expect(store.add(45009)).toBe(retried);

    const holder = store.add(45011, { key: 'k' });
    const second = shown(store.add(-1, { key: 'k', onRetry: () => ({ errcode: 45011 }) }));
    const secondOutcome = nextOutcome(store, second);
    store.retry(second, describeCardError(-1));
    await secondOutcome;
    expect(store.add(45011, { key: 'k' })).toBe(holder);
    // Once the holder closes, a repeat opens a toast of its own: the retried one never took the group.
    store.dismiss(holder);
    expect([holder, second]).not.toContain(store.add(45011, { key: 'k' }));
  });

  it('closes nothing for the null id of a toast that was never shown (a hidden cancel)', () => {
    const store = createCardErrorToastStore();
    store.add(45031);
    const hidden = store.add(new DOMException('This operation was aborted', 'AbortError'));
    expect(hidden).toBeNull();
    store.dismiss(hidden);
    expect(store.getSnapshot().toasts).toHaveLength(1);
  });
});

import type { i18n as I18n } from 'i18next';

// One counter for every change that can make a word read differently: a host's `addResourceBundle` or
// `removeResourceBundle` (any instance the kit has read), a `defineCardErrors` call or removal, a
// language's chunk arriving, a `/bare` load settling. It counts whether or not anything is mounted, so
// words cached while nothing listened are rebuilt at the next mount (the stale-cache trap of issue 13).
let revision = 0;
const listeners = new Set<() => void>();

/** The number of changes so far; words built at an older revision are rebuilt before they are read. */
export const wordsRevision = (): number => revision;

/** Counts a change and tells every listener (the mounted components' words sources). */
export function bumpWords(): void {
  revision += 1;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after every counted change; returns the unsubscribe function. */
export function onWordsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Keyed by the store: the clones of one instance (a server's, per request) share it and one listener.
const watched = new WeakSet<object>();

/**
 * Counts every change to `i18n`'s store from now on. Bound once per store and never unbound: the store
 * holds the listener, so it lives and dies with the store (a clone adds nothing).
 */
export function watchStore(i18n: I18n): void {
  const store = i18n.store as { on?: (event: string, listener: () => void) => void } | undefined;
  if (!store || typeof store.on !== 'function' || watched.has(store)) return;
  watched.add(store);
  store.on('added', bumpWords);
  store.on('removed', bumpWords);
}

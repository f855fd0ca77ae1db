import { useId, useSyncExternalStore } from 'react';
import type { CardErrorToastStore } from '../core/toastStore.js';
import { warnOnce } from '../warn.js';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Store → the mounted toaster that shows it (its `useId`): two stores, two toasters; one store, one. */
const owners = new WeakMap<CardErrorToastStore, string>();
const listeners = new Set<() => void>();
const setOwner = (store: CardErrorToastStore, id: string | null) => {
  if (id === null) owners.delete(store);
  else owners.set(store, id);
  for (const listener of [...listeners]) listener();
};
const subscribeOwner = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Whether this toaster is the one that shows `store`'s toasts: the first mounted for that store. A
 * second one of the same store renders nothing (and says so in development), so no toast shows or is
 * announced twice; it takes over when the first unmounts. Unclaimed (first render, the server,
 * hydration) every toaster renders: rendering nothing first confused Radix's toast count under
 * StrictMode (the Retry button got pointer-events: none).
 */
export function useOwnership(store: CardErrorToastStore): boolean {
  const id = useId();
  const current = useSyncExternalStore(subscribeOwner, () => owners.get(store) ?? null, () => null);
  useSafeLayoutEffect(() => {
    const owner = owners.get(store);
    if (owner === undefined) setOwner(store, id);
    else if (owner !== id && process.env.NODE_ENV !== 'production') {
      warnOnce('toaster-twice', 'A second <CardErrorToaster> of the same store is mounted; it renders nothing. Mount one per store, near the root of the app.');
    }
  }, [store, id, current]);
  useSafeLayoutEffect(
    () => () => {
      if (owners.get(store) === id) setOwner(store, null);
    },
    [store, id],
  );
  return current === id || current === null;
}

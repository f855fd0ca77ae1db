import { useId, useSyncExternalStore } from 'react';
import { warnOnce } from '../warn.js';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** The mounted toaster that shows the queue (its `useId`); any other renders nothing. */
let owner: string | null = null;
const owners = new Set<() => void>();
const setOwner = (id: string | null) => {
  owner = id;
  for (const listener of [...owners]) listener();
};
const subscribeOwner = (listener: () => void) => {
  owners.add(listener);
  return () => owners.delete(listener);
};
/**
 * Whether this toaster is the one that shows the toasts: the first mounted. A second one renders
 * nothing (and says so in development), so no toast shows or is announced twice; it takes over when
 * the first unmounts. Unclaimed (first render, the server, hydration) every toaster renders: rendering
 * nothing first confused Radix's toast count under StrictMode (the Retry button got pointer-events: none).
 */
export function useOwnership(): boolean {
  const id = useId();
  const current = useSyncExternalStore(subscribeOwner, () => owner, () => null);
  useSafeLayoutEffect(() => {
    if (owner === null) setOwner(id);
    else if (owner !== id && process.env.NODE_ENV !== 'production') {
      warnOnce('toaster-twice', 'A second <CardErrorToaster> is mounted; it renders nothing. Mount one, near the root of the app.');
    }
  }, [id, current]);
  useSafeLayoutEffect(
    () => () => {
      if (owner === id) setOwner(null);
    },
    [id],
  );
  return current === id || current === null;
}

import { useCallback, useId, useLayoutEffect, useSyncExternalStore } from 'react';
import type { CardErrorToastStore } from '../core/toastStore.js';
import { warnOnce } from '../warn.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Who shows one store's toasts: the mounted toaster's `useId`, or `null`, and who listens for a change. */
interface Claim {
  owner: string | null;
  readonly listeners: Set<() => void>;
}

/** One claim per store: two toasters of two stores both show; two of one store, only the first. */
const claims = new WeakMap<CardErrorToastStore, Claim>();

function claimOf(store: CardErrorToastStore): Claim {
  let claim = claims.get(store);
  if (!claim) claims.set(store, (claim = { owner: null, listeners: new Set() }));
  return claim;
}

function setOwner(claim: Claim, id: string | null) {
  claim.owner = id;
  for (const listener of [...claim.listeners]) listener();
}

/**
 * Whether this toaster is the one that shows `store`'s toasts: the first mounted for that store. A
 * second one of the same store renders nothing (and says so in development), so no toast shows or is
 * announced twice; it takes over when the first unmounts. Unclaimed (first render, the server,
 * hydration) every toaster renders: rendering nothing first confused Radix's toast count under
 * StrictMode (the Retry button got pointer-events: none).
 */
export function useOwnership(store: CardErrorToastStore): boolean {
  const id = useId();
  const claim = claimOf(store);
  const subscribe = useCallback(
    (listener: () => void) => {
      claim.listeners.add(listener);
      return () => claim.listeners.delete(listener);
    },
    [claim],
  );
  const current = useSyncExternalStore(subscribe, () => claim.owner, () => null);
  useLayoutEffect(() => {
    if (claim.owner === null) setOwner(claim, id);
    else if (claim.owner !== id && process.env.NODE_ENV !== 'production') {
      warnOnce('toaster-twice', 'A second <CardErrorToaster> of the same store is mounted; it renders nothing. Mount one per store, near the root of the app.');
    }
  }, [claim, id, current]);
  useLayoutEffect(
    () => () => {
      if (claim.owner === id) setOwner(claim, null);
    },
    [claim, id],
  );
  return current === id || current === null;
}

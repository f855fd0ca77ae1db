import { useId, useSyncExternalStore } from 'react';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';
import type { CardErrorToastLabels } from './useToastItem.js';

/**
 * Which mounted toaster answers a hotkey several share (two toasters on F8): Radix binds one key listener
 * per viewport and focus landed in the one mounted last, toasts or not. A toaster claims the key when it
 * gets a toast; the latest claim among those with toasts has the turn, the earlier one takes it back when
 * the later empties or unmounts.
 */
const claims = new Map<string, { readonly keys: string; readonly turn: number }>();
const listeners = new Set<() => void>();
let turns = 0;

function change(id: string, keys: string | null): void {
  if (keys === null) claims.delete(id);
  else claims.set(id, { keys, turn: (turns += 1) });
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The id whose claim on `keys` is the latest, or `null`. */
function holderOf(keys: string): string | null {
  let holder: string | null = null;
  let latest = 0;
  for (const [id, claim] of claims) {
    if (claim.keys === keys && claim.turn > latest) [holder, latest] = [id, claim.turn];
  }
  return holder;
}

/**
 * Whether this toaster answers `keys` (joined by `+`; `''` for none): yes when it holds the latest claim,
 * or nobody with toasts shares them. `newest` is the id of its newest toast (`null` when it has none): a new
 * toast renews the claim, so the key goes where the latest toast appeared.
 */
export function useHotkeyTurn(keys: string, newest: string | null): boolean {
  const id = useId();
  const holder = useSyncExternalStore(subscribe, () => holderOf(keys), () => null);
  useSafeLayoutEffect(() => {
    change(id, newest !== null && keys !== '' ? keys : null);
    return () => change(id, null);
  }, [id, keys, newest]);
  return holder === null || holder === id;
}

/** Keys for a viewport that does not have the turn (one array: Radix re-binds its listener on a new one). */
export const NO_KEYS: string[] = [];

/** The locale's `toast` words a region's name is made of. */
export type RegionWords = Pick<CardErrorToastLabels, 'viewport' | 'viewportNoHotkey' | 'viewportStore' | 'viewportStoreNoHotkey'>;

/**
 * The region's name with its hotkey spelt as Radix spells it (`KeyT` → `T`): filled in here, since the
 * Radix viewport may hold no keys while another toaster has the shared hotkey's turn.
 */
export function regionName(label: string | undefined, labels: RegionWords, keys: readonly string[], own: boolean): string {
  const hotkey = keys.join('+').replace(/Key/g, '').replace(/Digit/g, '');
  const chosen = typeof label === 'string' && label.trim() ? label : own ? (hotkey ? labels.viewportStore : labels.viewportStoreNoHotkey) : hotkey ? labels.viewport : labels.viewportNoHotkey;
  return chosen.replace('{hotkey}', hotkey);
}

import * as Toast from '@radix-ui/react-toast';
import { useId, useMemo, useRef, useSyncExternalStore } from 'react';
import { cardErrorToastStore, type CardErrorToastStore } from '../core/toastStore.js';
import { printable, warnOnce } from '../warn.js';
import { CardErrorToasterItem } from './CardErrorToasterItem.js';
import { ToastSummary } from './ToastSummary.js';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';
import { useNarrowScreen, useToastFocusReturn } from './useToastFocus.js';
import type { CardErrorToastLabels, ToasterContext } from './useToastItem.js';

// The part of the toaster that renders again when a toast comes or goes: the toasts on screen, the "N more"
// summary, the viewport and whose turn a shared hotkey is. The toaster around it (CardErrorToaster.tsx:
// ownership, words, pause, announcer) is not rendered again for a new toast.

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

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
function useHotkeyTurn(keys: string, newest: string | null): boolean {
  const id = useId();
  const holder = useSyncExternalStore(subscribe, () => holderOf(keys), () => null);
  useSafeLayoutEffect(() => {
    change(id, newest !== null && keys !== '' ? keys : null);
    return () => change(id, null);
  }, [id, keys, newest]);
  return holder === null || holder === id;
}

/** Keys for a viewport that does not have the turn (one array: Radix re-binds its listener on a new one). */
const NO_KEYS: string[] = [];

/** The locale's `toast` words a region's name is made of. */
type RegionWords = Pick<CardErrorToastLabels, 'viewport' | 'viewportNoHotkey' | 'viewportStore' | 'viewportStoreNoHotkey'>;

/**
 * The region's name with its hotkey spelt as Radix spells it (`KeyT` → `T`): filled in here, since the
 * Radix viewport may hold no keys while another toaster has the shared hotkey's turn.
 */
function regionName(label: string | undefined, labels: RegionWords, keys: readonly string[], own: boolean): string {
  const hotkey = keys.join('+').replace(/Key/g, '').replace(/Digit/g, '');
  const chosen = typeof label === 'string' && label.trim() ? label : own ? (hotkey ? labels.viewportStore : labels.viewportStoreNoHotkey) : hotkey ? labels.viewport : labels.viewportNoHotkey;
  return chosen.replace('{hotkey}', hotkey);
}

/** How many toasts show at once by default; the rest wait in order. */
const DEFAULT_TOAST_LIMIT = 3;

function validLimit(limit: unknown): number {
  if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1) return limit;
  if (limit !== undefined && process.env.NODE_ENV !== 'production') {
    warnOnce('toast-limit', `Ignoring limit = ${printable(limit)}: it is a whole number of toasts, 1 or more. Using ${DEFAULT_TOAST_LIMIT}.`);
  }
  return DEFAULT_TOAST_LIMIT;
}

/** Props of `ToastList`: what the toaster hands it, its own props as given or checked. */
export interface ToastListProps {
  readonly store: CardErrorToastStore;
  /** What every toast receives but the focus return, which this list owns. */
  readonly toaster: Omit<ToasterContext, 'onLeave'>;
  readonly labels: CardErrorToastLabels;
  readonly lng: string;
  readonly placement: string;
  readonly limit: number | undefined;
  readonly hotkey: readonly string[] | false;
  readonly label: string | undefined;
  readonly className: string | undefined;
}

/** The toasts of `store` on screen, the "N more" summary and the viewport (Radix's `<ol>`). */
export function ToastList({ store, toaster: shared, labels, lng, placement, limit, hotkey, label, className }: ToastListProps) {
  const { toasts, overflow } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  // Radix re-binds its key listener whenever the array changes: keep one array per key combination.
  const hotkeyId = Array.isArray(hotkey) ? hotkey.join('+') : '';
  const keys = useMemo(() => (hotkeyId ? hotkeyId.split('+') : []), [hotkeyId]);
  // A hotkey two toasters share goes to the one whose toast came last (useHotkeyTurn), not the last mounted.
  const hasTurn = useHotkeyTurn(hotkeyId, toasts.at(-1)?.id ?? null);
  const narrow = useNarrowScreen();
  const onScreen = toasts.slice(0, narrow ? 1 : validLimit(limit));
  // At most TOAST_QUEUE_LIMIT waiting toasts to add up: nothing that is counted goes unsaid.
  const more = toasts.slice(onScreen.length).reduce((sum, record) => sum + record.count, overflow);
  const viewport = useRef<HTMLOListElement>(null);
  const onLeave = useToastFocusReturn(viewport, onScreen.length === 0 && more === 0);
  // One object for every toast, renewed only when one of its parts is: the items are memoised.
  const toaster = useMemo<ToasterContext>(() => ({ ...shared, onLeave }), [shared, onLeave]);
  const { overrides } = shared;
  return (
    <>
      {onScreen.map((record) => (
        <CardErrorToasterItem key={record.id} record={record} toaster={toaster} />
      ))}
      {more > 0 ? (
        <ToastSummary count={more} labels={labels} lng={lng} onCloseAll={() => store.dismiss()} onLeave={onLeave} announce={shared.announce} />
      ) : null}
      <Toast.Viewport
        ref={viewport}
        className={className ? `cek-toast-viewport ${className}` : 'cek-toast-viewport'}
        data-placement={placement}
        hotkey={hasTurn ? keys : NO_KEYS}
        label={regionName(label, labels, keys, store !== cardErrorToastStore && overrides?.viewport === undefined && overrides?.viewportNoHotkey === undefined)}
      />
    </>
  );
}

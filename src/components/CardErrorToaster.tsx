import * as Toast from '@radix-ui/react-toast';
import type { i18n as I18n } from 'i18next';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CardErrorSeverity } from '../catalog/index.js';
import { cardErrorToastStore, type CardErrorToastStore } from '../core/toastStore.js';
import { labelsOf, withOverrides } from '../i18n/labels.js';
import { useWords } from '../i18n/useWords.js';
import { printable, warnOnce } from '../warn.js';
import { CardErrorToasterItem } from './CardErrorToasterItem.js';
import { ToastSummary } from './ToastSummary.js';
import { NO_KEYS, regionName, useHotkeyTurn } from './useHotkeyTurn.js';
import { useOwnership } from './useOwnership.js';
import { useToastAnnouncer } from './useToastAnnouncer.js';
import { useNarrowScreen, useToastFocusReturn } from './useToastFocus.js';
import type { CardErrorToastLabels, ToasterContext } from './useToastItem.js';

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Where the toasts stack on the screen. */
export type CardErrorToastPlacement = 'top-left' | 'top-center' | 'top-right' | 'bottom-left' | 'bottom-center' | 'bottom-right';

/** A toast is swiped away towards the edge it sits at. */
const SWIPE_DIRECTION = {
  'top-left': 'left',
  'top-center': 'up',
  'top-right': 'right',
  'bottom-left': 'left',
  'bottom-center': 'down',
  'bottom-right': 'right',
} as const satisfies Record<CardErrorToastPlacement, 'up' | 'down' | 'left' | 'right'>;

/** How many toasts show at once by default; the rest wait in order. */
const DEFAULT_TOAST_LIMIT = 3;

/** Radix's default: F8 moves focus to the toasts. */
const DEFAULT_HOTKEY: readonly string[] = ['F8'];

/** Props of `CardErrorToaster`. */
export interface CardErrorToasterProps {
  /**
   * The queue whose toasts this toaster shows (`createCardErrorToastStore()`); fill it with `store.add`
   * or `useCardErrorToast(defaults, store)`. One toaster shows each store.
   * @defaultValue the app-wide queue of `toastCardError`
   */
  store?: CardErrorToastStore;
  /**
   * Where the toasts stack.
   * @defaultValue 'bottom-right'
   */
  placement?: CardErrorToastPlacement;
  /**
   * How many toasts show at once (one on screens 480 px wide or narrower); the rest wait in order,
   * counted in an "N more" summary.
   * @defaultValue 3
   */
  limit?: number;
  /**
   * Keys that move focus to the toasts (`KeyboardEvent.code` or modifier names), or `false` for none.
   * @defaultValue ['F8']
   */
  hotkey?: readonly string[] | false;
  /** Milliseconds per severity, replacing the defaults (`CARD_ERROR_TOAST_DURATIONS`); never under 4 s. */
  durations?: Partial<Record<CardErrorSeverity, number>>;
  /**
   * Minimum for toasts with an action button; `Infinity` keeps them until dismissed.
   * @defaultValue 10000
   */
  actionDuration?: number;
  /** Override any word of the locale files' `toast` section (e.g. `{ close: 'Close' }`). */
  labels?: Partial<CardErrorToastLabels>;
  /** Language of every toast; defaults to the i18next instance's. */
  lng?: string;
  /** The host's i18next instance; defaults to the provider's, then the kit's own. */
  i18n?: I18n;
  /**
   * The toast region's accessible name; `{hotkey}` in it is replaced by the hotkey. Two toasters on a page
   * need two names (axe landmark-unique): give each store's toaster its own, e.g. `'Stock notifications ({hotkey})'`.
   * @defaultValue the locale's `toast.viewport` ("Notifications (F8)") for the app-wide queue,
   * `toast.viewportStore` ("More notifications (F8)") for a store of your own; their `…NoHotkey` forms without one
   */
  label?: string;
  /** Extra class on the viewport (the `<ol>` that holds the toasts). */
  className?: string;
}

/** Whether the tab is hidden: no toast should run out while nobody can see it. */
function useDocumentHidden(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
    () => document.visibilityState === 'hidden',
    () => false,
  );
}

function validPlacement(placement: unknown): CardErrorToastPlacement {
  if (typeof placement === 'string' && Object.hasOwn(SWIPE_DIRECTION, placement)) return placement as CardErrorToastPlacement;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce('toast-placement', `Ignoring placement = ${printable(placement)}: using bottom-right.`);
  }
  return 'bottom-right';
}

function validLimit(limit: unknown): number {
  if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1) return limit;
  if (limit !== undefined && process.env.NODE_ENV !== 'production') {
    warnOnce('toast-limit', `Ignoring limit = ${printable(limit)}: it is a whole number of toasts, 1 or more. Using ${DEFAULT_TOAST_LIMIT}.`);
  }
  return DEFAULT_TOAST_LIMIT;
}

/**
 * Shows the toasts of `toastCardError` (or of its `store`), mounted once near the app's root. Toasts fired before it mounts
 * wait in the queue and show when it does. Built on `@radix-ui/react-toast`.
 */
export function CardErrorToaster({
  store = cardErrorToastStore,
  placement = 'bottom-right',
  limit,
  hotkey = DEFAULT_HOTKEY,
  durations,
  actionDuration,
  labels: overrides,
  lng,
  i18n,
  label,
  className,
}: CardErrorToasterProps) {
  const { toasts, overflow } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const shown = useOwnership(store);
  // The language is found once here and handed to every toast: one subscription for all of them.
  const words = useWords({ lng, i18n });
  const labels = withOverrides(labelsOf(words).toast, overrides, 'labels');
  // Radix pauses every toast while the pointer is over them, focus is inside, or the window is blurred.
  const [radixPaused, setRadixPaused] = useState(false);
  const onPause = useCallback(() => setRadixPaused(true), []);
  const onResume = useCallback(() => setRadixPaused(false), []);
  const hidden = useDocumentHidden();
  // Radix re-binds its key listener whenever the array changes: keep one array per key combination.
  const hotkeyId = Array.isArray(hotkey) ? hotkey.join('+') : '';
  const keys = useMemo(() => (hotkeyId ? hotkeyId.split('+') : []), [hotkeyId]);
  // A hotkey two toasters share goes to the one whose toast came last (useHotkeyTurn), not the last mounted.
  const hasTurn = useHotkeyTurn(hotkeyId, toasts.at(-1)?.id ?? null);
  const place = validPlacement(placement);
  const narrow = useNarrowScreen();
  const onScreen = toasts.slice(0, narrow ? 1 : validLimit(limit));
  // At most TOAST_QUEUE_LIMIT waiting toasts to add up: nothing that is counted goes unsaid.
  const more = toasts.slice(onScreen.length).reduce((sum, record) => sum + record.count, overflow);
  const viewport = useRef<HTMLOListElement>(null);
  const onLeave = useToastFocusReturn(viewport, onScreen.length === 0 && more === 0);
  const { announce, regions } = useToastAnnouncer();
  // Radix's own announcer goes into a fragment nobody reads: ours queues the texts and gives each its lang.
  const [silent] = useState(() => (typeof document === 'undefined' ? undefined : document.createDocumentFragment()));
  const paused = radixPaused || hidden;
  // One object for every toast, renewed only when one of its parts is: the items are memoised.
  const toaster = useMemo<ToasterContext>(
    () => ({ store, words, durations, actionDuration, overrides, paused, onPause, onResume, announce, onLeave }),
    [store, words, durations, actionDuration, overrides, paused, onPause, onResume, announce, onLeave],
  );
  if (!shown) return null;

  return (
    <Toast.Provider label={labels.announce} swipeDirection={SWIPE_DIRECTION[place]} duration={Infinity} announcerContainer={silent}>
      {onScreen.map((record) => (
        <CardErrorToasterItem key={record.id} record={record} toaster={toaster} />
      ))}
      {more > 0 ? (
        <ToastSummary count={more} labels={labels} lng={words.lng} onCloseAll={() => store.dismiss()} onLeave={onLeave} announce={announce} />
      ) : null}
      {regions}
      <Toast.Viewport
        ref={viewport}
        className={className ? `cek-toast-viewport ${className}` : 'cek-toast-viewport'}
        data-placement={place}
        hotkey={hasTurn ? keys : NO_KEYS}
        label={regionName(label, labels, keys, store !== cardErrorToastStore && overrides?.viewport === undefined && overrides?.viewportNoHotkey === undefined)}
      />
    </Toast.Provider>
  );
}

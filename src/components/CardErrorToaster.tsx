import * as Toast from '@radix-ui/react-toast';
import type { i18n as I18n } from 'i18next';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { CardErrorSeverity } from '../catalog/index.js';
import { cardErrorToastStore, type CardErrorToastStore } from '../core/toastStore.js';
import { labelsOf, withOverrides } from '../i18n/labels.js';
import { useWords } from '../i18n/useWords.js';
import { printable, warnOnce } from '../warn.js';
import { ToastList } from './ToastList.js';
import { useOwnership } from './useOwnership.js';
import { useToastAnnouncer } from './useToastAnnouncer.js';
import type { CardErrorToastLabels } from './useToastItem.js';

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
  const shown = useOwnership(store);
  // The language is found once here and handed to every toast: one subscription for all of them.
  const words = useWords({ lng, i18n });
  const labels = withOverrides(labelsOf(words).toast, overrides, 'labels');
  // Radix pauses every toast while the pointer is over them, focus is inside, or the window is blurred.
  const [radixPaused, setRadixPaused] = useState(false);
  const onPause = useCallback(() => setRadixPaused(true), []);
  const onResume = useCallback(() => setRadixPaused(false), []);
  const hidden = useDocumentHidden();
  const place = validPlacement(placement);
  const { announce, regions } = useToastAnnouncer();
  // Radix's own announcer goes into a fragment nobody reads: ours queues the texts and gives each its lang.
  const [silent] = useState(() => (typeof document === 'undefined' ? undefined : document.createDocumentFragment()));
  const paused = radixPaused || hidden;
  // What every toast receives, renewed only when one of its parts is (ToastList adds the focus return).
  const toaster = useMemo(
    () => ({ store, words, durations, actionDuration, overrides, paused, onPause, onResume, announce }),
    [store, words, durations, actionDuration, overrides, paused, onPause, onResume, announce],
  );
  if (!shown) return null;

  // Only ToastList reads the store: a new toast renders it again, not this toaster.
  return (
    <Toast.Provider label={labels.announce} swipeDirection={SWIPE_DIRECTION[place]} duration={Infinity} announcerContainer={silent}>
      <ToastList store={store} toaster={toaster} labels={labels} lng={words.lng} placement={place} limit={limit} hotkey={hotkey} label={label} className={className} />
      {regions}
    </Toast.Provider>
  );
}

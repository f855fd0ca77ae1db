import { useCallback, useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';

/** Below this width (px) one toast shows at a time: three covered 62 % of a 375×667 phone screen. */
const NARROW_QUERY = '(max-width: 480px)';

/** Whether the window is phone-narrow (`NARROW_QUERY`); `false` on the server and without `matchMedia`. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_QUERY) : null;
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

/** Whether `node` is in any toaster's region (this kit's viewport, or Radix's region wrapper around one). */
function inAnyToaster(node: HTMLElement): boolean {
  const viewport = ':scope > .cek-toast-viewport';
  return Boolean(node.closest('.cek-toast-viewport') || node.querySelector(viewport) || node.parentElement?.querySelector(viewport));
}

/**
 * Remembers where focus was when it entered the toast region (F8, Tab, a pointer) and gives it back:
 * `leave()` when the operator presses Escape, and by itself when the last toast closes while focus is
 * in the region (or was dropped on `<body>` with the toast it was in). Radix leaves focus on its
 * viewport, and the next Tab jumped to the top of the page. Focus is never given back into another
 * toaster's region (two toasters on one page): it goes to where it was on the page.
 *
 * A toast that leaves while it holds focus by any other way than its Close button (its Retry succeeded, the
 * host dismissed it, a store dropped it, the limit showed a waiting one in its place) would drop focus on
 * `<body>`: focus goes where Close sends it, the viewport, while toasts remain (back, when none do). Call it
 * on every render of the list: it checks after each commit.
 */
export function useToastFocusReturn(viewport: RefObject<HTMLElement | null>, empty: boolean): () => void {
  const returnTo = useRef<HTMLElement | null>(null);
  /** The element in this region that last took focus (`null` once focus went elsewhere). */
  const held = useRef<HTMLElement | null>(null);
  useEffect(() => {
    let outside: HTMLElement | null = null;
    const region = () => viewport.current?.parentElement ?? null; // Radix's role="region" wrapper
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!target) return;
      const related = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
      // Another toaster's list is no place to give focus back to: the page, where it was before, is.
      const from = related && !inAnyToaster(related) ? related : outside;
      held.current = region()?.contains(target) ? target : null;
      if (!region()?.contains(target)) {
        if (!inAnyToaster(target)) outside = target;
        returnTo.current = null; // Tabbed out of the toasts: focus is where the operator put it
      } else if (!returnTo.current && from && !region()?.contains(from)) returnTo.current = from;
    };
    // A click on the page outside the toasts is the operator moving on: nothing to give back then.
    const onPointerDown = (event: PointerEvent) => {
      if (!region()?.contains(event.target as Node)) returnTo.current = null;
    };
    document.addEventListener('focusin', onFocusIn, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [viewport]);

  const leave = useCallback(() => {
    const target = returnTo.current;
    const active = document.activeElement;
    const inRegion = !active || active === document.body || Boolean(viewport.current?.parentElement?.contains(active));
    if (!inRegion) return; // Escape pressed elsewhere on the page (Radix closes a toast then too): leave focus be
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  }, [viewport]);

  useSafeLayoutEffect(() => {
    const lost = held.current;
    const active = document.activeElement;
    if (!lost || lost.isConnected || (active && active !== document.body)) return;
    held.current = null;
    if (empty) leave();
    else viewport.current?.focus();
  });
  useEffect(() => {
    if (empty) leave();
  }, [empty, leave]);
  return leave;
}

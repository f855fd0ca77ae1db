// Focus when an alert leaves the page: `<CardErrorAlert>` spreads these two on its root. Module-level
// functions, the same for every alert and render, so React binds them once per alert and keeps no effect
// or ref object for them.
import type { FocusEvent } from 'react';

/** What can take focus; focus() skips the disabled and hidden ones, and the alert's own once removed. */
const FOCUSABLE = 'a[href],button,input,select,textarea,summary,[tabindex]';

/**
 * Where focus may go when the alert holding it leaves the page, best first: the element focused before
 * focus entered the alert, then the focusable elements after it, then those before it (nearest first).
 */
function focusCandidates(root: HTMLElement, before: Element | null): (Element | null)[] {
  const all = [...root.ownerDocument.querySelectorAll(FOCUSABLE)];
  // 4: Node.DOCUMENT_POSITION_FOLLOWING.
  return [before, ...all.filter((element) => root.compareDocumentPosition(element) & 4), ...all.reverse()];
}

/** The element that had focus before focus entered each alert (Tab, a click, the host's focus()). */
const FOCUS_ORIGINS = new WeakMap<Element, Element | null>();

/** If `root` holds focus as it leaves the page: after the commit, focus goes to the best candidate that takes it. */
function keepFocusAfter(root: Element): void {
  if (!root.contains(root.ownerDocument.activeElement)) return;
  const candidates = focusCandidates(root as HTMLElement, FOCUS_ORIGINS.get(root) ?? null);
  // After the commit that removes it, if nothing else took focus meanwhile: the first that takes it.
  queueMicrotask(() => {
    for (const candidate of candidates) {
      if (root.ownerDocument.activeElement !== root.ownerDocument.body) return;
      (candidate as HTMLElement | null)?.focus();
    }
  });
}

/**
 * The alert root's ref. When the host removes the alert (a dismiss) while it holds focus, the browser would
 * drop focus to <body> and a keyboard or screen-reader user would start again from the top of the page.
 * One function for every alert and render (no effect or ref object per alert). React 18 and 19 call it
 * with `null` as an alert leaves, while it is still in the document but without naming it: the alert
 * holding focus is found from the focused element. If that one is not leaving, focus stays in it and
 * nothing is moved. (Returning a cleanup instead would name it, but React 18 warns about it.)
 */
export function keepFocusOnRemoval(element: HTMLDivElement | null): void {
  if (element || typeof document === 'undefined') return;
  // An alert that focus entered has its origin recorded (rememberFocusOrigin): the nearest one around focus.
  for (let node = document.activeElement; node; node = node.parentElement) {
    if (FOCUS_ORIGINS.has(node)) return keepFocusAfter(node);
  }
}

/** The alert root's `onFocus`: one function for every alert and render, so React never re-binds it. */
export function rememberFocusOrigin(event: FocusEvent<HTMLDivElement>): void {
  if (!event.currentTarget.contains(event.relatedTarget)) FOCUS_ORIGINS.set(event.currentTarget, event.relatedTarget);
}

import { CardErrorToaster, type CardErrorToastStore } from '../../src/index';

/** Every toast the queue keeps one by one (README: 12) shows: a picture has no "N more". */
const ALL_KEPT = 12;

/** Nothing closes on its own: the toasts stay for designers to look at. */
const STAY = { success: Infinity, info: Infinity, warning: Infinity, error: Infinity } as const;

/** Props of `StaticToasts`. */
export interface StaticToastsProps {
  /** A store of the story's own (`createCardErrorToastStore()`), never the app-wide queue. */
  store: CardErrorToastStore;
  /** The region's accessible name; unique on the page (axe: landmark-unique). */
  label: string;
}

/**
 * A real `<CardErrorToaster>` on a store of its own, in the page's flow instead of a screen corner
 * (`.sb-static-toasts`), with no hotkey and toasts that never close on their own, so designers can
 * look and pages can sit side by side (two themes, one page). Its buttons work, on its own store
 * only: Close closes that toast, Retry retries it, and the other toasters on the page are untouched.
 */
export function StaticToasts({ store, label }: StaticToastsProps) {
  return (
    <CardErrorToaster
      store={store}
      limit={ALL_KEPT}
      hotkey={false}
      durations={STAY}
      actionDuration={Infinity}
      labels={{ viewportNoHotkey: label }}
      className="sb-static-toasts"
    />
  );
}

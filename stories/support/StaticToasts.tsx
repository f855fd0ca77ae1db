import * as Toast from '@radix-ui/react-toast';
import { useSyncExternalStore } from 'react';
import type { CardErrorToastStore } from '../../src/index';
import { CardErrorToasterItem } from '../../src/components/CardErrorToasterItem';
import { labelsOf } from '../../src/i18n/labels';
import { useWords } from '../../src/i18n/useWords';

const noop = () => undefined;

/** Props of `StaticToasts`. */
export interface StaticToastsProps {
  /** A store of the story's own (`createCardErrorToastStore()`), never the app-wide queue. */
  store: CardErrorToastStore;
  /** The region's accessible name; unique on the page (axe: landmark-unique). */
  label: string;
}

/**
 * The kit's real toasts (`CardErrorToasterItem`, the toaster's own item) in the page's flow instead of
 * a screen corner, and paused: nothing closes them, so designers can look and pages can sit side by
 * side (two themes, one page). Unlike `<CardErrorToaster>` it shows every toast of its own store, and
 * has no hotkey. Its buttons speak to the app-wide queue, where these ids do not exist: clicking them
 * does nothing, which is what a picture should do. Toasts that are meant to be used live in
 * `<CardErrorToaster>` stories (Components/Toasts, Design/Phone width).
 */
export function StaticToasts({ store, label }: StaticToastsProps) {
  const { toasts } = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const words = useWords();
  return (
    <Toast.Provider label={labelsOf(words).toast.announce} duration={Infinity}>
      {toasts.map((record) => (
        // paused: the item's own timer never starts (its duration is for a live toaster).
        <CardErrorToasterItem key={record.id} record={record} words={words} paused onPause={noop} onResume={noop} />
      ))}
      <Toast.Viewport className="cek-toast-viewport sb-static-toasts" hotkey={[]} label={label} />
    </Toast.Provider>
  );
}

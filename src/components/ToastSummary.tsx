import * as Toast from '@radix-ui/react-toast';
import { useEffect, useRef } from 'react';
import { interpolate } from '../i18n/words.js';
import type { CardErrorToastLabels } from './useToastItem.js';
import type { ToastAnnouncement } from './useToastAnnouncer.js';

/** Props of the "N more" summary. */
export interface ToastSummaryProps {
  /** Failures not on screen: waiting toasts' counts plus those counted only in the store's overflow. */
  count: number;
  labels: CardErrorToastLabels;
  lng: string;
  onCloseAll: () => void;
  /** Escape gives focus back to the page; the summary itself stays. */
  onLeave: () => void;
  /** The toaster's announcer: the summary is spoken (politely) when it appears and when its count changes. */
  announce?: (announcement: ToastAnnouncement) => void;
}

/** Summaries shown so far: each appearance speaks under keys of its own (the announcer remembers keys). */
let appearances = 0;

/** The template with the count written the language's way ("1,234"). */
const withCount = (template: string, count: number, lng: string) => interpolate(template, { count: count.toLocaleString(lng) });

/**
 * Stands for every toast not on screen ("还有 12 条" with "全部关闭"): a Radix toast of its own, so F8
 * and Tab reach it like the others. It never closes on its own; it is announced, politely and in its
 * language, when it appears and whenever its count changes (not on a re-render with the same count).
 */
export function ToastSummary({ count, labels, lng, onCloseAll, onLeave, announce }: ToastSummaryProps) {
  const said = withCount(labels.moreLabel, count, lng);
  // One key per appearance and count change: StrictMode's second effect run repeats the key and is not spoken.
  const appearance = useRef(0);
  const changes = useRef({ count: 0, n: 0 });
  useEffect(() => {
    appearance.current ||= ++appearances;
    if (changes.current.count !== count) changes.current = { count, n: changes.current.n + 1 };
    announce?.({ key: `summary:${appearance.current}:${changes.current.n}`, text: said, lng, live: 'polite' });
  }, [count]); // once per count change: not on a language switch
  return (
    <Toast.Root
      open
      duration={Infinity}
      type="background"
      className="cek-toast"
      data-slot="summary"
      lang={lng}
      onOpenChange={() => undefined}
      onEscapeKeyDown={(event) => {
        event.preventDefault();
        onLeave();
      }}
    >
      <span data-slot="more">
        <span aria-hidden="true">{withCount(labels.more, count, lng)}</span>
        <span className="cek-visually-hidden">{said}</span>
      </span>
      <button type="button" data-slot="close-all" onClick={onCloseAll}>
        {labels.closeAll}
      </button>
    </Toast.Root>
  );
}

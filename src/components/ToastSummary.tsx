import * as Toast from '@radix-ui/react-toast';
import type { CardErrorToastLabels } from './useToastItem.js';

/** Props of the "N more" summary. */
export interface ToastSummaryProps {
  /** Failures not on screen: waiting toasts' counts plus those counted only in the store's overflow. */
  count: number;
  labels: CardErrorToastLabels;
  lng: string;
  onCloseAll: () => void;
  /** Escape gives focus back to the page; the summary itself stays. */
  onLeave: () => void;
}

const withCount = (template: string, count: number, lng: string) =>
  template.replace(/\{\{\s*count\s*\}\}/g, count.toLocaleString(lng));

/**
 * Stands for every toast not on screen ("还有 12 条" with "全部关闭"): a Radix toast of its own, so F8
 * and Tab reach it like the others. It never closes on its own and is not announced.
 */
export function ToastSummary({ count, labels, lng, onCloseAll, onLeave }: ToastSummaryProps) {
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
        <span className="cek-visually-hidden">{withCount(labels.moreLabel, count, lng)}</span>
      </span>
      <button type="button" data-slot="close-all" onClick={onCloseAll}>
        {labels.closeAll}
      </button>
    </Toast.Root>
  );
}

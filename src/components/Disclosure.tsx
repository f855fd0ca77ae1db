import type { ReactNode } from 'react';

/** Props of `Disclosure`. */
export interface DisclosureProps {
  /** The button's text: its accessible name, e.g. "Technical details" or "Show the 2 to fix". */
  label: ReactNode;
  /** Shown: the content is mounted and the button says `aria-expanded="true"`. */
  open: boolean;
  /** Called with the other state when the button is pressed (click, Enter, Space). */
  onOpenChange: (open: boolean) => void;
  /** `data-slot` of the box around the content (styles.css places it). */
  slot: string;
  /** What the button shows; built by the caller only while `open`, so a closed disclosure holds none of it. */
  children: ReactNode;
}

/**
 * A disclosure button (WAI-ARIA APG "Disclosure"), not a native `<details>`: Chromium gives every
 * `<details>` its own shadow tree, which made a collapsed alert, and a summary's group row, cost about twice
 * their other elements to lay out (test/bench). Same name, expanded state, keyboard (Enter, Space) and
 * focus; the marker is drawn by styles.css (`button[data-slot='details-summary']`). Closed, the button alone
 * is in the DOM; it stays the same element when the content opens or closes, so focus stays on it.
 */
export function Disclosure({ label, open, onOpenChange, slot, children }: DisclosureProps) {
  return (
    <>
      <button type="button" data-slot="details-summary" aria-expanded={open} onClick={() => onOpenChange(!open)}>
        {label}
      </button>
      {open ? <div data-slot={slot}>{children}</div> : null}
    </>
  );
}

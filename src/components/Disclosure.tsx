import type { MouseEvent, ReactNode } from 'react';

/** Props of `Disclosure`. */
export interface DisclosureProps {
  /** The button's text: its accessible name, e.g. "Technical details" or "Show the 2 to fix". */
  label: ReactNode;
  /** Shown: the content is mounted and the button says `aria-expanded="true"`. */
  open: boolean;
  /**
   * Called when the button is pressed (click, Enter, Space), with the click event: the caller flips `open`.
   * A function that stays the same from render to render spares React re-binding the button's click.
   */
  onToggle: (event: MouseEvent<HTMLButtonElement>) => void;
  /** `data-slot` of the box around the content (styles.css places it). */
  slot: string;
  /** What the button shows; built by the caller only while `open`, so a closed disclosure holds none of it. */
  children: ReactNode;
}

/**
 * A disclosure's state for `useReducer`: a boolean sets it, anything else (the button's click event) flips
 * it. The alert and the toast keep their details' state with it.
 */
export const disclosureState = (open: boolean, next: unknown): boolean => (typeof next === 'boolean' ? next : !open);

/**
 * A disclosure button (WAI-ARIA APG "Disclosure"), not a native `<details>`: Chromium gives every
 * `<details>` its own shadow tree, which made a collapsed alert, and a summary's group row, cost about twice
 * their other elements to lay out (test/bench). Same name, expanded state, keyboard (Enter, Space) and
 * focus; the marker is drawn by styles.css (`button[data-slot='details-summary']`). Closed, the button alone
 * is in the DOM; it stays the same element when the content opens or closes, so focus stays on it.
 */
export function Disclosure({ label, open, onToggle, slot, children }: DisclosureProps) {
  return (
    <>
      {disclosureButton(label, open, onToggle)}
      {open ? <div data-slot={slot}>{children}</div> : null}
    </>
  );
}

/**
 * The disclosure's button alone, for a caller that places the content itself: `<CardErrorAlert>` puts both
 * among its own children (one fragment fewer per alert), the content in `<div data-slot="details">`.
 */
export function disclosureButton(label: ReactNode, open: boolean, onToggle: DisclosureProps['onToggle']) {
  return (
    <button type="button" data-slot="details-summary" aria-expanded={open} onClick={onToggle}>
      {label}
    </button>
  );
}

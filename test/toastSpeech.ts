import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** One text a toaster live region held: what, in which language, how urgently. */
export interface Heard {
  text: string;
  lang: string | null;
  live: string | null;
}

/**
 * Records every text put into the toaster's live regions from now on, in order (the toaster speaks
 * them one after another, so at any moment a region holds one text: a snapshot would miss the rest).
 */
export function listen(): { heard: () => Heard[]; stop: () => void } {
  const heard: Heard[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const region = node.parentElement;
        if (!(node instanceof HTMLElement) || region?.dataset.slot !== 'announcer') continue;
        heard.push({ text: node.textContent ?? '', lang: node.getAttribute('lang'), live: region.getAttribute('aria-live') });
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return {
    heard: () => heard, // records arrive on a microtask: read after an act()
    stop: () => observer.disconnect(),
  };
}

/** Lets fake time run in small steps, so queued announcements come out one after another. */
export async function speakFor(ms: number, step = 100): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(step);
    });
  }
}

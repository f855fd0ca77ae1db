import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** One text to speak, in its own language. */
export interface ToastAnnouncement {
  /** Spoken at most once per key (StrictMode runs effects twice; a re-render must not repeat it). */
  readonly key: string;
  readonly text: string;
  /** The language the text is written in: the voice follows it, whatever the page's `lang`. */
  readonly lng: string;
  readonly live: 'assertive' | 'polite';
}

/** How long one announcement stays before the next replaces it (ms): about the time a reader takes to say it. */
const holdFor = (text: string) => Math.min(6000, Math.max(1000, text.length * 60 + (text.match(/[\u3000-\u9fff]/g)?.length ?? 0) * 120));

/** Wait before the first text of a burst (ms): the regions exist before text arrives, and a burst is queued whole. */
const SETTLE_MS = 100;

/** Announcement keys remembered, so a re-run effect does not speak twice; older ones are forgotten. */
const REMEMBERED_KEYS = 200;

/**
 * The toaster's own live regions, one polite and one assertive, under `<body>` (so a host's modal that
 * hides the app from assistive technology does not hide them). Radix renders one region per toast, all
 * in the same millisecond and without `lang`: three errors at once were three assertive regions (a
 * reader may speak only the last) in the page's voice. Here texts are spoken one after another, each
 * in a `<span lang>` of its own language.
 */
export function useToastAnnouncer(): { announce: (announcement: ToastAnnouncement) => void; regions: ReactNode } {
  const queue = useRef<ToastAnnouncement[]>([]);
  const spoken = useRef(new Set<string>());
  /** The text in a region now, or `true` while the first of a burst waits (SETTLE_MS). */
  const busy = useRef<ToastAnnouncement | true | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [current, setCurrent] = useState<ToastAnnouncement | null>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const next = useCallback(() => {
    const shown = queue.current.shift() ?? null;
    busy.current = shown;
    setCurrent(shown);
    if (shown) timer.current = setTimeout(next, holdFor(shown.text));
  }, []);
  useEffect(() => {
    setBody(document.body);
    // Toasts announce from their own effects, which run first: start only what they did not.
    if (busy.current === null && queue.current.length > 0) {
      busy.current = true;
      timer.current = setTimeout(next, SETTLE_MS);
    }
    return () => {
      // Unmounted (StrictMode's trial unmount too): what was showing is spoken again when it comes back.
      clearTimeout(timer.current);
      if (busy.current && busy.current !== true) queue.current.unshift(busy.current);
      busy.current = null;
    };
  }, [next]);

  const announce = useCallback(
    (announcement: ToastAnnouncement) => {
      if (spoken.current.has(announcement.key) || !announcement.text.trim()) return;
      spoken.current.add(announcement.key);
      if (spoken.current.size > REMEMBERED_KEYS) spoken.current.delete(spoken.current.values().next().value as string);
      queue.current.push(announcement);
      if (busy.current === null) {
        busy.current = true;
        timer.current = setTimeout(next, SETTLE_MS);
      }
    },
    [next],
  );

  const region = (live: ToastAnnouncement['live']) => (
    <div className="cek-visually-hidden" role="status" aria-live={live} aria-atomic="true" data-slot="announcer">
      {current?.live === live ? (
        <span key={current.key} lang={current.lng}>
          {current.text}
        </span>
      ) : null}
    </div>
  );
  const regions = body
    ? createPortal(
        <>
          {region('polite')}
          {region('assertive')}
        </>,
        body,
      )
    : null;
  return { announce, regions };
}

import { useEffect, useRef, useState } from 'react';
import { formatCardErrorReport, reportRows } from './report.js';
import { languageOfText } from '../i18n/language.js';
import type { CardErrorState } from './useCardError.js';
import { copyText } from './copyText.js';
import { Disclosure } from './Disclosure.js';

/** How long "Copied" stays before the button reads "Copy details" again. */
const COPIED_RESET_MS = 2000;

/** Props of `TechnicalDetails`. */
export interface TechnicalDetailsProps {
  /** The state from `useCardError`. */
  state: CardErrorState;
  /**
   * Open on first render.
   * @defaultValue false
   */
  defaultOpen?: boolean;
  /**
   * Build the rows and the copy button only while open: closed, only a disclosure button (`aria-expanded`,
   * see `Disclosure`) is in the DOM, in place of a native `<details>` (lighter to lay out; same name, keys and focus).
   * @defaultValue false
   */
  lazy?: boolean;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** The rows and the copy button: mounted only while shown, so a collapsed alert keeps no copy state or timer. */
function DetailsContent({ state }: { state: CardErrorState }) {
  const { labels } = state;
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onCopy = async () => {
    const ok = await copyText(formatCardErrorReport(state, labels));
    setStatus(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), COPIED_RESET_MS);
  };

  return (
    <>
      <dl data-slot="details-list">
        {/* The rows of one failure keep their order: the position is the key. */}
        {reportRows(state, labels).map(([term, value, source], row) => (
          <div key={row} data-slot="details-row">
            <dt>{term}</dt>
            {value === null ? (
              <dd>{labels.noValue}</dd>
            ) : (
              // Code, status and outside text in monospace; outside text in its own language.
              <dd data-source={source} lang={source === 'external' ? languageOfText(value) : undefined}>
                {value}
              </dd>
            )}
          </div>
        ))}
      </dl>
      <button type="button" data-slot="copy" data-state={status} onClick={onCopy}>
        {status === 'copied' ? labels.copied : labels.copy}
      </button>
      <span data-slot="copy-status" data-state={status} aria-live="polite">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </span>
    </>
  );
}

/**
 * The developer's part: code, category, WeChat's meaning, raw errmsg and rid (for WeChat Pay: its code,
 * meaning, message and Request-ID, each under WeChat Pay's own label; see reportRows), collapsed in a native
 * `<details>` (`lazy`: behind a disclosure button), with a button that copies them as one block for a support ticket.
 */
export function TechnicalDetails({ state, defaultOpen = false, lazy = false }: TechnicalDetailsProps) {
  const { labels } = state;
  const [open, setOpen] = useState(defaultOpen);
  const opened = open || !lazy ? <DetailsContent state={state} /> : null;
  if (lazy) {
    return (
      <Disclosure label={labels.details} open={open} onOpenChange={setOpen} slot="details">
        {opened}
      </Disclosure>
    );
  }
  return (
    // Opened by the summary's click (mouse, Enter, Space) in the same event, so the rows are there in
    // the first frame; `toggle` follows anything else that opens it (find in page, a script).
    <details data-slot="details" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary
        data-slot="details-summary"
        onClick={(event) => {
          event.preventDefault();
          setOpen(!open);
        }}
      >
        {labels.details}
      </summary>
      {opened}
    </details>
  );
}

import { useEffect, useRef, useState } from 'react';
import { formatCardErrorReport, reportRows } from '../core/report.js';
import type { CardErrorState } from './useCardError.js';
import { copyText } from './copyText.js';

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
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * The developer's part: code, category, WeChat's meaning, raw errmsg and rid, collapsed in a native
 * `<details>`, with a button that copies them as one block for a support ticket.
 */
export function TechnicalDetails({ state, defaultOpen = false }: TechnicalDetailsProps) {
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
    <details data-slot="details" open={defaultOpen || undefined}>
      <summary data-slot="details-summary">{labels.details}</summary>
      <dl data-slot="details-list">
        {/* Always the same rows in the same order: the position is the key. */}
        {reportRows(state, labels).map(([term, value], row) => (
          <div key={row} data-slot="details-row">
            <dt>{term}</dt>
            <dd>{value ?? labels.noValue}</dd>
          </div>
        ))}
      </dl>
      <button type="button" data-slot="copy" data-state={status} onClick={onCopy}>
        {status === 'copied' ? labels.copied : labels.copy}
      </button>
      <span data-slot="copy-status" data-state={status} aria-live="polite">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.copyFailed : ''}
      </span>
    </details>
  );
}

import { useEffect, useRef, useState } from 'react';
import { formatCardErrorReport, reportRows } from './report.js';
import { languageOfText } from '../i18n/language.js';
import type { CardErrorState } from './useCardError.js';
import { copyText } from './copyText.js';

/** How long "Copied" stays before the button reads "Copy details" again. */
const COPIED_RESET_MS = 2000;

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * The developer's part: code, category, WeChat's meaning, raw errmsg and rid (for WeChat Pay: its code,
 * meaning, message and Request-ID, each under WeChat Pay's own label; see reportRows), with a button that
 * copies them as one block for a support ticket. Mounted only while shown, behind the alert's and the
 * toast's disclosure button (`Disclosure`): collapsed, none of it runs and no copy state or timer is kept.
 */
export function TechnicalDetailsContent({ state }: { state: CardErrorState }) {
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

import type { i18n as I18n } from 'i18next';
import { useId, useState, type HTMLAttributes } from 'react';
import type { CardErrorAction } from '../catalog/index.js';
import type { CardErrorView } from '../core/describe.js';
import { summaryCsv } from '../core/summary/csv.js';
import type { CardErrorBatchSummary } from '../core/summary/types.js';
import { labelsOf } from '../i18n/labels.js';
import { useWords } from '../i18n/useWords.js';
import { SeverityIcon } from './SeverityIcon.js';
import { SummaryGroup } from './SummaryGroup.js';
import { batchText, countsText, useGroupViews } from './summaryWords.js';

/**
 * While a job runs, progress is announced each time another tenth is done (and once when it finishes):
 * a screen reader that spoke every 200-code chunk of a 50,000-code upload would speak 250 times.
 */
const ANNOUNCE_STEPS = 10;

/** Props of `CardErrorSummary`; any other `<section>` attribute is spread on the root. */
export interface CardErrorSummaryProps extends Omit<HTMLAttributes<HTMLElement>, 'role'> {
  /** What `summarizeCardErrors` (or a later `summary.add(chunk)`) returned. */
  summary: CardErrorBatchSummary;
  /** Language for this summary only; defaults to the i18next instance's language. */
  lng?: string;
  /** The host's i18next instance; defaults to the provider's, then the kit's own. */
  i18n?: I18n;
  /** Called with a group's action kind and its keys (all of them, in order); without it no action buttons show. */
  onAction?: (action: CardErrorAction, keys: readonly string[], view: CardErrorView) => void;
  /** Called with a retryable group's keys from "Try the failed ones again"; without it no retry buttons show. */
  onRetry?: (keys: readonly string[], view: CardErrorView) => void;
  /**
   * The level of the heading with the counts, to fit the host's outline.
   * @defaultValue 2
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** Saves `text` as a file (a Blob URL on a temporary link), as a download button does. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click's task: the browser has started reading the Blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Causes listed before "Show all N causes": a batch rarely fails for more than a handful of reasons, and
 * the largest come first. 20 rows already fill a phone several times over; the rest are built when asked
 * for, so a batch of 50 causes mounts in about the time of 60 alerts (issue 23 item 4, `npm run bench`).
 */
const SHOWN_CAUSES = 20;

/**
 * A batch's outcome: the counts ("Of 3,000: 2,871 went through, 112 failed…"), progress while it runs,
 * one row per cause with its message, hint, action, retry and keys, and the failed rows as CSV.
 */
export function CardErrorSummary({
  summary,
  lng,
  i18n,
  onAction,
  onRetry,
  headingLevel = 2,
  className,
  ...rest
}: CardErrorSummaryProps) {
  const words = useWords({ lng, i18n });
  const labels = labelsOf(words);
  const t = batchText(words);
  const views = useGroupViews(summary, words);
  const id = useId();
  const counts = countsText(summary, t);
  const done = summary.total - summary.pending;
  const running = summary.state === 'running';
  const progress = t('progress', { done, total: summary.total });
  // Said when another tenth is done or the job finishes, not on every chunk (see ANNOUNCE_STEPS).
  const step = running ? `${Math.floor((done / Math.max(1, summary.total)) * ANNOUNCE_STEPS)}` : 'finished';
  const [spoken, setSpoken] = useState({ step, text: '' });
  if (spoken.step !== step) setSpoken({ step, text: running ? progress : t('finished', { counts }) });
  const hasRows = summary.groups.some((group) => group.keys.length > 0);
  const [allCauses, setAllCauses] = useState(false);
  return (
    <section
      {...rest}
      aria-labelledby={`${id}h`}
      // Focusable by script only: where focus goes when the group holding it is removed (SummaryGroup).
      tabIndex={-1}
      lang={words.lng}
      data-slot="summary"
      data-severity={summary.severity}
      data-state={summary.state}
      className={className ? `cek-summary ${className}` : 'cek-summary'}
    >
      <SeverityIcon label={labels.severities[summary.severity]} />
      <div data-slot="body">
        <div role="heading" aria-level={headingLevel} id={`${id}h`} data-slot="message">
          {counts}
        </div>
        {running ? (
          <>
            <div
              role="progressbar"
              aria-label={t('progressLabel')}
              aria-valuemin={0}
              aria-valuemax={summary.total}
              aria-valuenow={done}
              aria-valuetext={progress}
              data-slot="progress"
            >
              <div data-slot="progress-fill" style={{ inlineSize: `${(done / Math.max(1, summary.total)) * 100}%` }} />
            </div>
            <p data-slot="hint">{progress}</p>
          </>
        ) : null}
        <p className="cek-visually-hidden" role="status" data-slot="summary-status">
          {spoken.text}
        </p>
        {summary.groups.length > 0 ? (
          <ul data-slot="summary-groups" aria-label={t('groups')}>
            {(allCauses ? summary.groups : summary.groups.slice(0, SHOWN_CAUSES)).map((group, index) => (
              <SummaryGroup key={group.id} group={group} view={views[index] ?? group.view} labels={labels} t={t} onAction={onAction} onRetry={onRetry} />
            ))}
          </ul>
        ) : null}
        {summary.groups.length > SHOWN_CAUSES ? (
          // A disclosure (WAI-ARIA APG): the button stays where it is, so focus is never lost.
          <button type="button" data-slot="details-summary" aria-expanded={allCauses} onClick={() => setAllCauses(!allCauses)}>
            {t('allCauses', { count: summary.groups.length })}
          </button>
        ) : null}
        {hasRows ? (
          <div data-slot="actions">
            <button type="button" data-slot="download" onClick={() => download(summaryCsv(summary, words, views), `${t('csvFile')}.csv`)}>
              {t('download')}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}

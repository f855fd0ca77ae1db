// Issue 23 item 4, in the browser: <CardErrorSummary> of 100,000 failures of 50 causes mounts in the
// time of at most 60 <CardErrorAlert>s (target 1x), without building an element per failure.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { CARD_ERROR_CODES, CardErrorAlert, CardErrorSummary, summarizeCardErrors } from '../../src/index';

/** The alerts the summary is measured against, and the failures it shows. */
const ALERTS = 60;
const FAILURES = 100_000;
const CAUSES = 50;

const codes = CARD_ERROR_CODES.filter((code) => code !== 0).slice(0, CAUSES);
/** Built once, untimed: what a host passes after its job. */
const SUMMARY = summarizeCardErrors(
  Array.from({ length: FAILURES }, (_, i) => ({ key: `CODE${i}`, error: { errcode: codes[i % codes.length] } })),
  { total: FAILURES * 2 },
);

/** Milliseconds from render to laid out, and how many elements it built. */
function mountTime(node: ReactNode): { ms: number; elements: number } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(node));
  void container.offsetHeight;
  const ms = performance.now() - start;
  const elements = container.querySelectorAll('*').length;
  root.unmount();
  container.remove();
  return { ms, elements };
}

export const summaryElements = { summary: 0, alerts: 0 };

/** One round: the summary, then the alerts (or the other way round). */
export function summaryPair(flip: boolean): [number, number] {
  const summary = () => {
    const { ms, elements } = mountTime(<CardErrorSummary summary={SUMMARY} onAction={() => {}} onRetry={() => {}} />);
    summaryElements.summary = elements;
    return ms;
  };
  const alerts = () => {
    const { ms, elements } = mountTime(<>{codes.slice(0, ALERTS).concat(codes).slice(0, ALERTS).map((code, i) => <CardErrorAlert key={i} code={code} />)}</>);
    summaryElements.alerts = elements;
    return ms;
  };
  if (flip) {
    const a = alerts();
    return [summary(), a];
  }
  const s = summary();
  return [s, alerts()];
}

export const SUMMARY_FIGURE = `mount <CardErrorSummary> of ${FAILURES.toLocaleString('en')} failures (${CAUSES} causes) vs ${ALERTS} <CardErrorAlert>`;

// The benchmark page, bundled by test/bench/run.mjs (production React) and run in headless Chromium.
// As a host uses the kit: its own i18next instance through `I18nextProvider`, the kit's default words.
// Each figure: the kit against two hand-written React baselines with precomputed strings, (a) the same
// elements the collapsed alert renders, (b) a minimal alert (one element: role, message and hint).
import { createInstance } from 'i18next';
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import {
  CARD_ERROR_CODES,
  CARD_ERROR_RESOURCES,
  CardErrorAlert,
  CardErrorToaster,
  describeCardError,
  dismissCardErrorToast,
  toastCardError,
  type CardErrorView,
} from '../../src/index';
import { SUMMARY_FIGURE, summaryElements, summaryPair } from './summaryPage';

/** How many alerts each mount and language-switch figure renders. */
const ALERTS = 1000;
/** How many different codes they show (issue 19: 25). */
const VARIETY = 25;
/** Varied codes: the catalog's first VARIETY codes in order, repeated. */
const CODES = Array.from({ length: ALERTS }, (_, i) => CARD_ERROR_CODES[i % VARIETY] as number);
const LANGUAGES = ['en', 'zh-CN'] as const;
type Lng = (typeof LANGUAGES)[number];

/** The host's own i18next instance: its own namespace, none of the kit's words (the kit brings its own). */
const HOST = createInstance();
void HOST.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { app: { title: 'Coupons' } }, 'zh-CN': { app: { title: '卡券' } } },
  initAsync: false,
});

/** Everything the hand-written baselines show, looked up before any timing. */
interface HandCopy {
  view: CardErrorView;
  role: 'alert' | 'status';
  icon: string;
  details: string;
  /** The severity word and separator the message carries for forced colours. */
  label: string;
  /** The minimal alert's one text: message and hint. */
  text: string;
}
function handCopy(lng: Lng): HandCopy[] {
  const ui = CARD_ERROR_RESOURCES[lng];
  return CODES.map((code) => {
    const view = describeCardError(code, { lng, i18n: HOST });
    return {
      view,
      role: view.severity === 'error' ? 'alert' : 'status',
      icon: ui.severity[view.severity],
      details: ui.ui.details,
      label: ui.severity[view.severity] + ui.ui.separator,
      text: `${view.message} ${view.hint}`,
    };
  });
}
const HAND: Record<Lng, HandCopy[]> = { en: handCopy('en'), 'zh-CN': handCopy('zh-CN') };

/**
 * Baseline (a): the same elements the collapsed kit alert renders, with the same attributes (roles,
 * names, the data attributes its CSS reads; the icon an empty element its CSS masks), words
 * precomputed, no hooks.
 */
function SameElements({ c, lng }: { c: HandCopy; lng: Lng }) {
  const { severity, code, origin, message, hint } = c.view;
  return (
    <div role={c.role} data-severity={severity} data-code={String(code)} data-origin={origin} lang={lng} data-slot="alert" className="cek-alert">
      <span data-slot="icon" role="img" aria-label={c.icon} />
      <p data-slot="message" data-severity-label={c.label}>
        {message}
      </p>
      <p data-slot="hint">{hint}</p>
      <button type="button" data-slot="details-summary" aria-expanded={false}>
        {c.details}
      </button>
    </div>
  );
}

/** Baseline (b): the floor of what any alert must do, one element with the role, message and hint. */
function Minimal({ c }: { c: HandCopy }) {
  return <div role={c.role}>{c.text}</div>;
}

type Baseline = 'same' | 'minimal';
const setHandLanguage: Record<Baseline, (lng: Lng) => void> = { same: () => {}, minimal: () => {} };
function HandList({ kind }: { kind: Baseline }) {
  const [lng, setLng] = useState<Lng>('en');
  setHandLanguage[kind] = setLng;
  return <>{HAND[lng].map((c, i) => (kind === 'same' ? <SameElements key={i} c={c} lng={lng} /> : <Minimal key={i} c={c} />))}</>;
}
const KitList = () => (
  <I18nextProvider i18n={HOST}>
    {CODES.map((code, i) => (
      <CardErrorAlert key={i} code={code} />
    ))}
  </I18nextProvider>
);

/** A fresh root in a fresh container. */
function mount(): { root: Root; container: HTMLElement; dispose: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return { root, container, dispose: () => (root.unmount(), container.remove()) };
}

const alerts = (container: HTMLElement) => container.querySelectorAll('[role=alert],[role=status]').length;

/** Time of mounting `list` to the screen: render, commit, and the style and layout it causes (read back). */
function mountTime(list: ReactNode): number {
  const { root, container, dispose } = mount();
  const start = performance.now();
  flushSync(() => root.render(list));
  void container.offsetHeight;
  const ms = performance.now() - start;
  if (alerts(container) !== ALERTS) throw new Error('not all alerts rendered');
  dispose();
  return ms;
}

/** Mounts `list` untimed, then times the switch to Chinese up to the new layout, checking the words changed. */
async function switchTime(list: ReactNode, toChinese: () => void): Promise<number> {
  await HOST.changeLanguage('en');
  const { root, container, dispose } = mount();
  flushSync(() => root.render(list));
  const first = () => container.querySelector('[role]')?.textContent;
  const before = first();
  void container.offsetHeight;
  const start = performance.now();
  flushSync(toChinese);
  void container.offsetHeight;
  const ms = performance.now() - start;
  if (first() === before) throw new Error('the language switch did not re-render synchronously');
  dispose();
  await HOST.changeLanguage('en');
  return ms;
}

/** One macrotask, without setTimeout's clamping: lets React run passive effects. */
const tick = () => new Promise<void>((done) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done();
  channel.port2.postMessage(null);
});

/**
 * Mounts the toaster (and lets its effects run), then times `calls` toastCardError calls made in
 * one tick, up to the toasts being in the document and laid out; counts the toast elements shown.
 */
async function toastTime(calls: number): Promise<{ ms: number; shown: number }> {
  flushSync(() => dismissCardErrorToast());
  const { root, dispose } = mount();
  flushSync(() => root.render(<I18nextProvider i18n={HOST}><CardErrorToaster /></I18nextProvider>));
  await tick();
  const toasts = () => document.querySelectorAll('.cek-toast').length;
  const start = performance.now();
  flushSync(() => {
    for (let i = 0; i < calls; i += 1) toastCardError(CODES[i % CODES.length]);
  });
  while (toasts() === 0) await tick(); // in case the toaster commits after the tick, not inside it
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  const shown = toasts();
  flushSync(() => dismissCardErrorToast());
  dispose();
  return { ms, shown };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export interface BenchFigure {
  name: string;
  /** Median milliseconds of the kit and of the baseline. */
  kit: number;
  baseline: number;
  /** Median of the per-round ratios kit / baseline (each round measures both, back to back). */
  ratio: number;
  target: number;
  note?: string;
}

/** One round: the kit and each baseline, in an order that rotates from round to round. */
async function rounds(work: (() => Promise<number> | number)[], count: number, warmup: number): Promise<number[][]> {
  const times: number[][] = work.map(() => []);
  for (let round = 0; round < warmup + count; round += 1) {
    for (let step = 0; step < work.length; step += 1) {
      const which = (round + step) % work.length;
      const ms = await work[which]!();
      if (round >= warmup) times[which]!.push(ms);
    }
  }
  return times;
}

/** The kit's figure against each baseline: medians, and the median of the per-round ratios. */
function figures(name: string, [kit, ...baselines]: number[][], targets: number[]): BenchFigure[] {
  return baselines.map((baseline, i) => ({
    name: `${name} vs ${i === 0 ? '(a) the same elements' : '(b) a minimal alert'} by hand`,
    kit: median(kit!),
    baseline: median(baseline),
    ratio: median(kit!.map((ms, round) => ms / baseline[round]!)),
    target: targets[i]!,
  }));
}

async function run(count: number, warmup: number): Promise<BenchFigure[]> {
  const mounts = await rounds(
    [() => mountTime(<KitList />), () => mountTime(<HandList kind="same" />), () => mountTime(<HandList kind="minimal" />)],
    count,
    warmup,
  );
  const switches = await rounds(
    [
      () => switchTime(<KitList />, () => void HOST.changeLanguage('zh-CN')),
      () => switchTime(<HandList kind="same" />, () => setHandLanguage.same('zh-CN')),
      () => switchTime(<HandList kind="minimal" />, () => setHandLanguage.minimal('zh-CN')),
    ],
    count,
    warmup,
  );
  const shown = { many: 0, few: 0 };
  const [many, few] = await rounds(
    [
      async () => {
        const { ms, shown: n } = await toastTime(1000);
        shown.many = n;
        return ms;
      },
      async () => {
        const { ms, shown: n } = await toastTime(3);
        shown.few = n;
        return ms;
      },
    ],
    count,
    warmup,
  );
  // Issue 23's batch summary: summaryPair times the summary and its baseline itself, in the order given.
  const summary: number[][] = [[], []];
  for (let round = 0; round < warmup + count; round += 1) {
    const [kit, baseline] = summaryPair(round % 2 === 0);
    if (round >= warmup) summary[0]!.push(kit), summary[1]!.push(baseline);
  }
  return [
    ...figures(`mount ${ALERTS} collapsed <CardErrorAlert> (${VARIETY} codes)`, mounts, [1.5, 3]),
    ...figures(`switch the host's language, ${ALERTS} alerts mounted,`, switches, [1.5, 3]),
    {
      name: 'burst: 1,000 toastCardError calls in one tick vs 3 toasts once',
      kit: median(many!),
      baseline: median(few!),
      ratio: median(many!.map((ms, round) => ms / few![round]!)),
      target: 2,
      note: `toast elements rendered: ${shown.many} (vs ${shown.few})`,
    },
    {
      name: SUMMARY_FIGURE,
      kit: median(summary[0]!),
      baseline: median(summary[1]!),
      ratio: median(summary[0]!.map((ms, round) => ms / summary[1]![round]!)),
      target: 1,
      note: `elements: ${summaryElements.summary} (vs ${summaryElements.alerts})`,
    },
  ];
}

/** For profiling the toast figure alone. */
async function toastOnly(count: number): Promise<void> {
  for (let round = 0; round < count; round += 1) await toastTime(1000);
}

(window as unknown as { bench: object }).bench = { run, toastOnly };

// The benchmark page, bundled by test/bench/run.mjs (production React) and run in headless Chromium.
// Each figure: the kit against hand-written React that puts the same words under the same roles.
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  CARD_ERROR_CODES,
  CardErrorAlert,
  CardErrorToaster,
  describeCardError,
  dismissCardErrorToast,
  getCardErrorI18n,
  toastCardError,
  type CardErrorView,
} from '../../src/index';
import { SUMMARY_FIGURE, summaryElements, summaryPair } from './summaryPage';

/** How many alerts each mount and language-switch figure renders. */
const ALERTS = 1000;
/** Varied codes: the catalog in order, repeated. */
const CODES = Array.from({ length: ALERTS }, (_, i) => CARD_ERROR_CODES[i % CARD_ERROR_CODES.length] as number);
const LANGUAGES = ['en', 'zh-CN'] as const;
type Lng = (typeof LANGUAGES)[number];

/** Everything the hand-written baseline shows, looked up before any timing. */
interface HandCopy {
  view: CardErrorView;
  role: 'alert' | 'status';
  icon: string;
  details: string;
  rows: [string, string][];
  copy: string;
}
const I18N = getCardErrorI18n();
function handCopy(lng: Lng): HandCopy[] {
  const t = I18N.getFixedT(lng, 'cardError');
  return CODES.map((code) => {
    const view = describeCardError(code, { lng });
    return {
      view,
      role: view.severity === 'error' ? 'alert' : 'status',
      icon: t(`severity.${view.severity}`),
      details: t('ui.details'),
      rows: [
        [t('ui.code'), String(code)],
        [t('ui.category'), t(`category.${view.category}`)],
        [t('ui.meaning'), view.detail],
        [t('ui.errmsg'), t('ui.noValue')],
        [t('ui.rid'), t('ui.noValue')],
      ],
      copy: t('ui.copy'),
    };
  });
}
const HAND: Record<Lng, HandCopy[]> = { en: handCopy('en'), 'zh-CN': handCopy('zh-CN') };

/** The icon path of the hand-written alerts (the kit draws one path per severity too). */
const ICON_PATH = 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM9 9l6 6M15 9l-6 6';

/**
 * What a developer writes by hand: the same elements, roles, names and words, no kit. Collapsed, as
 * the kit renders it since issue 13: the rows and the copy button are built when the details open.
 */
function HandAlert({ c, lng }: { c: HandCopy; lng: Lng }) {
  return (
    <div role={c.role} data-severity={c.view.severity} lang={lng} className="cek-alert">
      <svg viewBox="0 0 24 24" width="20" height="20" role="img" aria-label={c.icon}>
        <path d={ICON_PATH} />
      </svg>
      <div>
        <p>{c.view.message}</p>
        <p>{c.view.hint}</p>
        <details>
          <summary>{c.details}</summary>
        </details>
      </div>
    </div>
  );
}

const SVG = 'http://www.w3.org/2000/svg';
/** The same collapsed alert written with DOM calls, no React: the floor of any renderer (issue 13's baseline). */
function domAlert(c: HandCopy, lng: Lng): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = element('div');
  root.setAttribute('role', c.role);
  root.dataset.severity = c.view.severity;
  root.lang = lng;
  root.className = 'cek-alert';
  const icon = document.createElementNS(SVG, 'svg');
  for (const [name, value] of [['viewBox', '0 0 24 24'], ['width', '20'], ['height', '20'], ['role', 'img'], ['aria-label', c.icon]]) {
    icon.setAttribute(name as string, value as string);
  }
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATH);
  icon.append(path);
  const body = element('div');
  const details = element('details');
  details.append(element('summary', c.details));
  body.append(element('p', c.view.message), element('p', c.view.hint), details);
  root.append(icon, body);
  return root;
}

let setHandLanguage: (lng: Lng) => void = () => {};
function HandList() {
  const [lng, setLng] = useState<Lng>('en');
  setHandLanguage = setLng;
  return <>{HAND[lng].map((c, i) => <HandAlert key={i} c={c} lng={lng} />)}</>;
}
const KitList = () => <>{CODES.map((code, i) => <CardErrorAlert key={i} code={code} />)}</>;

/** A fresh root in a fresh container. */
function mount(): { root: Root; container: HTMLElement; dispose: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return { root, container, dispose: () => (root.unmount(), container.remove()) };
}

/** Time of `work`, including the style and layout it causes (read back with offsetHeight). */
function timed(container: HTMLElement, work: () => void): number {
  const start = performance.now();
  work();
  void container.offsetHeight;
  return performance.now() - start;
}

/** JavaScript time of mounting `list` (render and commit, no layout read back). */
function mountScriptTime(list: ReactNode): number {
  const { root, container, dispose } = mount();
  const start = performance.now();
  flushSync(() => root.render(list));
  const ms = performance.now() - start;
  if (container.querySelectorAll('[role=alert],[role=status]').length !== ALERTS) throw new Error('not all alerts rendered');
  dispose();
  return ms;
}

/** JavaScript time of building the same collapsed alerts with DOM calls into a connected container. */
function domScriptTime(): number {
  const { container, dispose } = mount();
  const start = performance.now();
  for (const c of HAND.en) container.append(domAlert(c, 'en'));
  const ms = performance.now() - start;
  if (container.querySelectorAll('[role=alert],[role=status]').length !== ALERTS) throw new Error('not all alerts built');
  dispose();
  return ms;
}

function mountTime(list: ReactNode): number {
  const { root, container, dispose } = mount();
  const ms = timed(container, () => flushSync(() => root.render(list)));
  if (container.querySelectorAll('[role=alert],[role=status]').length !== ALERTS) throw new Error('not all alerts rendered');
  dispose();
  return ms;
}

/** Mounts `list` untimed, then times the switch to Chinese, checking the words really changed. */
async function switchTime(list: ReactNode, toChinese: () => void, reset: () => Promise<void> | void): Promise<number> {
  await reset();
  const { root, container, dispose } = mount();
  flushSync(() => root.render(list));
  const first = () => container.querySelector('p')?.textContent;
  const before = first();
  const ms = timed(container, () => flushSync(toChinese));
  if (first() === before) throw new Error('the language switch did not re-render synchronously');
  dispose();
  await reset();
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
  const { root, container, dispose } = mount();
  flushSync(() => root.render(<CardErrorToaster />));
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

/** One round of one figure: the kit and its baseline back to back, in alternating order. */
type Pair = () => Promise<[kit: number, baseline: number]>;

/** `warmup` unrecorded rounds, then the medians of `rounds`. */
async function measure(pair: Pair, rounds: number, warmup: number) {
  const kit: number[] = [];
  const baseline: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < warmup + rounds; round += 1) {
    const [k, b] = await pair();
    if (round < warmup) continue;
    kit.push(k);
    baseline.push(b);
    ratios.push(k / b);
  }
  return { kit: median(kit), baseline: median(baseline), ratio: median(ratios) };
}

/** Runs `first` and `second` in the order given by a flip-flop, returning [first, second] times. */
let flip = false;
async function both(first: () => Promise<number> | number, second: () => Promise<number> | number): Promise<[number, number]> {
  flip = !flip;
  if (flip) {
    const a = await first();
    return [a, await second()];
  }
  const b = await second();
  return [await first(), b];
}

async function run(rounds: number, warmup: number): Promise<BenchFigure[]> {
  const resetKit = () => I18N.changeLanguage('en').then(() => undefined);
  const mountFigure = await measure(() => both(() => mountTime(<KitList />), () => mountTime(<HandList />)), rounds, warmup);
  const scriptFigure = await measure(() => both(() => mountScriptTime(<KitList />), domScriptTime), rounds, warmup);
  const reactFigure = await measure(() => both(() => mountScriptTime(<HandList />), domScriptTime), rounds, warmup);
  const switchFigure = await measure(
    () =>
      both(
        () => switchTime(<KitList />, () => void I18N.changeLanguage('zh-CN'), resetKit),
        () => switchTime(<HandList />, () => setHandLanguage('zh-CN'), () => undefined),
      ),
    rounds,
    warmup,
  );
  const shown = { many: 0, few: 0 };
  const toastFigure = await measure(
    () =>
      both(
        async () => {
          const { ms, shown: count } = await toastTime(1000);
          shown.many = count;
          return ms;
        },
        async () => {
          const { ms, shown: count } = await toastTime(3);
          shown.few = count;
          return ms;
        },
      ),
    rounds,
    warmup,
  );
  let flipSummary = false;
  const summaryFigure = await measure(async () => summaryPair((flipSummary = !flipSummary)), rounds, warmup);
  return [
    { name: `mount ${ALERTS} <CardErrorAlert> vs hand-written`, ...mountFigure, target: 1.5 },
    {
      name: SUMMARY_FIGURE,
      ...summaryFigure,
      target: 1,
      note: `elements: ${summaryElements.summary} (vs ${summaryElements.alerts})`,
    },
    {
      name: `mount ${ALERTS} collapsed <CardErrorAlert>, JavaScript only, vs the same elements by DOM calls`,
      ...scriptFigure,
      target: 3,
      note: `hand-written React alone: ${reactFigure.ratio.toFixed(2)}x (${reactFigure.kit.toFixed(1)} ms)`,
    },
    { name: `switch language, ${ALERTS} alerts mounted, vs hand-written`, ...switchFigure, target: 1.5 },
    {
      name: '1,000 toastCardError calls in one tick vs 3 toasts once',
      ...toastFigure,
      target: 2,
      note: `toast elements rendered: ${shown.many} (vs ${shown.few})`,
    },
  ];
}

/** For profiling the toast figure alone. */
async function toastOnly(rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await toastTime(1000);
}

(window as unknown as { bench: object }).bench = { run, toastOnly };

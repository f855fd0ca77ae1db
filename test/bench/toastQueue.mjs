// Issue 13 item 2, measured in Node: the toast queue's cost per call at 100,000 calls against 1,000 (each
// a code of its own, so all but the kept toasts are counted in the summary). Was a timed unit test in
// test/toast-queue.test.ts; a figure belongs here. Target: about the same per call. 5x leaves room for garbage
// collection and a loaded machine; a scan of the queue on every call (the bug) shows as about 100x.
import { performance } from 'node:perf_hooks';
import { loadSource } from '../../.ci/load-source.mjs';

/** The two sizes compared. */
const FEW = 1_000;
const MANY = 100_000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `{ few, many, ratio }`: medians (µs per call) of `rounds` after 2 warm-up rounds, and of the per-round many/few ratios. */
export async function toastQueuePerCall(rounds) {
  const { createCardErrorToastStore } = await loadSource("export { createCardErrorToastStore } from './src/index.ts';\n");
  /** µs per `add` over `calls` calls of different codes, into a fresh store. */
  const perCall = (calls) => {
    const store = createCardErrorToastStore();
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) store.add(1_000_000 + i);
    return ((performance.now() - start) * 1000) / calls;
  };
  const few = [];
  const many = [];
  const ratios = [];
  for (let round = 0; round < rounds + 2; round += 1) {
    const f = perCall(FEW);
    const m = perCall(MANY);
    if (round < 2) continue;
    few.push(f);
    many.push(m);
    ratios.push(m / f);
  }
  return { few: median(few), many: median(many), ratio: median(ratios), calls: [FEW, MANY] };
}

// Issue 23 item 4, measured in Node: 100,000 settled results of 50 causes summarised by
// summarizeCardErrors, against parsing their rejections one by one with parseCardError (target: 2x).
import { performance } from 'node:perf_hooks';
import { loadSource } from '../../.ci/load-source.mjs';

/** How many results, and of how many causes. */
const RESULTS = 100_000;
const CAUSES = 50;

async function loadKit() {
  return loadSource("export { parseCardError, summarizeCardErrors, CARD_ERROR_CODES } from './src/server.ts';\n");
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `{ kit, baseline, ratio, groups }`: medians (ms) of `rounds` after 2 warm-up rounds, order alternating. */
export async function summaryVersusParse(rounds) {
  const { parseCardError, summarizeCardErrors, CARD_ERROR_CODES } = await loadKit();
  const codes = CARD_ERROR_CODES.filter((code) => code !== 0).slice(0, CAUSES);
  // A failure as a back end forwards it: WeChat's body with its errmsg and rid, one object per result.
  // Every tenth went through; the failures cycle through the causes.
  let failures = 0;
  const settled = Array.from({ length: RESULTS }, (_, i) =>
    i % 10 === 0
      ? { status: 'fulfilled', value: { errcode: 0, errmsg: 'ok' } }
      : { status: 'rejected', reason: { errcode: codes[(failures += 1) % codes.length], errmsg: `failed rid: 6561a3f0-1b2c3d4e-${String(i).padStart(8, '0')}` } },
  );
  const reasons = settled.filter((entry) => entry.status === 'rejected').map((entry) => entry.reason);
  const kit = [];
  const baseline = [];
  const ratios = [];
  let groups = 0;
  for (let round = 0; round < rounds + 2; round += 1) {
    const parse = () => {
      const start = performance.now();
      for (const reason of reasons) parseCardError(reason);
      return performance.now() - start;
    };
    const summarise = () => {
      const start = performance.now();
      groups = summarizeCardErrors(settled).groups.length;
      return performance.now() - start;
    };
    let k;
    let b;
    if (round % 2) {
      k = summarise();
      b = parse();
    } else {
      b = parse();
      k = summarise();
    }
    if (round < 2) continue;
    kit.push(k);
    baseline.push(b);
    ratios.push(k / b);
  }
  return { kit: median(kit), baseline: median(baseline), ratio: median(ratios), groups, results: RESULTS };
}

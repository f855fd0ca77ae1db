// `npm run bench`: prints the parser's worst crafted 1 MB parse time (Node, test/bench/parse.mjs), then runs
// test/bench/page.tsx (production React, bundled by esbuild) in headless Chromium and prints one line per
// figure and a summary. A benchmark, not a test: it is not part of
// `npm test`; it exits 1 when a target is missed.
import { loadavg } from 'node:os';
import { openBenchPage } from './browser.mjs';
import { worstAdversarialParse } from './parse.mjs';
import { summaryVersusParse } from './summary.mjs';
import { toastQueuePerCall } from './toastQueue.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const WARMUP = 2;

// Node-side, before the browser starts: the parser's worst case (issue 10, "Bad input"). A figure, no target.
const parse = await worstAdversarialParse(ROUNDS);
console.log(
  `parse: worst crafted 1 MB input ${parse.ms.toFixed(1)} ms (${parse.name}); median of ${ROUNDS} rounds, ${parse.inputs} inputs, Node ${process.version}`,
);

// Node-side too (issue 23 item 4): a batch summarised vs its failures parsed one by one. Target 2x.
const summary = await summaryVersusParse(ROUNDS);
const summaryOk = summary.ratio <= 2;
console.log(
  `summarizeCardErrors, ${summary.results.toLocaleString('en')} settled results of ${summary.groups} causes, vs parseCardError one by one: ` +
    `${summary.ratio.toFixed(2)}x (${summary.kit.toFixed(1)} ms vs ${summary.baseline.toFixed(1)} ms; target <= 2x) ${summaryOk ? 'ok' : 'MISSED'}`,
);

// Node-side (issue 13 item 2): the toast queue's cost per call does not grow with the calls. Target 5x.
const queue = await toastQueuePerCall(ROUNDS);
const queueOk = queue.ratio <= 5;
console.log(
  `toastCardError's queue, ${queue.calls[1].toLocaleString('en')} calls vs ${queue.calls[0].toLocaleString('en')} (each a code of its own), per call: ` +
    `${queue.ratio.toFixed(2)}x (${queue.many.toFixed(2)} µs vs ${queue.few.toFixed(2)} µs; target <= 5x) ${queueOk ? 'ok' : 'MISSED'}`,
);

const { browser, page, errors } = await openBenchPage({ minify: true });
let figures;
try {
  figures = await page.evaluate(([rounds, warmup]) => window.bench.run(rounds, warmup), [ROUNDS, WARMUP]);
  if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
  console.log(
    `bench: Chromium ${browser.version()} headless, production React, a host's i18next through I18nextProvider; ` +
      `time to the screen (render, commit, style and layout); median of ${ROUNDS} rounds after ${WARMUP} warm-up ` +
      `(ratio = median of the per-round kit/baseline ratios); load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`,
  );
} finally {
  await browser.close();
}

let missed = (summaryOk ? 0 : 1) + (queueOk ? 0 : 1);
for (const { name, kit, baseline, ratio, target, note } of figures) {
  if (ratio > target) missed += 1;
  console.log(
    `${name}: ${ratio.toFixed(2)}x (${kit.toFixed(1)} ms vs ${baseline.toFixed(1)} ms; target <= ${target}x) ${ratio <= target ? 'ok' : 'MISSED'}${note ? `; ${note}` : ''}`,
  );
}
const count = figures.length + 2;
console.log(`bench summary: ${count - missed} of ${count} figures within target${missed ? `, ${missed} missed` : ''}`);
process.exit(missed ? 1 : 0);

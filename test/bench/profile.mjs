// Where the bench's time goes: runs test/bench/page.tsx (not minified, so names survive) under
// Chrome's sampling profiler and prints the functions with the most self time.
// `node test/bench/profile.mjs [all|toast] [regexp of function names to show inclusive time for]`
import { openBenchPage } from './browser.mjs';

const which = process.argv[2] ?? 'all';
const { browser, page } = await openBenchPage({ minify: false });
try {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const work = () => page.evaluate((w) => (w === 'toast' ? window.bench.toastOnly(30) : window.bench.run(3, 0)), which);
  await work(); // warm-up
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, lineNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const { functionName, lineNumber } = nodes.get(n).callFrame;
      const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const pattern = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
  if (pattern) {
    for (const [key, us] of [...inclusive].filter(([key]) => pattern.test(key)).sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key} (inclusive)`);
    }
  }
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
} finally {
  await browser.close();
}

// The parser's worst case, measured in Node (no browser needed): every crafted 1 MB input of
// test/bench/adversarial.ts parsed `rounds` times; the figure is the slowest input's median, in ms.
import { performance } from 'node:perf_hooks';
import { loadSource } from '../../.ci/load-source.mjs';

/** Bundles the parser with the inputs (TypeScript sources) into one ES module and loads it. */
async function loadParser() {
  return loadSource(
    "export { parseCardError } from './src/server.ts';\n" +
      "export { ADVERSARIAL_INPUTS, ONE_MB } from './test/bench/adversarial.ts';\n",
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `{ name, ms, inputs }`: the slowest crafted 1 MB input and its median parse time. */
export async function worstAdversarialParse(rounds) {
  const { parseCardError, ADVERSARIAL_INPUTS, ONE_MB } = await loadParser();
  let worst = { name: '', ms: 0 };
  for (const [name, buildInput] of ADVERSARIAL_INPUTS) {
    const input = buildInput(ONE_MB);
    parseCardError(input); // warm-up
    const times = [];
    for (let i = 0; i < rounds; i += 1) {
      const start = performance.now();
      parseCardError(input);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    if (ms > worst.ms) worst = { name, ms };
  }
  return { ...worst, inputs: ADVERSARIAL_INPUTS.length };
}

// The parser's worst case, measured in Node (no browser needed): every crafted 1 MB input of
// test/bench/adversarial.ts parsed `rounds` times; the figure is the slowest input's median, in ms.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '../..');

/** Bundles the parser with the inputs (TypeScript sources) into one ES module and loads it. */
async function loadParser() {
  const bundle = await build({
    stdin: {
      contents:
        "export { parseCardError } from './src/server.ts';\n" +
        "export { ADVERSARIAL_INPUTS, ONE_MB } from './test/bench/adversarial.ts';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
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

// Issue 21 item 6: how long one 50 MB body takes to parse, beside a small one (`node test/bench/fifty-mb.mjs`).
// Prints the median of a few runs per shape, in ms; no figure is asserted anywhere.
import { performance } from 'node:perf_hooks';
import { loadSource } from '../../.ci/load-source.mjs';

const FIFTY_MB = 50 * 1024 * 1024;

const { parseCardError } = await loadSource("export { parseCardError } from './src/server.ts';\n");

// Through a Buffer so the string is flat, as a body that came off the network is (a `repeat` result is a
// rope that V8 flattens on first read, which would be timed instead of the parser).
const filler = (size, unit) => Buffer.from(unit.repeat(Math.ceil(size / unit.length)).slice(0, size)).toString();
const SHAPES = {
  'text body (log dump)': (size) => ({ response: { status: 500, data: filler(size, 'java.lang.RuntimeException: at com.shop.Card.consume(Card.java:42)\n') } }),
  'JSON text body': (size) => Buffer.from(`{"code":500,"msg":"核销失败","data":"${filler(size, 'x')}"}`).toString(),
  'HTML page': (size) => ({ response: { status: 502, data: Buffer.from(`<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${filler(size, '<p>upstream</p>')}</body></html>`).toString() } }),
  'errmsg string': (size) => filler(size, 'invalid code, this code has consumed '),
};

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

for (const [name, make] of Object.entries(SHAPES)) {
  const figures = [];
  for (const size of [1024, FIFTY_MB]) {
    const input = make(size);
    parseCardError(input);
    const times = [];
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      parseCardError(input);
      times.push(performance.now() - start);
    }
    figures.push(`${size === 1024 ? '1 kB' : '50 MB'} ${median(times).toFixed(2)} ms`);
  }
  console.log(`${name}: ${figures.join(', ')}`);
}

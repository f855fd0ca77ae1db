// Issue 10 "Bad input": parsing stays linear in the input's length whatever the text holds. Each crafted
// input (test/bench/adversarial.ts, one or more per pattern) is parsed at 100 kB and at 1 MB; linear work
// grows about 10x, a backtracking pattern 100x or more (or never finishes, and the test times out). No
// absolute times are asserted: `npm run bench` prints the worst 1 MB time.
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';
import { ADVERSARIAL_INPUTS, ONE_MB, fastestMs } from './bench/adversarial';

/** Growth allowed for 10x the input: 10 when linear, with room for timer noise on small times. */
const MAX_GROWTH = 30;
/** Below this a timing is mostly noise: 100 kB inputs that parse this fast are compared against it instead. */
const FLOOR_MS = 0.2;

const now = () => Number(process.hrtime.bigint()) / 1e6;

describe('parseCardError: adversarial inputs stay linear', () => {
  it.each(ADVERSARIAL_INPUTS)('%s', (_name, build) => {
    const small = build(ONE_MB / 10);
    const large = build(ONE_MB);
    expect(() => parseCardError(large)).not.toThrow();
    const parsed = parseCardError(large);
    expect(parsed.errmsg === null || parsed.errmsg.length <= 500).toBe(true);
    parseCardError(small); // warm up
    const smallMs = Math.max(FLOOR_MS, fastestMs(() => parseCardError(small), 5, now));
    const largeMs = fastestMs(() => parseCardError(large), 5, now);
    expect(largeMs / smallMs, `${largeMs.toFixed(2)} ms for 1 MB vs ${smallMs.toFixed(2)} ms for 100 kB`).toBeLessThan(MAX_GROWTH);
  });
});

// Issue 10 "Bad input": parsing stays linear in the input's length whatever the text holds. Each crafted
// input (test/bench/adversarial.ts, one or more per pattern) is parsed at 1 kB, 10 kB, 100 kB and 1 MB;
// linear work grows about 10x a step, a backtracking pattern 100x or more. Each step is checked before the
// next is tried, so a quadratic pattern fails within the first steps instead of hanging on 1 MB. No absolute
// times are asserted: `npm run bench` prints the worst 1 MB time.
import { describe, expect, it } from 'vitest';
import { parseCardError } from '../src/index';
import { MAX_ERRMSG_LENGTH } from './helpers';
import { ADVERSARIAL_INPUTS, ONE_MB, fastestMs } from './bench/adversarial';

/**
 * Growth allowed for 10x the input: 10 when linear, 100 or more when quadratic. 30 failed twice on a
 * machine at load average 13 (31x); 60 leaves room for that noise and still catches a quadratic step.
 */
const MAX_GROWTH = 60;
/** Below this a timing is mostly noise: faster steps are compared against it instead. */
const FLOOR_MS = 0.2;
const SIZES = [1024, 10_240, 102_400, ONE_MB];

// CPU time of this worker process, not wall time: on a loaded machine (load average 17 on 2 cores) a 1 MB
// parse spread over many time slices while a 100 kB one fitted in one, and wall-clock ratios passed 60.
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe('parseCardError: adversarial inputs stay linear', () => {
  it.each(ADVERSARIAL_INPUTS)('%s', (_name, build) => {
    let previousMs = FLOOR_MS;
    for (const size of SIZES) {
      const input = build(size);
      const parsed = parseCardError(input); // also the warm-up
      expect(parsed.errmsg === null || parsed.errmsg.length <= MAX_ERRMSG_LENGTH).toBe(true);
      let ms = fastestMs(() => parseCardError(input), 5, now);
      // A second opinion before failing: a busy machine can stall one step, a backtracking pattern always grows.
      if (ms / previousMs >= MAX_GROWTH) ms = fastestMs(() => parseCardError(input), 9, now);
      expect(ms / previousMs, `${ms.toFixed(2)} ms for ${size} characters vs ${previousMs.toFixed(2)} ms for a tenth`).toBeLessThan(MAX_GROWTH);
      previousMs = Math.max(FLOOR_MS, ms);
    }
  });
});

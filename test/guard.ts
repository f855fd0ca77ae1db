import { chai } from 'vitest';

/**
 * Fails a test whose expectation is `undefined` (`expect(text).toMatch(undefined)` passes on any string:
 * 44 zh-Hant rows checked nothing that way). Runs in every unit project's set-up; a test that means
 * "is undefined" says `toBeUndefined()`.
 */
const GUARDED_MATCHERS = [
  'toBe',
  'toEqual',
  'toStrictEqual',
  'toMatch',
  'toContain',
  'toContainEqual',
  'toMatchObject',
  'toHaveTextContent',
  'toHaveAccessibleName',
  'toHaveAccessibleDescription',
] as const;

/**
 * The matchers this file has wrapped, kept for the worker: with isolate: false (vite.config.ts) the file runs
 * again before each test file on the same chai, and must neither wrap a wrapped matcher again nor miss
 * one put back unwrapped (a module reset that loads jest-dom's matchers anew).
 */
const GUARDED = Symbol.for('wechat-card-errors.test-guard');
const shared = globalThis as typeof globalThis & { [GUARDED]?: WeakSet<object> };
const guarded = (shared[GUARDED] ??= new WeakSet<object>());
const installed = (name: string): object => (chai.Assertion.prototype as unknown as Record<string, object>)[name] as object;

for (const name of GUARDED_MATCHERS) {
  if (guarded.has(installed(name))) continue;
  chai.Assertion.overwriteMethod(name, (original: (...args: unknown[]) => unknown) =>
    function guardedMatcher(this: object, ...args: unknown[]) {
      if (args.length === 0 || args[0] === undefined) {
        throw new Error(`expect(…).${name}(undefined) checks nothing: the expected value is missing (test/guard.ts)`);
      }
      return original.apply(this, args);
    },
  );
  guarded.add(installed(name));
}

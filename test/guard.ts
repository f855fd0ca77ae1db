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

for (const name of GUARDED_MATCHERS) {
  chai.Assertion.overwriteMethod(name, (original: (...args: unknown[]) => unknown) =>
    function guarded(this: object, ...args: unknown[]) {
      if (args.length === 0 || args[0] === undefined) {
        throw new Error(`expect(…).${name}(undefined) checks nothing: the expected value is missing (test/guard.ts)`);
      }
      return original.apply(this, args);
    },
  );
}

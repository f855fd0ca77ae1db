import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeCardErrors } from '../src/index';

type CardErrorBatchSummary = ReturnType<typeof summarizeCardErrors>;

/** What must hold of every summary: no count lost, groups add up, keys never exceed counts. */
function holds(summary: CardErrorBatchSummary, given?: number): void {
  const { total, succeeded, failed, skipped, pending, groups } = summary;
  expect(succeeded + failed + skipped + pending).toBe(total);
  expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(failed);
  for (const group of groups) expect(group.keys.length).toBeLessThanOrEqual(group.count);
  for (const group of groups) expect(group.keys.every((key) => typeof key === 'string')).toBe(true);
  if (given !== undefined) expect(total).toBeGreaterThanOrEqual(given);
}

const hostile = (): unknown[] => {
  const cyclic: Record<string, unknown> = { errcode: 45031 };
  cyclic.self = cyclic;
  const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });
  const getter = Object.defineProperty({}, 'status', { get: () => { throw new Error('getter'); }, enumerable: true });
  return [
    null, undefined, 0, '', Symbol('s'), () => 1, cyclic, throwing, getter,
    { key: Symbol('k'), error: 45031 }, { key: { toString: () => { throw new Error('x'); } }, error: -1 },
    { status: 'rejected', reason: throwing }, { status: 'fulfilled', value: throwing },
    { fail_codes: [null, 1, { coupon_code: Symbol('c') }], success_codes: 'x', exist_codes: [{}, []] },
    { send_coupon_result: [null, { code: 7 }, throwing] }, { fail_code: -5 }, { succ_code: Infinity, fail_code: 1.5 },
    { location_id_list: [-1, '-1', null, 3] }, { fail_mchid_list: [throwing] },
  ];
};

describe('summarizeCardErrors: bad input', () => {
  it('hostile, cyclic and odd entries: never throws, every entry counted', () => {
    const entries = hostile();
    const summary = summarizeCardErrors(entries);
    holds(summary);
    expect(summary.total).toBeGreaterThanOrEqual(entries.length - 3); // partial answers may count 0 (a negative count)
    expect(summary.failed).toBeGreaterThan(0);
  });

  it.each([null, undefined, 42, 'text', {}, new Map(), Symbol('s')])('a non-array %s: never throws', (value) => {
    holds(summarizeCardErrors(value));
    holds(summarizeCardErrors(value, { total: 10 }), 10);
  });

  it('hostile options: defaults, never throws', () => {
    const options = Object.defineProperty({}, 'total', { get: () => { throw new Error('options'); }, enumerable: true });
    holds(summarizeCardErrors([{ error: 1 }], options));
    holds(summarizeCardErrors([{ error: 1 }], { total: -3 }));
    holds(summarizeCardErrors([{ error: 1 }], { total: Number.NaN, complete: 'no' as unknown as boolean }));
  });

  it('a list that throws on reading: what was read stays counted', () => {
    const list = new Proxy([{ error: 1 }, { error: 2 }], { get: (target, key) => (key === '1' ? (() => { throw new Error('x'); })() : Reflect.get(target, key)) });
    const summary = summarizeCardErrors(list);
    holds(summary);
    expect(summary.failed).toBe(2);
  });

  it('a million entries, nulls among them: counted to the last', () => {
    // One null in a thousand: each is parsed as a failure, the rest are cheap (the test stays well under a second).
    const entries = Array.from({ length: 1_000_000 }, (_, i) => (i % 1000 ? { status: 'fulfilled', value: i } : null));
    const summary = summarizeCardErrors(entries, { total: 1_000_000 });
    holds(summary, 1_000_000);
    expect([summary.succeeded, summary.failed, summary.unexpected]).toEqual([999_000, 1000, 0]);
  });

  it('property: any entries, any total, any chunking: no count lost, groups add up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.anything(), fc.record({ key: fc.anything(), error: fc.anything() }), fc.nat(18).map((i) => ({ hostileEntry: i }))), { maxLength: 8 }), { maxLength: 4 }),
        fc.option(fc.nat(40), { nil: undefined }),
        fc.boolean(),
        (chunks, total, complete) => {
          let summary = summarizeCardErrors([], { total, complete });
          holds(summary, total);
          const bad = hostile();
          // fast-check copies what it generates, so the hostile entries are put in here, by index.
          const real = (entry: unknown) => (entry && typeof entry === 'object' && 'hostileEntry' in entry ? bad[entry.hostileEntry as number] : entry);
          for (const chunk of chunks) {
            summary = summary.add(chunk.map(real), chunk.length + 1);
            holds(summary, total);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: chunks give the same counts and keys as one call', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.string(), error: fc.constantFrom(45031, -1, 40099, null, 'DUPREQUEST') }), { maxLength: 30 }), fc.nat(30), (entries, cut) => {
        const whole = summarizeCardErrors(entries);
        const parts = summarizeCardErrors(entries.slice(0, cut)).add(entries.slice(cut));
        expect([parts.succeeded, parts.failed, parts.skipped]).toEqual([whole.succeeded, whole.failed, whole.skipped]);
        expect(parts.groups.map((g) => [g.id, g.keys])).toEqual(whole.groups.map((g) => [g.id, g.keys]));
      }),
      { numRuns: 100 },
    );
  });

  it("a back end's own FAILED stays the back end's; only the coupon plugin's entry is WeChat Pay's", () => {
    const summary = summarizeCardErrors([
      { key: 'own', error: { code: 'FAILED', message: '操作失败' } },
      { send_coupon_result: [{ code: 'FAILED', message: 'KV RouteUin 非法', out_request_no: 'r1', stock_id: '9654976' }] },
    ]);
    expect(summary.groups.map((group) => [group.keys.join(), group.view.origin])).toEqual([
      ['own', 'unknown'],
      ['r1', 'wechatpay'],
    ]);
    holds(summary);
  });
});

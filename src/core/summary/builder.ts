import { resolveWords } from '../../i18n/host.js';
import { parseCardError, type ParsedCardError } from '../parse/index.js';
import { newJob, SUMMARIES } from '../batchBrand.js';
import { causeId, rawCodeOf } from './cause.js';
import { mayReportFailure, readAnswer, keyText, SKIPPED_CODES, type BatchCause, type BatchSink } from './shapes.js';
import type { CardErrorBatchSummary, CardErrorSummaryGroup, CardErrorSummaryOptions } from './types.js';
import { describeGroup, SEVERITY_RANK } from './view.js';

/** One cause as the builder keeps it: keys append-only, copied into a snapshot only when they grew. */
interface GroupState {
  readonly id: string;
  readonly parsed: ParsedCardError | null;
  readonly cause: BatchCause | null;
  readonly order: number;
  count: number;
  keys: string[];
  /** The keys as the last snapshot published them; `null` when they grew since. */
  published: readonly string[] | null;
}

/** The counters of a job. */
interface Counts {
  succeeded: number;
  skipped: number;
  failed: number;
  /** Entries read so far: a bare failure's key is its position among them. */
  entries: number;
}

/** Everything counted so far; shared by the summaries of one job until one of them is added to twice. */
interface JobState extends Counts {
  readonly groups: Map<string, GroupState>;
  /** Bumped by every add: a summary whose version is behind works on a copy (see `add`). */
  version: number;
}

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A failure WeChat or WeChat Pay reported (not a back end's own shape, not WeChat's `errcode: 0`). */
const isFailure = (parsed: ParsedCardError) => parsed.origin === 'wechatpay' || (parsed.origin === 'wechat' && parsed.code !== 0);

/** Counts one entry of any form into `state` (see `summarizeCardErrors`). */
function readEntry(state: JobState, entry: unknown, sink: BatchSink): void {
  const position = String(state.entries);
  if (isDict(entry)) {
    if (entry.status === 'fulfilled' && 'value' in entry) {
      const value = entry.value;
      if (readAnswer(value, sink)) return;
      // A back end (or fetch, which resolves on HTTP 403) that resolves with WeChat's or WeChat Pay's error body.
      if (mayReportFailure(value) && isFailure(parseCardError(value))) sink.failed(position, value);
      else sink.succeeded(position);
      return;
    }
    if (entry.status === 'rejected' && 'reason' in entry) return sink.failed(position, entry.reason);
    if ('error' in entry) return sink.failed(keyText(entry.key) ?? position, entry.error);
    if (readAnswer(entry, sink)) return;
  }
  sink.failed(position, entry); // a bare failure: an Error, a WeChat body, null
}

function group(state: JobState, id: string, parsed: ParsedCardError | null, cause: BatchCause | null): GroupState {
  let found = state.groups.get(id);
  if (!found) state.groups.set(id, (found = { id, parsed, cause, order: state.groups.size, count: 0, keys: [], published: null }));
  return found;
}

/** A sink that counts into `state`. */
function sinkOf(state: JobState): BatchSink {
  const counted = (count = 1) => (Number.isSafeInteger(count) && count > 0 ? count : 1);
  const fail = (target: GroupState, key: string | null, count?: number) => {
    const n = counted(count);
    target.count += n;
    state.failed += n;
    if (key !== null) target.keys.push(key);
    target.published = null;
  };
  return {
    succeeded: (_key, count) => void (state.succeeded += counted(count)),
    skipped: (_key, count) => void (state.skipped += counted(count)),
    failed(key, input) {
      const parsed = parseCardError(input);
      const raw = rawCodeOf(isDict(input) ? input.code : undefined);
      // By the parsed code, or by the code a WeChat Pay item gave beside its message (see rawCodeOf).
      if (SKIPPED_CODES.has(parsed.code) || SKIPPED_CODES.has(raw)) return void (state.skipped += 1);
      // WeChat's own "ok" (`{errcode: 0}`) among the results: it went through.
      if (parsed.origin === 'wechat' && parsed.code === 0) return void (state.succeeded += 1);
      fail(group(state, causeId(parsed, raw), parsed, null), key, 1);
    },
    rejected: (cause, key, count) => fail(group(state, `batch:${cause}`, null, cause), key, count),
  };
}

/** Counts `results` into `state`: an array of entries, or one entry; a hostile entry counts as one failure. */
function addTo(state: JobState, results: unknown): number {
  const before = state.succeeded + state.skipped + state.failed;
  const sink = sinkOf(state);
  let list: readonly unknown[];
  try {
    list = Array.isArray(results) ? results : results === undefined || results === null ? [] : [results];
    const length = list.length;
    for (let i = 0; i < length; i += 1) {
      const counted = state.succeeded + state.skipped + state.failed;
      try {
        readEntry(state, list[i], sink);
      } catch {
        // A getter that throws or a proxy: counted as one failure of unknown cause, never lost.
        if (state.succeeded + state.skipped + state.failed === counted) sink.failed(String(state.entries), null);
      }
      state.entries += 1;
    }
  } catch {
    // The list itself threw (a hostile length): what was read stays counted.
  }
  return state.succeeded + state.skipped + state.failed - before;
}

/** The state as `summary` published it, for another summary to add to without changing this one's. */
function fork(counts: Counts, groups: readonly GroupState[]): JobState {
  const copy = new Map<string, GroupState>();
  for (const g of groups) copy.set(g.id, { ...g, keys: [...(g.published ?? [])] });
  return { ...counts, groups: copy, version: 0 };
}

const positive = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;

/** The published summary of `state` as it is now. */
function snapshot(state: JobState, options: CardErrorSummaryOptions, implicit: number, job: number): CardErrorBatchSummary {
  const words = resolveWords({ lng: options.lng, i18n: options.i18n });
  const given = positive(options.total);
  const counted = state.succeeded + state.skipped + state.failed;
  const rest = given === null ? 0 : Math.max(0, given - counted - implicit);
  const complete = options.complete !== false;
  const groups: CardErrorSummaryGroup[] = [];
  let severity: CardErrorBatchSummary['severity'] = 'success';
  // What this summary saw, in case it is added to again after a later add (see `add`): O(causes).
  const seen = [...state.groups.values()].map((g) => ({ ...g, published: (g.published ??= Object.freeze(g.keys.slice())) }));
  const counts: Counts = { succeeded: state.succeeded, skipped: state.skipped, failed: state.failed, entries: state.entries };
  for (const g of [...seen].sort((a, b) => b.count - a.count || a.order - b.order)) {
    const view = describeGroup(g, words);
    if (SEVERITY_RANK[view.severity] > SEVERITY_RANK[severity]) severity = view.severity;
    groups.push({ id: g.id, view, parsed: g.parsed, count: g.count, keys: g.published });
  }
  const succeeded = state.succeeded + implicit + (complete ? rest : 0);
  const pending = complete ? 0 : rest;
  const version = state.version;
  const summary: CardErrorBatchSummary = {
    total: succeeded + state.failed + state.skipped + pending,
    succeeded,
    failed: state.failed,
    skipped: state.skipped,
    pending,
    unexpected: given === null ? 0 : Math.max(0, counted + implicit - given),
    state: pending > 0 ? 'running' : 'finished',
    severity,
    groups,
    add(results: unknown, covered?: number): CardErrorBatchSummary {
      const own = state.version === version ? state : fork(counts, seen);
      own.version += 1;
      const added = addTo(own, results);
      const more = positive(covered);
      return snapshot(own, options, implicit + (more !== null && more > added ? more - added : 0), job);
    },
  };
  SUMMARIES.set(summary, job);
  return summary;
}

/** A new job's summary: nothing counted yet (see `summarizeCardErrors`). */
export function emptySummary(options: CardErrorSummaryOptions): CardErrorBatchSummary {
  const state: JobState = { succeeded: 0, skipped: 0, failed: 0, entries: 0, groups: new Map(), version: 0 };
  return snapshot(state, options, 0, newJob());
}

import type { CardErrorAction } from '../catalog/index.js';
import type { CardErrorView } from './describe.js';
import { parseCardError, type ParsedCardError } from './parse/index.js';
import { isBatchSummary, jobOf } from './batchBrand.js';

/** Options of one `toastCardError` call. */
export interface CardErrorToastOptions {
  /** The operation that failed (e.g. `"consume-code"`): the same code with the same key groups into one toast. */
  key?: string;
  /** Called with the action kind and the view when the toast's action button is pressed; without it no action button shows. */
  onAction?: (action: CardErrorAction, view: CardErrorView) => void;
  /**
   * Offered as "Try again" (重试) on retryable failures. Return nothing (or a promise of nothing) to close the toast on
   * success; resolve with a new result or reject with a new error to show that outcome in the same toast.
   */
  onRetry?: (view: CardErrorView) => unknown;
  /** Milliseconds before the toast closes (never under 4 s; `Infinity` keeps it until dismissed). Defaults by severity. */
  duration?: number;
  /** Language of this toast only; defaults to the toaster's. */
  lng?: string;
  /**
   * Show a request the app cancelled (origin `cancelled`: an `AbortError`, an axios cancel). By default
   * it shows nothing, so an interceptor that toasts every failure stays quiet on navigation aborts.
   * @defaultValue false
   */
  showCancelled?: boolean;
  /**
   * For a batch (`toastCardError(summarizeCardErrors(results), { onOpen })`): shows "View the batch
   * result", which calls it; the host opens the summary where it shows it (a drawer, a page).
   */
  onOpen?: () => void;
}

/** One toast as the store keeps it: the raw input, never rendered words, so a language switch re-renders it. */
export interface CardErrorToastRecord {
  /** Returned by `toastCardError`; pass it to `dismissCardErrorToast`. */
  readonly id: string;
  /** What was passed to `toastCardError` (the latest call, when grouped), or the retry's outcome. */
  readonly input: unknown;
  /** `input` parsed once, when it arrived: what the toast shows and groups by. */
  readonly parsed: ParsedCardError;
  readonly options: Readonly<CardErrorToastOptions>;
  /** How many calls this toast stands for. */
  readonly count: number;
  /** Bumped whenever the toast's content is renewed (grouped call, retry outcome): its timer restarts. */
  readonly revision: number;
  /** `pending` while `onRetry` runs. */
  readonly retry: 'idle' | 'pending';
  /** How many retries have come back with an outcome shown in this toast. */
  readonly retries: number;
}

/** What the store publishes: every toast not yet dismissed, oldest first (the toaster shows the first N). */
export interface CardErrorToastSnapshot {
  readonly toasts: readonly CardErrorToastRecord[];
  /** Calls that arrived while the queue was full and matched no kept toast: counted in the "N more" summary only. */
  readonly overflow: number;
}

/**
 * Toasts kept one by one (shown and waiting). Beyond this a failure is counted on a kept toast of the
 * same code whatever its key, else only in the summary: 10,000 different codes once queued 10,000
 * toasts that took hours to show 3 at a time.
 */
export const TOAST_QUEUE_LIMIT = 12;

/** The errcode, or where the failure stopped and its HTTP status (so a burst of offline failures is one toast). */
const codeOf = (parsed: ParsedCardError): string => String(parsed.code ?? `${parsed.origin}:${parsed.status ?? ''}`);

/** Grouping key: the code (see `codeOf`) and the operation key. */
const groupOf = (parsed: ParsedCardError, key: string | undefined): string =>
  `${codeOf(parsed)}|${typeof key === 'string' ? key : ''}`;

/** What a batch toast's record holds as parsed: nothing to group by code; the toast shows the summary itself. */
const BATCH_PARSED: ParsedCardError = { code: null, errmsg: null, rid: null, origin: 'unknown', status: null, serverCode: null, requestId: null };

/** A cancelled request shows nothing unless the call asks for it. */
const hidden = (parsed: ParsedCardError, options: CardErrorToastOptions) =>
  parsed.origin === 'cancelled' && options.showCancelled !== true;

/** The toast queue: a plain external store (subscribe / getSnapshot), usable outside React. */
export function createCardErrorToastStore() {
  /** Every toast not yet dismissed, in arrival order (a grouped update keeps its place). */
  const records = new Map<string, CardErrorToastRecord>();
  /** Group → id of the toast a repeat call updates. A toast's own group is read from its input and key. */
  const groups = new Map<string, string>();
  /** Code → id of a kept toast of that code: where a call of another key is counted once the queue is full. */
  const codes = new Map<string, string>();
  /** Calls counted in the summary only (see `TOAST_QUEUE_LIMIT`). */
  let overflow = 0;
  const listeners = new Set<() => void>();
  let snapshot: CardErrorToastSnapshot = { toasts: [], overflow: 0 };
  let stale = false;
  let notifying = false;
  let sequence = 0;

  // Each call costs O(1): the snapshot array is rebuilt when read, and subscribers hear of changes
  // once per microtask, so a burst of 1,000 calls costs one render, not 1,000 scheduled ones.
  const notify = () => {
    notifying = false;
    for (const listener of [...listeners]) listener();
  };
  const changed = () => {
    stale = true;
    if (!notifying) {
      notifying = true;
      queueMicrotask(notify);
    }
  };
  const save = (record: CardErrorToastRecord) => {
    records.set(record.id, record);
    changed();
  };
  /** Frees the toast's group and code, if repeat calls of them were counted on this toast. */
  const release = ({ id, parsed, options }: CardErrorToastRecord) => {
    const group = groupOf(parsed, options.key);
    if (groups.get(group) === id) groups.delete(group);
    if (codes.get(codeOf(parsed)) === id) codes.delete(codeOf(parsed));
  };

  /**
   * Shows `input`, or counts it on the open toast of the same code (or origin and status) and key; when
   * the queue is full, on a kept toast of the same code, else in the summary's `overflow`. Returns the
   * toast's id, or `null` when it has none: a cancelled request not shown (see `showCancelled`) or a
   * call counted in the summary.
   */
  function add(input: unknown, options: CardErrorToastOptions = {}): string | null {
    const safeOptions = options && typeof options === 'object' ? options : {};
    if (isBatchSummary(input)) return addBatch(input, safeOptions);
    const parsed = parseCardError(input);
    if (hidden(parsed, safeOptions)) return null;
    const group = groupOf(parsed, safeOptions.key);
    const current = records.get(groups.get(group) ?? '');
    if (current) {
      const count = current.count + 1;
      save({ ...current, input, parsed, options: safeOptions, count, revision: current.revision + 1 });
      return current.id;
    }
    if (records.size >= TOAST_QUEUE_LIMIT) {
      const same = records.get(codes.get(codeOf(parsed)) ?? '');
      // Another key's toast keeps its own input and options (its Retry retries its own operation).
      if (same) save({ ...same, count: same.count + 1, revision: same.revision + 1 });
      else {
        overflow += 1;
        changed();
      }
      return same ? same.id : null;
    }
    const id = `cek-toast-${(sequence += 1)}`;
    groups.set(group, id);
    if (!codes.has(codeOf(parsed))) codes.set(codeOf(parsed), id);
    save({ id, input, parsed, options: safeOptions, count: 1, revision: 0, retry: 'idle', retries: 0 });
    return id;
  }

  /**
   * One toast per batch: a summary with the `key` of an open batch toast, or without a key of the same
   * job (`summary.add`), replaces what it shows (a job toasting each chunk's summary keeps one toast), never counts up. Not bounded by the queue: a batch
   * is what the operator came for.
   */
  function addBatch(input: unknown, options: CardErrorToastOptions): string {
    // Without a key, one toast per job: a job's later summaries update it, another job's get their own.
    const group = `batch|${typeof options.key === 'string' ? `key:${options.key}` : `job:${jobOf(input as object) ?? 0}`}`;
    const current = records.get(groups.get(group) ?? '');
    if (current) {
      save({ ...current, input, options, revision: current.revision + 1 });
      return current.id;
    }
    const id = `cek-toast-${(sequence += 1)}`;
    groups.set(group, id);
    save({ id, input, parsed: BATCH_PARSED, options, count: 1, revision: 0, retry: 'idle', retries: 0 });
    return id;
  }

  /** Closes one toast, or every toast (shown, queued and counted in the summary) without an id; `null` closes nothing. */
  function dismiss(id?: string | null): void {
    if (id === undefined) {
      if (records.size > 0 || overflow > 0) changed();
      records.clear();
      groups.clear();
      codes.clear();
      overflow = 0;
      return;
    }
    const current = id === null ? undefined : records.get(id);
    if (!current) return;
    records.delete(current.id);
    release(current);
    changed();
  }

  /** Shows a new outcome in an open toast (count back to 1, timer restarted); a hidden cancel closes it. */
  function update(id: string, input: unknown): void {
    const current = records.get(id);
    if (!current) return; // dismissed while the retry ran
    const parsed = parseCardError(input);
    if (hidden(parsed, current.options)) return dismiss(id);
    release(current);
    const group = groupOf(parsed, current.options.key);
    if (!groups.has(group)) groups.set(group, id);
    if (!codes.has(codeOf(parsed))) codes.set(codeOf(parsed), id);
    const revision = current.revision + 1;
    save({ ...current, input, parsed, count: 1, revision, retry: 'idle', retries: current.retries + 1 });
  }

  /**
   * Runs the toast's `onRetry`: the toast shows progress, then closes (nothing returned) or shows the
   * outcome (a new result, or the error it threw or rejected with).
   */
  function retry(id: string, view: CardErrorView): void {
    const current = records.get(id);
    const onRetry = current?.options.onRetry;
    if (!current || typeof onRetry !== 'function' || current.retry === 'pending') return;
    save({ ...current, retry: 'pending' });
    const settle = (outcome: unknown) => (outcome === undefined ? dismiss(id) : update(id, outcome));
    try {
      Promise.resolve(onRetry(view)).then(settle, (error: unknown) => update(id, error ?? null));
    } catch (error) {
      update(id, error ?? null);
    }
  }

  return {
    add,
    dismiss,
    retry,
    getSnapshot(): CardErrorToastSnapshot {
      if (stale) {
        snapshot = { toasts: [...records.values()], overflow };
        stale = false;
      }
      return snapshot;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's interface, for a host that builds its own toaster. */
export type CardErrorToastStore = ReturnType<typeof createCardErrorToastStore>;

/** The app-wide queue `toastCardError` writes to and `<CardErrorToaster>` shows. */
export const cardErrorToastStore: CardErrorToastStore = createCardErrorToastStore();

/**
 * Shows a toast for any card failure, from anywhere (an axios interceptor, a thunk), also before
 * `<CardErrorToaster>` mounts: the toast waits in the queue. A summary from `summarizeCardErrors` shows one
 * batch toast with its counts (see `onOpen`; the same `key`, or without one the same job, updates it). Returns its id, or `null` when
 * nothing is shown: a request the app cancelled (origin `cancelled`), unless `showCancelled` is set. Never throws.
 */
export function toastCardError(input: unknown, options?: CardErrorToastOptions): string | null {
  return cardErrorToastStore.add(input, options);
}

/**
 * Closes the toast with `id`, or every toast when called without one. `null` (what `toastCardError`
 * returns when it showed nothing) closes nothing.
 */
export function dismissCardErrorToast(id?: string | null): void {
  cardErrorToastStore.dismiss(id);
}

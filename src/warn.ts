// A leaf every layer may import: development warnings, once each.
// Bundlers replace `process.env.NODE_ENV` in the host's build; the kit never reads `window` for it.
// Each call site spells out `if (process.env.NODE_ENV !== 'production')` around `warnOnce`: a
// production build folds that to `false` and drops the message with the call (behind a shared
// function the strings would stay). No `typeof process` guard: browsers have no `process`, so the
// guard would silence every warning in a Vite or webpack development build, where they matter most.
// Like React itself, the kit expects the bundler to define `process.env.NODE_ENV`.
declare const process: { env: Record<string, string | undefined> };

/**
 * Keys of the warnings already logged, on `globalThis` under a registered symbol: the main entry and
 * `/bare` in one page share it, and a test runner can clear it to see a warning again (README).
 */
const WARNED = Symbol.for('wechat-card-errors.warned');
const shared = globalThis as typeof globalThis & { [WARNED]?: Set<string> };
const warned: Set<string> = (shared[WARNED] ??= new Set<string>());
/**
 * Most distinct warnings kept and printed in one process: Node without `NODE_ENV` is a development build, and
 * a server that meets 100,000 distinct unknown codes must not print 100,000 lines nor remember them all.
 * After this many, one last line says the rest are not shown, and nothing more is stored.
 */
const MAX_WARNINGS = 100;
/** Longest value quoted in a warning (an option may be a 1 MB string). */
const MAX_PRINTED = 80;

/** Whether the host runs a development build (bundler-defined `NODE_ENV`); `false` where unknowable. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false; // no bundler and no `process`: stay quiet
  }
}

/** Logs `message` once per `key`, in development builds only; at most MAX_WARNINGS in all. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key) || warned.size > MAX_WARNINGS || !isDevelopment()) return;
  warned.add(key);
  if (warned.size > MAX_WARNINGS) {
    console.warn(`[wechat-card-errors] ${MAX_WARNINGS} warnings shown; further ones are not.`);
    return;
  }
  console.warn(`[wechat-card-errors] ${message}`);
}

/**
 * A value as a warning quotes it, at most MAX_PRINTED characters. Never throws: a `toString` or
 * `Symbol.toPrimitive` that throws (or a revoked proxy) is described instead of called again.
 */
export function printable(value: unknown): string {
  let text: string;
  try {
    text = String(value);
  } catch {
    text = typeof value;
  }
  return text.length > MAX_PRINTED ? `${text.slice(0, MAX_PRINTED)}…` : text;
}

/** Forgets which warnings were logged (tests). */
export function resetWarnings(): void {
  warned.clear();
}

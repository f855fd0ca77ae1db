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

/** Whether the host runs a development build (bundler-defined `NODE_ENV`); `false` where unknowable. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false; // no bundler and no `process`: stay quiet
  }
}

/** Logs `message` once per `key`, in development builds only. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key) || !isDevelopment()) return;
  warned.add(key);
  console.warn(`[wechat-card-errors] ${message}`);
}

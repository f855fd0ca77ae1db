import { useEffect, useLayoutEffect, type DependencyList, type EffectCallback } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server: React 18 warns "useLayoutEffect does nothing
 * on the server" for every layout effect it meets while rendering to a string, and neither runs there anyway.
 * Decided at each call, not when the module loads (loading the kit reads no browser global: test/package/smoke.mjs);
 * a document never appears or disappears between two renders, so the hook order never changes.
 */
export function useSafeLayoutEffect(effect: EffectCallback, deps?: DependencyList): void {
  (typeof document === 'undefined' ? useEffect : useLayoutEffect)(effect, deps);
}

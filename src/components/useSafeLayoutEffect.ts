import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server: React 18 warns "useLayoutEffect does nothing
 * on the server" for every layout effect it meets while rendering to a string, and neither runs there anyway.
 * Decided once per module load, so the hook order never changes between renders.
 */
export const useSafeLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

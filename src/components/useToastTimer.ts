import { useEffect, useRef } from 'react';

/** Longest delay `setTimeout` honours (ms); anything longer would fire at once, so it means "stay". */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Calls `onExpire` after `duration` ms of running time. Pausing keeps the time left; a new `restartKey`
 * (a grouped repeat, a retry's outcome) or a new duration starts the full duration again. One timer at
 * most, cleared on unmount.
 */
export function useToastTimer(duration: number, running: boolean, restartKey: unknown, onExpire: () => void): void {
  const expire = useRef(onExpire);
  const remaining = useRef(duration);
  const started = useRef({ restartKey, duration });
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    if (started.current.restartKey !== restartKey || started.current.duration !== duration) {
      started.current = { restartKey, duration };
      remaining.current = duration;
    }
    if (!running || !(remaining.current <= MAX_TIMEOUT)) return undefined; // Infinity or NaN: stay
    const startedAt = Date.now();
    const timer = setTimeout(() => expire.current(), Math.max(0, remaining.current));
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - startedAt;
    };
  }, [duration, running, restartKey]);
}

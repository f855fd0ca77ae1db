import { expect, waitFor, within } from 'storybook/test';

/**
 * How long a play function waits for a state before it fails: a cap, never a delay. Testing Library's
 * 1 s default was too short on a loaded 2-core CI machine; .storybook/preview.tsx sets it for every
 * `findBy…` and `waitFor`.
 */
export const STATE_TIMEOUT_MS = 10_000;

/**
 * Waits until the finite animations under `element` have ended (a toast sliding in), so axe measures
 * colours at full opacity and screenshots show the final frame. Endless ones (the pending Retry's
 * spinning ring) are left running: they never finish. Asks again after each wait, so an animation that
 * started meanwhile (the next toast) is waited for too.
 */
export async function animationsSettled(element: Element): Promise<void> {
  for (;;) {
    const running = (element.getAnimations?.({ subtree: true }) ?? []).filter(
      (animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().iterations !== Infinity,
    );
    if (running.length === 0) return;
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  }
}

/**
 * Waits until a person could click `target` (a toast's button): the toasts' entrance has ended and Radix
 * has switched off the `pointer-events: none` it keeps on the toasts' region until it has counted the
 * toast (an effect, later on a busy machine). The computed value is inherited, so the target's own style
 * tells. Issue 20: In context / Every Action Fails clicked Retry while it still had `pointer-events: none`.
 */
export async function readyToUse<T extends Element>(target: T): Promise<T> {
  await animationsSettled(target.closest('[role="region"]') ?? target);
  await waitFor(() => expect(getComputedStyle(target).pointerEvents).not.toBe('none'), { timeout: STATE_TIMEOUT_MS });
  return target;
}

/** The toasts in `canvasElement` are usable: entrance ended, the region takes pointer events. */
export async function toastsUsable(canvasElement: HTMLElement): Promise<void> {
  await animationsSettled(canvasElement);
  await readyToUse(within(canvasElement).getByRole('region'));
}

/**
 * Waits until every CSS animation under `element` has finished (a toast sliding in), so axe measures
 * colours at full opacity and screenshots show the final frame.
 */
export async function animationsSettled(element: HTMLElement): Promise<void> {
  const animations = element.getAnimations?.({ subtree: true }) ?? [];
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
}

/** A browser found for the story tests, or why there is none (see find-browser.mjs). */
export type FoundBrowser = { path: string; source: string } | { path: null; problem: string };
export const BROWSER_ENV_VARS: readonly string[];
export function usualPlaces(platform: string, env: Record<string, string | undefined>): string[];
export function playwrightChromium(): string | null;
export function howToGetOne(platform: string): string;
export function findBrowser(options?: {
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (path: string) => boolean;
  playwright?: () => string | null;
}): FoundBrowser;

// `/bare`'s ./load.ts (vite.config.ts swaps it in): it bundles no language to load, so no loader.
import type { CardErrorLanguage } from './language.js';

export const kitWordsPending = (_kit: CardErrorLanguage): boolean => false;
export const startKitWordsLoad = (_kit: CardErrorLanguage): void => {};
/** In `/bare` resolves at once: the host's i18next loads the kit's words (README "Only the languages you ship"). */
export const loadCardErrorLanguage = (_lng: string): Promise<void> => Promise.resolve();

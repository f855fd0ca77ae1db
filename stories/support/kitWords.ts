import { CARD_ERROR_RESOURCES, resolveCardErrorLanguage, type CardErrorResource } from '../../src/index';

/**
 * The kit's own words (locale files) in the language of a toolbar locale, for play functions that
 * find buttons by their name in either language instead of hard-coding English.
 */
export function kitWords(locale: unknown): CardErrorResource {
  const words = CARD_ERROR_RESOURCES[resolveCardErrorLanguage(String(locale))];
  if (!words) throw new Error(`The kit ships no copy for ${String(locale)}`);
  return words;
}

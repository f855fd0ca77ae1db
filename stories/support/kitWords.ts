import en from '../../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/cardError.json' with { type: 'json' };
import zhHant from '../../locales/zh-Hant/cardError.json' with { type: 'json' };
import { resolveCardErrorLanguage, type CardErrorLanguage, type CardErrorResource } from '../../src/index';

// Read from the locale files, not CARD_ERROR_RESOURCES: the main entry loads zh-Hant's words on first use,
// and a play function must know the Traditional words whether or not that load has finished.
const WORDS: Record<CardErrorLanguage, CardErrorResource> = { en, 'zh-CN': zhCN, 'zh-Hant': zhHant };

/**
 * The kit's own words (locale files) in the language of a toolbar locale, for play functions that
 * find buttons by their name in either language instead of hard-coding English.
 */
export function kitWords(locale: unknown): CardErrorResource {
  return WORDS[resolveCardErrorLanguage(String(locale))];
}

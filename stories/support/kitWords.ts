import en from '../../locales/en/cardError.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/cardError.json' with { type: 'json' };
import zhHant from '../../locales/zh-Hant/cardError.json' with { type: 'json' };
import { resolveCardErrorLanguage, type CardErrorAction, type CardErrorLanguage, type CardErrorSeverity } from '../../src/index';

/** One language's words, shaped as the source of truth (en). */
export type CardErrorResource = typeof en;

/** The severities, in the locale file's order (each has a name there). */
export const SEVERITIES = Object.keys(en.severity) as CardErrorSeverity[];

/** Every action: `none` (no button), then each one with a button label in the locale file. */
export const ACTIONS = ['none', ...Object.keys(en.action)] as CardErrorAction[];

/** The failures without a WeChat errcode, one case per set of words under the locale file's `origins`. */
export const ORIGIN_CASES = Object.keys(en.origins) as (keyof typeof en.origins)[];
export type CardErrorOriginCase = (typeof ORIGIN_CASES)[number];

/** The categories, each named in the locale file. */
export const CATEGORIES = Object.keys(en.category) as (keyof typeof en.category)[];

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

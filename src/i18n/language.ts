/** The languages the kit ships copy for. `en` is the source of truth and the fallback. */
export const CARD_ERROR_LANGUAGES = ['en', 'zh-CN', 'zh-Hant'] as const;
export type CardErrorLanguage = (typeof CARD_ERROR_LANGUAGES)[number];

/** The language every missing string falls back to. */
export const FALLBACK_LANGUAGE: CardErrorLanguage = 'en';

/**
 * Maps any BCP 47 tag to a shipped language, in any case and with `-` or `_`: a Chinese tag with the
 * Traditional script or a Traditional region (`zh-Hant`, `zh-Hant-*`, `zh-TW`, `zh-HK`, `zh-MO`) to
 * `zh-Hant`, every other Chinese tag (`zh`, `zh-CN`, `zh-Hans*`, `zh-SG`) to `zh-CN`, anything else
 * (a non-string too) to `en`. The script wins over the region: `zh-Hans-HK` reads zh-CN. Never throws.
 */
export function resolveCardErrorLanguage(lng: string | null | undefined): CardErrorLanguage {
  if (typeof lng !== 'string') return FALLBACK_LANGUAGE;
  const tag = `${lng.trim().toLowerCase().replace(/_/g, '-')}-`;
  if (!tag.startsWith('zh-')) return FALLBACK_LANGUAGE;
  // Taiwan, Hong Kong and Macau write Traditional characters.
  return /-hant-/.test(tag) || (!/-hans-/.test(tag) && /-(tw|hk|mo)-/.test(tag)) ? 'zh-Hant' : 'zh-CN';
}

/**
 * Where a key missing in a language is looked up next, in order. Traditional falls back to Simplified
 * before English: a Hong Kong or Taiwan reader reads Simplified with effort, but may not read English.
 */
export const FALLBACK_CHAIN = {
  en: [],
  'zh-CN': ['en'],
  'zh-Hant': ['zh-CN', 'en'],
} as const satisfies Record<CardErrorLanguage, readonly CardErrorLanguage[]>;

/** One step of a lookup: the host's keys under `tags`, then the kit's own words in `kit`. */
export interface LanguageStep {
  readonly kit: CardErrorLanguage;
  readonly tags: readonly string[];
}

/**
 * Where to look a string up, best first: the shown language, then its `FALLBACK_CHAIN`. Within each, the host's
 * keys under every tag of its fallback hierarchy that reads as that language (`zh-Hans-CN`, `zh-Hans`,
 * `zh`, …) win over the kit's own words; a host's English key never replaces the kit's Chinese.
 */
export function languageSteps(requested: string, hierarchy: readonly string[]): readonly LanguageStep[] {
  const shown = resolveCardErrorLanguage(requested);
  const tags = [requested, ...hierarchy];
  return [shown, ...FALLBACK_CHAIN[shown]].map((kit) => ({
    kit,
    tags: [...new Set([...tags.filter((tag) => resolveCardErrorLanguage(tag) === kit), kit])],
  }));
}

/** Han characters, in any script variant. */
const HAN = /\p{Script=Han}/u;

/**
 * The language of outside text the kit did not write (WeChat's errmsg, a server's own message, a rid),
 * for its `lang` attribute: `zh` when it has any Han character, else `en`. Linear, never throws.
 */
export const languageOfText = (text: string): 'zh' | 'en' => (HAN.test(text) ? 'zh' : 'en');

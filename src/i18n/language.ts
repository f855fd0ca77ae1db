/** The languages the kit ships copy for. `en` is the source of truth and the fallback. */
export const CARD_ERROR_LANGUAGES = ['en', 'zh-CN'] as const;
export type CardErrorLanguage = (typeof CARD_ERROR_LANGUAGES)[number];

/** The language every missing string falls back to. */
export const FALLBACK_LANGUAGE: CardErrorLanguage = 'en';

/**
 * Maps any BCP 47 tag to a shipped language: every Chinese tag (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`,
 * and for now `zh-TW`, `zh-HK`) to `zh-CN`, anything else (a non-string too) to `en`. Never throws.
 */
export function resolveCardErrorLanguage(lng: string | null | undefined): CardErrorLanguage {
  if (typeof lng !== 'string') return FALLBACK_LANGUAGE;
  const primary = lng.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh-CN' : FALLBACK_LANGUAGE;
}

/** One step of a lookup: the host's keys under `tags`, then the kit's own words in `kit`. */
export interface LanguageStep {
  readonly kit: CardErrorLanguage;
  readonly tags: readonly string[];
}

/**
 * Where to look a string up, best first: the shown language, then English. Within each, the host's
 * keys under every tag of its fallback hierarchy that reads as that language (`zh-Hans-CN`, `zh-Hans`,
 * `zh`, …) win over the kit's own words; a host's English key never replaces the kit's Chinese.
 */
export function languageSteps(requested: string, hierarchy: readonly string[]): readonly LanguageStep[] {
  const shown = resolveCardErrorLanguage(requested);
  const tags = [requested, ...hierarchy];
  return [...new Set([shown, FALLBACK_LANGUAGE])].map((kit) => ({
    kit,
    tags: [...new Set([...tags.filter((tag) => resolveCardErrorLanguage(tag) === kit), kit])],
  }));
}

/** The languages the kit ships copy for. `en` is the source of truth and the fallback. */
export const CARD_ERROR_LANGUAGES = ['en', 'zh-CN'] as const;
export type CardErrorLanguage = (typeof CARD_ERROR_LANGUAGES)[number];

/** The language every missing string falls back to. */
export const FALLBACK_LANGUAGE: CardErrorLanguage = 'en';

/**
 * Maps any BCP 47 tag to a shipped language: every Chinese tag (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`,
 * and for now `zh-TW`, `zh-HK`) to `zh-CN`, anything else to `en`.
 */
export function resolveCardErrorLanguage(lng: string | null | undefined): CardErrorLanguage {
  if (typeof lng !== 'string') return FALLBACK_LANGUAGE;
  const primary = lng.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh-CN' : FALLBACK_LANGUAGE;
}

/**
 * The languages to look a string up in, best first: the requested tag as the host spells it (so a
 * host's own overrides under `zh-Hans` win), the shipped language it maps to, then English.
 */
export function languageChain(lng: string | null | undefined): readonly string[] {
  const kit = resolveCardErrorLanguage(lng);
  const chain: string[] = [];
  for (const candidate of [lng?.trim(), kit, FALLBACK_LANGUAGE]) {
    if (candidate && !chain.includes(candidate)) chain.push(candidate);
  }
  return chain;
}

import type { i18n as I18n } from 'i18next';
import { attachCardErrors, getCardErrorI18n } from '../i18n/instance.js';
import { languageChain, resolveCardErrorLanguage, type CardErrorLanguage } from '../i18n/language.js';

/** Options shared by `describeCardError`, `useCardError` and the components. */
export interface CardErrorOptions {
  /** Language for this call only; defaults to the i18next instance's current language. */
  lng?: string;
  /** The host's i18next instance; defaults to the kit's own. */
  i18n?: I18n;
}

/** The instance and languages one description is written with. */
export interface LanguageContext {
  readonly i18n: I18n;
  /** Lookup order for every string. */
  readonly lngs: readonly string[];
  /** The shipped language the text is in. */
  readonly lng: CardErrorLanguage;
}

/** Picks the i18next instance (attaching the kit's bundles to a host's) and the lookup languages. */
export function resolveLanguage(options: CardErrorOptions = {}): LanguageContext {
  const i18n = options.i18n ? attachCardErrors(options.i18n) : getCardErrorI18n();
  // `language`, not `resolvedLanguage`: a host on "zh-Hans" with only English bundles of its own
  // would otherwise resolve to English although the kit ships Chinese.
  const requested = options.lng ?? i18n.language;
  return { i18n, lngs: languageChain(requested), lng: resolveCardErrorLanguage(requested) };
}

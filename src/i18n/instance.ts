import { createInstance, type i18n as I18n } from 'i18next';
import { CARD_ERROR_LANGUAGES, FALLBACK_LANGUAGE } from './language.js';
import { BUNDLED_RESOURCES, CARD_ERROR_NS } from './resources.js';

let standalone: I18n | undefined;
/** Per instance: how many times its resources changed since the kit attached, for caches. */
const versions = new WeakMap<I18n, number>();

/** A number that changes whenever a bundle is added to or removed from `i18n`. */
export function resourceVersion(i18n: I18n): number {
  return versions.get(i18n) ?? 0;
}

/**
 * Adds the kit's `cardError` bundles to a host's i18next instance, once. Keys the host already set
 * win (`overwrite: false`), so a host overrides any message by shipping the same key.
 */
export function attachCardErrors(i18n: I18n): I18n {
  if (versions.has(i18n)) return i18n;
  for (const lng of CARD_ERROR_LANGUAGES) {
    const bundle = BUNDLED_RESOURCES[lng]; // none in `wechat-card-errors/bare`
    if (bundle) i18n.addResourceBundle(lng, CARD_ERROR_NS, bundle, true, false);
  }
  versions.set(i18n, 0);
  const bump = () => versions.set(i18n, resourceVersion(i18n) + 1);
  i18n.store?.on('added', bump);
  i18n.store?.on('removed', bump);
  return i18n;
}

/**
 * The kit's private i18next instance, used when the host has none. Created on first use,
 * synchronously; call `changeLanguage` on it to switch every alert and toast.
 */
export function getCardErrorI18n(): I18n {
  if (!standalone) {
    standalone = createInstance();
    void standalone.init({
      lng: FALLBACK_LANGUAGE,
      fallbackLng: FALLBACK_LANGUAGE,
      ns: [CARD_ERROR_NS],
      defaultNS: CARD_ERROR_NS,
      resources: {},
      initAsync: false,
      // React escapes text itself; escaping here would show "&lt;" to the reader.
      interpolation: { escapeValue: false },
    });
    attachCardErrors(standalone);
  }
  return standalone;
}

import type { i18n as I18n } from 'i18next';
import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { I18nContext, getI18n } from 'react-i18next';
import { definitionsVersion, subscribeDefinitions } from '../core/registry.js';
import { warnOnce } from '../core/warn.js';
import { resourceVersion } from '../i18n/instance.js';
import { languageChain } from '../i18n/language.js';
import { BUNDLED_RESOURCES, CARD_ERROR_NS } from '../i18n/resources.js';
import { resolveLanguage, type CardErrorOptions, type LanguageContext } from '../core/resolve.js';

// Replaced by the host's bundler; see warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** i18next events after which every string may read differently. */
const LANGUAGE_EVENTS = ['languageChanged', 'loaded'] as const;
const STORE_EVENTS = ['added', 'removed'] as const;

/**
 * The language context for a component: the `i18n` option, else the host's instance (an
 * `I18nextProvider` or `initReactI18next`), else the kit's own. Re-renders on language changes, when
 * bundles are added and when `defineCardErrors` runs, so overrides made later show up.
 */
export function useLanguageContext(options: CardErrorOptions = {}): LanguageContext {
  const fromContext = useContext(I18nContext)?.i18n;
  const host: I18n | undefined = options.i18n ?? fromContext ?? getI18n() ?? undefined;
  const context = useMemo(() => resolveLanguage({ i18n: host }), [host]);
  const { i18n } = context;

  const subscribe = useCallback(
    (onChange: () => void) => {
      for (const event of LANGUAGE_EVENTS) i18n.on(event, onChange);
      for (const event of STORE_EVENTS) i18n.store?.on(event, onChange);
      const unsubscribe = subscribeDefinitions(onChange);
      return () => {
        unsubscribe();
        for (const event of LANGUAGE_EVENTS) i18n.off(event, onChange);
        for (const event of STORE_EVENTS) i18n.store?.off(event, onChange);
      };
    },
    [i18n],
  );
  const snapshot = () => `${i18n.language}#${resourceVersion(i18n)}#${definitionsVersion()}`;
  const version = useSyncExternalStore(subscribe, snapshot, snapshot);
  const lng = options.lng ?? i18n.language;
  // `/bare` bundles no words: on first use, ask the host's backend for the kit's namespace in the
  // language shown, as `useTranslation` does for a component's own. Without a backend it is loaded.
  useEffect(() => {
    if (BUNDLED_RESOURCES.en || !i18n.isInitialized) return;
    const loaded = i18n.hasLoadedNamespace(CARD_ERROR_NS, { lng })
      ? Promise.resolve()
      : i18n.loadNamespaces(CARD_ERROR_NS).then(() => (lng === i18n.language ? undefined : i18n.loadLanguages(lng)));
    if (process.env.NODE_ENV !== 'production') {
      void loaded.then(() => {
        if (languageChain(lng).some((code) => i18n.hasResourceBundle(code, CARD_ERROR_NS))) return;
        warnOnce(
          `no-copy:${lng}`,
          `wechat-card-errors/bare: no "${CARD_ERROR_NS}" words are loaded for ${lng}, so messages show the errcode. ` +
            `Load wechat-card-errors/locales/<lng>/cardError.json into your i18next (README: "Only the languages you ship").`,
        );
      });
    }
  }, [i18n, lng, version]);
  // `version` is a dependency so that new bundles or a language change give a new context object.
  return useMemo(() => resolveLanguage({ i18n, lng }), [i18n, lng, version]);
}

import type { i18n as I18n } from 'i18next';
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { I18nContext, getI18n } from 'react-i18next';
import { warnOnce } from '../warn.js';
import { isReady, readOptions, resolveWords, storeRecord, type CardErrorOptions } from './host.js';
import { resolveCardErrorLanguage } from './language.js';
import { CARD_ERROR_NS } from './resources.js';
import { wordsSource } from './subscription.js';
import type { Words } from './words.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/**
 * The words for a component: the `i18n` option, else the host's instance (an `I18nextProvider` or
 * `initReactI18next`), else the kit's own. One subscription per instance, shared by every component;
 * re-renders when the language or the bundles change. The toaster calls it once for all its toasts.
 */
export function useWords(options?: CardErrorOptions): Words {
  const { lng, i18n: given } = readOptions(options);
  const fromContext = useContext(I18nContext)?.i18n;
  const host: I18n | undefined = given ?? fromContext ?? getI18n() ?? undefined;
  const source = wordsSource(host);
  const version = useSyncExternalStore(source.subscribe, source.getVersion, source.getVersion);
  const words = useMemo(() => resolveWords({ i18n: host, lng }), [host, lng, version]);
  useBareLoad(words, source.bump);
  return words;
}

/**
 * `/bare` bundles no copy: on first use, ask the host's backend for the kit's namespace in the language
 * shown, as `useTranslation` does for a component's own. A load that brings no words is said once.
 */
function useBareLoad(words: Words, bump: () => void): void {
  const { i18n, lng, state } = words;
  useEffect(() => {
    if (state !== 'missing' || !isReady(i18n)) return;
    const record = storeRecord(i18n);
    if (record.loads.has(lng)) return;
    const backend = Boolean((i18n.services as { backendConnector?: { backend?: unknown } } | undefined)?.backendConnector?.backend);
    if (backend) record.loads.set(lng, 'loading');
    const language = resolveCardErrorLanguage(i18n.language) === lng ? i18n.language : lng;
    const settle = () => {
      const found = resolveWords({ i18n, lng: language }).state === 'ready';
      if (found) record.loads.delete(lng);
      else {
        record.loads.set(lng, 'failed');
        if (process.env.NODE_ENV !== 'production') {
          warnOnce(
            `no-copy:${lng}`,
            `wechat-card-errors/bare: no "${CARD_ERROR_NS}" words are loaded for ${lng} (the load failed or brought none), so messages show the errcode. ` +
              `Load wechat-card-errors/locales/<lng>/cardError.json into your i18next (README: "Only the languages you ship").`,
          );
        }
      }
      bump();
    };
    if (backend) bump();
    void i18n.loadNamespaces(CARD_ERROR_NS).then(() => (language === i18n.language ? undefined : i18n.loadLanguages(language))).then(settle, settle);
  }, [i18n, lng, state, bump]);
}

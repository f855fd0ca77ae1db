import type { i18n as I18n } from 'i18next';
import { useContext, useEffect, useSyncExternalStore } from 'react';
import { I18nContext, getI18n } from 'react-i18next';
import { warnOnce } from '../warn.js';
import { isReady, readOptions, resolveWords, storeRecord, wordsOf, type CardErrorOptions } from './host.js';
import { resolveCardErrorLanguage } from './language.js';
import { CARD_ERROR_NS, KIT_WORDS } from './resources.js';
import { bumpWords } from './revision.js';
import { wordsSource } from './subscription.js';
import type { Words } from './words.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/**
 * Whether this entry bundles no copy (`/bare`: English UI words only): only then can words be `missing`
 * and need a load. The main entry's components keep no effect for it.
 */
const BUNDLES_NO_COPY = KIT_WORDS.en?.codes === undefined;

/** Where a component without a host instance reads from: `getI18n()` at each read, then the kit's own. */
const NO_HOST = {};
/** One snapshot function per host instance (or none) and `lng`, shared by every component that reads them. */
const readers = new WeakMap<object, Map<string | undefined, () => Words>>();

/**
 * The snapshot function of `host`'s words in `lng`: the same function for every component and render, so
 * React does not re-read every component's snapshot after each render (it does when the function is new).
 * Without a host it reads `getI18n()` each time: a host that sets up `initReactI18next` after the kit
 * rendered is found.
 */
function wordsReader(host: I18n | undefined, lng: string | undefined): () => Words {
  let byLanguage = readers.get(host ?? NO_HOST);
  if (!byLanguage) readers.set(host ?? NO_HOST, (byLanguage = new Map()));
  let read = byLanguage.get(lng);
  if (!read) {
    read = host ? () => wordsOf(host, lng) : () => resolveWords({ i18n: getI18n() ?? undefined, lng });
    byLanguage.set(lng, read);
  }
  return read;
}

/**
 * The words for a component: the `i18n` option, else the host's instance (an `I18nextProvider` or
 * `initReactI18next`), else the kit's own. One subscription per instance, shared by every component;
 * re-renders when the language or the bundles change. The toaster calls it once for all its toasts.
 */
export function useWords(options?: CardErrorOptions): Words {
  const { lng, i18n: given } = readOptions(options);
  const fromContext = useContext(I18nContext)?.i18n;
  // A provider's value that is no i18next instance (a host's mistake) counts as none.
  const host = given ?? (typeof fromContext?.on === 'function' ? fromContext : undefined);
  // The words object is the snapshot: shared by every component of the instance and language, the same
  // object until the language changes or a change is counted (./revision.ts).
  const read = wordsReader(host, lng);
  const words = useSyncExternalStore(wordsSource(host ?? getI18n() ?? undefined).subscribe, read, read);
  // Called or not for the life of the module (the entry decides), so the order of hooks never changes.
  if (BUNDLES_NO_COPY) useBareLoad(words);
  return words;
}

/**
 * `/bare` bundles no copy: on first use, ask the host's backend for the kit's namespace in the language
 * shown, as `useTranslation` does for a component's own. A load that brings no words is said once.
 */
function useBareLoad(words: Words): void {
  const { i18n, lng, state } = words;
  // Ready words (always, outside `/bare`) keep the effect's dependencies still, so it does not run again
  // in every component at each language switch.
  const missing = state === 'missing';
  useEffect(() => {
    if (!missing || !isReady(i18n)) return;
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
      bumpWords();
    };
    if (backend) bumpWords();
    void i18n.loadNamespaces(CARD_ERROR_NS).then(() => (language === i18n.language ? undefined : i18n.loadLanguages(language))).then(settle, settle);
  }, [missing ? i18n : null, missing ? lng : null, missing]);
}

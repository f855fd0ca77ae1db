import i18next, { type i18n as I18n } from 'i18next';
import { useContext, useEffect, useSyncExternalStore } from 'react';
import { I18nContext, getI18n } from 'react-i18next';
import { warnOnce } from '../warn.js';
import { getCardErrorI18n, isReady, readOptions, resolveWords, storeRecord, wordsOf, type CardErrorOptions } from './host.js';
import { resolveCardErrorLanguage } from './language.js';
import { CARD_ERROR_NS, KIT_WORDS } from './resources.js';
import { bumpWords, onWordsChange, watchStore } from './revision.js';
import type { Words } from './words.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/**
 * Whether this entry bundles no copy (`/bare`: English UI words only): only then can words be `missing`
 * and need a load. The main entry's components keep no effect for it.
 */
const BUNDLES_NO_COPY = KIT_WORDS.en?.codes === undefined;

/** i18next events after which the instance's words are other words (its store's changes are counted in ./revision.ts). */
const INSTANCE_EVENTS = ['languageChanged', 'initialized'] as const;

/** One subscription per i18next instance, shared by every component that shows its words. */
export interface WordsSource {
  subscribe(listener: () => void): () => void;
}

const sources = new WeakMap<I18n, WordsSource>();

/**
 * The instance's words source: the kit binds its i18next listeners when the first component subscribes
 * and unbinds them with the last, so short-lived instances and clones keep none. Subscribers hear the
 * instance's language changes and every counted change (./revision.ts). With no host instance it also
 * hears i18next's default instance, so alerts rendered before `i18next.use(initReactI18next).init()`
 * follow it once it is set up.
 */
export function wordsSource(host: I18n | undefined): WordsSource {
  const i18n = host ?? getCardErrorI18n();
  let source = sources.get(i18n);
  if (source) return source;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const targets = host ? [i18n] : [i18n, i18next];
  const initialized = () => {
    // A re-initialised instance has a new store: count its changes too.
    for (const target of targets) watchStore(target);
    notify();
  };
  let unbind = () => {};
  const bind = () => {
    for (const target of targets) watchStore(target);
    for (const target of targets) for (const event of INSTANCE_EVENTS) target.on(event, event === 'initialized' ? initialized : notify);
    const unwatch = onWordsChange(notify);
    unbind = () => {
      unwatch();
      for (const target of targets) for (const event of INSTANCE_EVENTS) target.off(event, event === 'initialized' ? initialized : notify);
    };
  };
  source = {
    subscribe(listener) {
      if (listeners.size === 0) bind();
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unbind();
      };
    },
  };
  sources.set(i18n, source);
  return source;
}

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

import i18next, { type i18n as I18n } from 'i18next';
import { getCardErrorI18n } from './host.js';
import { onWordsChange, watchStore } from './revision.js';

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

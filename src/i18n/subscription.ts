import i18next, { type i18n as I18n } from 'i18next';
import { getCardErrorI18n } from './host.js';
import { onKitWordsLoaded } from './load.js';

/** i18next events after which a word may read differently. */
const INSTANCE_EVENTS = ['languageChanged', 'loaded', 'initialized'] as const;
const STORE_EVENTS = ['added', 'removed'] as const;

/** One subscription per i18next instance, shared by every component that shows its words. */
export interface WordsSource {
  subscribe(listener: () => void): () => void;
  /** Changes whenever the instance's language or bundles change. */
  getVersion(): number;
  /** Tells every subscriber that the words changed (a `/bare` load settled, a language's chunk arrived). */
  bump(): void;
}

const sources = new WeakMap<I18n, WordsSource>();
// One clock for every source: a component that moves to another instance's source (a host set up
// after it rendered) must see a new version, or React keeps the render it already has.
let clock = 0;

/**
 * The instance's words source: the kit binds its i18next listeners when the first component subscribes
 * and unbinds them with the last, so short-lived instances and clones keep none. With no host instance
 * it also hears i18next's default instance, so alerts rendered before `i18next.use(initReactI18next).init()`
 * follow it once it is set up.
 */
export function wordsSource(host: I18n | undefined): WordsSource {
  const i18n = host ?? getCardErrorI18n();
  let source = sources.get(i18n);
  if (source) return source;
  const listeners = new Set<() => void>();
  let version = (clock += 1);
  const bump = () => {
    version = clock += 1;
    for (const listener of [...listeners]) listener();
  };
  const targets = host ? [i18n] : [i18n, i18next];
  let unbind = () => {};
  const bind = () => {
    // A re-initialised instance gets a new store: bind to the one it has now.
    const stores = targets.map((target) => target.store).filter(Boolean);
    const rebind = () => {
      unbind();
      bind();
      bump();
    };
    for (const target of targets) for (const event of INSTANCE_EVENTS) target.on(event, event === 'initialized' ? rebind : bump);
    for (const store of stores) for (const event of STORE_EVENTS) store.on(event, bump);
    // The kit's own words of a language loaded on first use (zh-Hant in the main entry) arrived.
    const unloaded = onKitWordsLoaded(bump);
    unbind = () => {
      unloaded();
      for (const target of targets) for (const event of INSTANCE_EVENTS) target.off(event, event === 'initialized' ? rebind : bump);
      for (const store of stores) for (const event of STORE_EVENTS) store.off(event, bump);
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
    getVersion: () => version,
    bump,
  };
  sources.set(i18n, source);
  return source;
}

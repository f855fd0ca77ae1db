import { createInstance, type i18n as I18n } from 'i18next';
import { printable, warnOnce } from '../warn.js';
import { FALLBACK_LANGUAGE, languageSteps, resolveCardErrorLanguage, type CardErrorLanguage } from './language.js';
import { kitWordsPending, startKitWordsLoad } from './load.js';
import { KIT_WORDS } from './resources.js';
import { watchStore, wordsRevision } from './revision.js';
import { createWords, hostBundle, type Words } from './words.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };

/** Options shared by `describeCardError`, `useCardError` and the components. */
export interface CardErrorOptions {
  /** Language for this call only (a BCP 47 tag); defaults to the i18next instance's current language. */
  lng?: string;
  /** The host's i18next instance; defaults to the kit's own. Never modified by the kit. */
  i18n?: I18n;
}

let standalone: I18n | undefined;

/**
 * The kit's private i18next instance, used when the host has none (or none ready yet). Created on
 * first use, synchronously, holding no words (the kit keeps its own); call `changeLanguage` on it to
 * switch every alert and toast.
 */
export function getCardErrorI18n(): I18n {
  if (!standalone) {
    standalone = createInstance();
    void standalone.init({ lng: FALLBACK_LANGUAGE, fallbackLng: FALLBACK_LANGUAGE, resources: {}, initAsync: false });
  }
  return standalone;
}

/** Whether an i18next instance can be read: initialised, with a store (not mid-`init`). */
export function isReady(i18n: I18n): boolean {
  return i18n.isInitialized === true && typeof i18n.store?.data === 'object';
}

/** A field of a host's object, or `undefined` when reading it throws (a throwing getter, a revoked proxy). */
function field(options: unknown, key: string): unknown {
  try {
    return options !== null && typeof options === 'object' ? (options as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** The options as given, with anything of the wrong type (or that throws when read) dropped and named, in development. */
export function readOptions(options: unknown): CardErrorOptions {
  const lng = field(options, 'lng');
  const i18n = field(options, 'i18n');
  const instance = typeof (i18n as I18n | undefined)?.on === 'function' ? (i18n as I18n) : undefined;
  if (process.env.NODE_ENV !== 'production') {
    if (options !== undefined && (typeof options !== 'object' || options === null)) warnOnce('options', `options ${printable(options)} is not an object; using the defaults.`);
    if (lng !== undefined && typeof lng !== 'string') warnOnce(`lng:${printable(lng)}`, `lng ${printable(lng)} is not a language tag (a string such as "zh-CN"); using the instance's language.`);
    if (i18n !== undefined && !instance) warnOnce('i18n', `i18n is not an i18next instance; using the kit's own.`);
  }
  return { lng: typeof lng === 'string' ? lng : undefined, i18n: instance };
}

/** What the kit knows of one host store: `/bare` copies of its words, and their loads. */
interface StoreRecord {
  readonly copies: Partial<Record<CardErrorLanguage, unknown>>;
  readonly loads: Map<CardErrorLanguage, 'loading' | 'failed'>;
}
// Keyed by the store, not the instance: the clones of one instance (a server's per request) share it.
const stores = new WeakMap<object, StoreRecord>();

/** The kit's record of `i18n`'s store (created on first use; clones share their parent's). */
export function storeRecord(i18n: I18n): StoreRecord {
  const key = i18n.store ?? i18n;
  let record = stores.get(key);
  if (!record) stores.set(key, (record = { copies: {}, loads: new Map() }));
  return record;
}

/**
 * `/bare` only: the kit's own copy of a language's words, taken the first time it finds them in the
 * host's store, so a later shallow `addResourceBundle` cannot wipe them.
 */
function bareCopy(i18n: I18n, record: StoreRecord, kit: CardErrorLanguage, tags: readonly string[]): unknown {
  if (KIT_WORDS[kit]?.codes || record.copies[kit]) return record.copies[kit];
  const found = tags.map((tag) => hostBundle(i18n, tag)).find((bundle) => (bundle as { codes?: unknown } | undefined)?.codes);
  if (found) record.copies[kit] = JSON.parse(JSON.stringify(found)) as unknown;
  return record.copies[kit];
}

/** i18next's own fallback hierarchy for `lng` (`zh-Hans-CN` → `zh-Hans`, `zh`, fallbacks), or none. */
function hierarchy(i18n: I18n, lng: string): readonly string[] {
  try {
    return i18n.services?.languageUtils?.toResolveHierarchy(lng) ?? [];
  } catch {
    return [];
  }
}

/** Words built for one instance and requested language, with what they were built from. */
interface CachedWords {
  readonly words: Words;
  readonly revision: number;
  readonly store: unknown;
}
// Per instance, per requested language tag: one words object shared by every component and call.
const built = new WeakMap<I18n, Map<string, CachedWords>>();

/**
 * The words for `options`: the host's instance when it is ready, else (with a development warning)
 * the kit's own until it is; the language of `lng`, else the instance's. Built once per instance and
 * language, and again only after a counted change (src/i18n/revision.ts) or a new store (a
 * re-initialised instance); until then every caller gets the same object. Never throws.
 */
export function resolveWords(options?: unknown): Words {
  let read: CardErrorOptions = {};
  try {
    read = readOptions(options);
  } catch {
    // An `i18n` whose `on` getter throws: the kit's own words instead.
  }
  return wordsOf(read.i18n, read.lng);
}

/** `resolveWords` for options already read (`readOptions`): a component's snapshot, which builds no options object. */
export function wordsOf(host: I18n | undefined, lng: string | undefined): Words {
  try {
    return wordsFor(host, lng);
  } catch {
    // A host instance whose getters throw (`language`, `options`, `store`): the kit's own words instead.
    return wordsFor(undefined, undefined);
  }
}

function wordsFor(host: I18n | undefined, lng: string | undefined): Words {
  let i18n = host ?? getCardErrorI18n();
  if (!isReady(i18n)) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce('not-ready', 'The i18next instance given to wechat-card-errors is not initialised yet; showing the kit\'s own words until it is.');
    }
    i18n = getCardErrorI18n();
  }
  const waiting = typeof host?.options?.lng === 'string' && i18n !== host ? host.options.lng : undefined;
  const requested = lng ?? waiting ?? (typeof i18n.language === 'string' ? i18n.language : FALLBACK_LANGUAGE);
  let cache = built.get(i18n);
  if (!cache) built.set(i18n, (cache = new Map()));
  const cached = cache.get(requested);
  if (cached && cached.revision === wordsRevision() && cached.store === i18n.store) return cached.words;
  // From now on a host's change to this store is counted, mounted or not.
  watchStore(i18n);
  // Read before building: a change counted while building makes these words stale at once, not hidden.
  const revision = wordsRevision();
  const words = buildWords(i18n, requested);
  cache.set(requested, { words, revision, store: i18n.store });
  return words;
}

/** The words of `requested` in `i18n`: its steps along the language chain, and whether the kit's copy is there. */
function buildWords(i18n: I18n, requested: string): Words {
  const steps = languageSteps(requested, hierarchy(i18n, requested));
  const record = storeRecord(i18n);
  const kit = resolveCardErrorLanguage(requested);
  // A chunk still loading (zh-Hant in the main entry): its fallback chain shows meanwhile, as ready words.
  if (kitWordsPending(kit)) startKitWordsLoad(kit);
  const loaded = kitWordsPending(kit) || (KIT_WORDS[kit]?.codes ?? bareCopy(i18n, record, kit, steps[0]?.tags ?? [])) !== undefined;
  const state = loaded ? 'ready' : record.loads.get(kit) === 'loading' ? 'loading' : 'missing';
  return createWords(i18n, steps, state, (language) => bareCopy(i18n, record, language, steps.find((step) => step.kit === language)?.tags ?? []));
}

import { resolveCardErrorLanguage, type CardErrorLanguage } from './language.js';
import { LAZY_WORDS } from './lazy.js';
import { KIT_WORDS, type CardErrorResource } from './resources.js';
import { printable, warnOnce } from '../warn.js';

// Replaced by the host's bundler; see src/warn.ts for why each warning is guarded where it is called.
declare const process: { env: Record<string, string | undefined> };
import { bumpWords } from './revision.js';

const loads = new Map<CardErrorLanguage, Promise<void>>();
const failed = new Set<CardErrorLanguage>();

/** Whether the kit's words for `kit` are a chunk not loaded yet (meanwhile its fallback chain shows). */
export function kitWordsPending(kit: CardErrorLanguage): boolean {
  return !KIT_WORDS[kit]?.codes && LAZY_WORDS[kit] !== undefined;
}

/**
 * Loads the kit's words for the language of `lng` (any tag: `zh-TW` loads zh-Hant) if the entry does not
 * bundle them: in the main entry zh-Hant, which otherwise loads the first time a zh-Hant language is shown
 * (showing zh-CN until it arrives). Resolves once they are in `CARD_ERROR_RESOURCES`, at once for en and
 * zh-CN and in `/bare`; never rejects (a failed load leaves zh-CN showing; calling again retries it).
 */
export function loadCardErrorLanguage(lng: string): Promise<void> {
  return load(resolveCardErrorLanguage(lng), true);
}

/** The load the words lookup starts on first use: not retried after a failure until asked to. */
export function startKitWordsLoad(kit: CardErrorLanguage): void {
  if (kitWordsPending(kit) && !failed.has(kit)) void load(kit, false);
}

function load(kit: CardErrorLanguage, retry: boolean): Promise<void> {
  const loader = LAZY_WORDS[kit];
  if (!loader || KIT_WORDS[kit]?.codes) return Promise.resolve();
  let pending = loads.get(kit);
  if (pending && !(retry && failed.has(kit))) return pending;
  failed.delete(kit);
  // Started at once (a loader that throws is a failed load, not an exception for the caller).
  pending = new Promise<CardErrorResource>((resolve) => resolve(loader() as Promise<CardErrorResource>)).then(
      (words) => {
        KIT_WORDS[kit] = words;
        bumpWords();
      },
      (error: unknown) => {
        failed.add(kit);
        if (process.env.NODE_ENV !== 'production') {
          warnOnce(
            `load:${kit}`,
            `The kit's ${kit} words failed to load (${printable(error)}); showing its fallback language until ` +
              `loadCardErrorLanguage('${kit}') succeeds. Check that the bundler emitted the ${kit} chunk.`,
          );
        }
      },
    );
  loads.set(kit, pending);
  return pending;
}

import { createInstance, type i18n as I18n } from 'i18next';
import en from '../locales/en/cardError.json';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CARD_ERROR_LANGUAGES,
  CARD_ERROR_RESOURCES,
  defineCardErrors,
  type CardErrorAction,
  type CardErrorDefinitions,
  type CardErrorLanguage,
  type CardErrorSeverity,
} from '../src/index';

/** One language's words, shaped as the source of truth (en). */
export type CardErrorResource = typeof en;

/** The severities, read from the locale file's `severity` words (each has one). */
export const SEVERITIES = Object.keys(en.severity) as CardErrorSeverity[];

/** The actions with a button, read from the locale file's `action` words; `none` has none. */
export const BUTTON_ACTIONS = Object.keys(en.action) as Exclude<CardErrorAction, 'none'>[];

/** The failures without a WeChat errcode, one case per set of words under the locale file's `origins`. */
export const ORIGIN_CASES = Object.keys(en.origins) as (keyof typeof en.origins)[];
export type CardErrorOriginCase = (typeof ORIGIN_CASES)[number];

/** The categories, read from the locale file's `category` words. */
export const CATEGORIES = Object.keys(en.category);

/** The longest `errmsg` kept for display, as the README's API section states it. */
export const MAX_ERRMSG_LENGTH = 500;

/** How long a toast stays by severity (ms), as the README's "Timing" paragraph states it. */
export const TOAST_DURATIONS = { success: 4000, info: 5000, warning: 8000, error: 10000 } as const satisfies Record<CardErrorSeverity, number>;

/** The toast queue keeps this many toasts one by one, as the README's `key` option states it. */
export const TOAST_QUEUE_LIMIT = 12;

/** Every catalog code × every shipped language, for table tests. */
export const CODE_BY_LANGUAGE = CARD_ERROR_CODES.flatMap((code) =>
  CARD_ERROR_LANGUAGES.map((lng) => ({ code, lng })),
);

/**
 * One catalog code of each severity × every language: the rows for what a renderer adds to the view (role,
 * icon name, data attributes, `lang`). The copy itself is checked per code × language in catalog.test.ts and
 * the locale tests, so the renderers are not re-run once per code. Throws if a severity has no code.
 */
export const SEVERITY_BY_LANGUAGE = SEVERITIES.flatMap((severity) => {
  const code = CARD_ERROR_CODES.find((candidate) => CARD_ERROR_CATALOG[candidate].severity === severity);
  if (code === undefined) throw new Error(`no catalog code has severity ${severity}`);
  return CARD_ERROR_LANGUAGES.map((lng) => ({ severity, code, lng }));
});

/** Han characters: zh-CN copy must contain some, English copy none. */
export const HAN = /\p{Script=Han}/u;

/**
 * Forgets which development warnings the kit has logged, the way the README tells a test to, so each
 * test sees its own. Throws if the kit keeps them elsewhere: a silent no-op would hide every warning test.
 */
export function resetWarnings(): void {
  const warned = (globalThis as Record<symbol, unknown>)[Symbol.for('wechat-card-errors.warned')];
  if (!(warned instanceof Set)) throw new Error('the kit keeps its logged warnings elsewhere: see README, "warns once"');
  warned.clear();
}

/** Removers of the definitions tests made with `defineForTest`, not yet called. */
const testDefinitions = new Set<() => void>();

/**
 * `defineCardErrors` for a test: test/setup.ts removes the definitions after the test, even when an
 * expectation failed before the test removed them itself (definitions are global by design). Returns
 * the remover; calling it removes them at once, and the clean-up then leaves them alone.
 */
export function defineForTest(definitions: CardErrorDefinitions): () => void {
  const remove = defineCardErrors(definitions);
  const removeOnce = () => {
    if (testDefinitions.delete(removeOnce)) remove();
  };
  testDefinitions.add(removeOnce);
  return removeOnce;
}

/** Removes what `defineForTest` defined and nothing removed yet, the latest first (test/setup.ts). */
export function removeTestDefinitions(): void {
  for (const remove of [...testDefinitions].reverse()) remove();
}

/** A host app's own i18next instance, with its own namespace, as a dashboard would set it up. */
export function createHostI18n(lng = 'en', resources: Record<string, Record<string, object>> = {}): I18n {
  const i18n = createInstance();
  void i18n.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { app: { title: 'Coupons' } }, ...resources },
    initAsync: false,
  });
  return i18n;
}

/** Every leaf of a locale file as `path → value`, in file order. */
export function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [leaf, v] of leaves(value, path ? `${path}.${key}` : key)) out.set(leaf, v);
    }
  } else {
    out.set(path, node);
  }
  return out;
}

/** `{{name}}` (i18next) and `{name}` (the toast viewport's hotkey label) placeholders of a text, sorted. */
export const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}|\{(\w+)\}/g)].map((m) => m[1] ?? `{${m[2]}}`).sort();

/** The kit's words in `lng`; zh-Hant's load on first use, and test/setup.ts preloads them. */
export function kitWords(lng: CardErrorLanguage): CardErrorResource {
  const words = CARD_ERROR_RESOURCES[lng] as CardErrorResource | undefined;
  if (!words) throw new Error(`the kit's ${lng} words are not loaded (test/setup.ts preloads zh-Hant)`);
  return words;
}

import { createInstance, type i18n as I18n } from 'i18next';
import {
  CARD_ERROR_CATALOG,
  CARD_ERROR_CODES,
  CARD_ERROR_LANGUAGES,
  CARD_ERROR_RESOURCES,
  CARD_ERROR_SEVERITIES,
  type CardErrorLanguage,
  type CardErrorResource,
} from '../src/index';

/** Every catalog code × every shipped language, for table tests. */
export const CODE_BY_LANGUAGE = CARD_ERROR_CODES.flatMap((code) =>
  CARD_ERROR_LANGUAGES.map((lng) => ({ code, lng })),
);

/**
 * One catalog code of each severity × every language: the rows for what a renderer adds to the view (role,
 * icon name, data attributes, `lang`). The copy itself is checked per code × language in catalog.test.ts and
 * the locale tests, so the renderers are not re-run once per code. Throws if a severity has no code.
 */
export const SEVERITY_BY_LANGUAGE = CARD_ERROR_SEVERITIES.flatMap((severity) => {
  const code = CARD_ERROR_CODES.find((candidate) => CARD_ERROR_CATALOG[candidate].severity === severity);
  if (code === undefined) throw new Error(`no catalog code has severity ${severity}`);
  return CARD_ERROR_LANGUAGES.map((lng) => ({ severity, code, lng }));
});

/** Han characters: zh-CN copy must contain some, English copy none. */
export const HAN = /\p{Script=Han}/u;

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
  const words = CARD_ERROR_RESOURCES[lng];
  if (!words) throw new Error(`the kit's ${lng} words are not loaded (test/setup.ts preloads zh-Hant)`);
  return words;
}

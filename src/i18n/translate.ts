import type { i18n as I18n } from 'i18next';
import { CARD_ERROR_NS } from './resources.js';

/** Values interpolated into a string, e.g. `{ code: 40099 }`. */
export type TranslateValues = Readonly<Record<string, string | number>>;

/**
 * The first language of `lngs` that holds a non-empty string at `key`, interpolated; `undefined` when
 * none does. Never returns the raw key, unlike `t`, and skips empty overrides.
 */
export function translate(
  i18n: I18n,
  lngs: readonly string[],
  key: string,
  values?: TranslateValues,
): string | undefined {
  for (const lng of lngs) {
    const raw: unknown = i18n.getResource(lng, CARD_ERROR_NS, key);
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    if (!values && !raw.includes(i18n.options.interpolation?.prefix ?? '{{')) return raw;
    return i18n.t(key, {
      ...values,
      lngs: [lng],
      ns: CARD_ERROR_NS,
      // The kit renders through React, which escapes; i18next's escaping would show "&amp;".
      interpolation: { escapeValue: false },
    });
  }
  return undefined;
}

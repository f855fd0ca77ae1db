import { createInstance, type i18n as I18n } from 'i18next';
import { CARD_ERROR_CODES, CARD_ERROR_LANGUAGES } from '../src/index';

/** Every catalog code × every shipped language, for table tests. */
export const CODE_BY_LANGUAGE = CARD_ERROR_CODES.flatMap((code) =>
  CARD_ERROR_LANGUAGES.map((lng) => ({ code, lng })),
);

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

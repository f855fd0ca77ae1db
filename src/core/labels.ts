import type { CardErrorAction, CardErrorCategory, CardErrorSeverity } from '../catalog/index.js';
import { BUNDLED_RESOURCES, CARD_ERROR_NS, type CardErrorResource } from '../i18n/resources.js';
import { resourceVersion } from '../i18n/instance.js';
import { translate } from '../i18n/translate.js';
import type { CardErrorView } from './describe.js';
import type { LanguageContext } from './resolve.js';

/** Every word of the UI chrome in one language: button labels, assistive text, headings. */
export type CardErrorLabels = CardErrorResource['ui'] & {
  /** Severity names, e.g. the icon's accessible name ("错误" / "Error"). */
  readonly severities: Readonly<Record<CardErrorSeverity, string>>;
  /** Action button labels; `none` has no button. */
  readonly actions: Readonly<Record<Exclude<CardErrorAction, 'none'>, string>>;
  /** Category names for the technical details. */
  readonly categories: Readonly<Record<CardErrorCategory, string>>;
  /** The toaster's words: region and close labels, Retry, Details, count, action alt texts. */
  readonly toast: CardErrorResource['toast'];
};

/** Partial labels a component accepts as a prop to override the locale files. */
export type CardErrorLabelOverrides = Partial<CardErrorResource['ui']>;

/** Looks every key of an English section up in the context's languages (English when missing). */
function section<K extends keyof CardErrorResource>(
  context: LanguageContext,
  name: K,
): CardErrorResource[K] {
  // `wechat-card-errors/bare` bundles no copy: there the keys come from a bundle the host loaded.
  const source = (BUNDLED_RESOURCES.en?.[name] ??
    context.lngs.map((lng) => context.i18n.getResource(lng, CARD_ERROR_NS, name)).find(Boolean) ??
    {}) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const key of Object.keys(source)) {
    out[key] = translate(context.i18n, context.lngs, `${name}.${key}`) ?? (source[key] as string);
  }
  return out as CardErrorResource[K];
}

const cache = new WeakMap<object, Map<string, CardErrorLabels>>();

/** All UI labels of a language context, computed once per instance, language and resource version. */
export function labelsFor(context: LanguageContext): CardErrorLabels {
  const key = `${resourceVersion(context.i18n)}|${context.lngs.join(',')}`;
  let byKey = cache.get(context.i18n);
  if (!byKey) cache.set(context.i18n, (byKey = new Map()));
  let labels = byKey.get(key);
  if (!labels) {
    if (byKey.size > 16) byKey.clear(); // old resource versions are never asked for again
    labels = computeLabels(context);
    byKey.set(key, labels);
  }
  return labels;
}

function computeLabels(context: LanguageContext): CardErrorLabels {
  return {
    ...section(context, 'ui'),
    severities: section(context, 'severity'),
    actions: section(context, 'action'),
    categories: section(context, 'category'),
    toast: section(context, 'toast'),
  };
}

/** The technical details, label then value, in the order they show; `null` where the input had none. */
export function reportRows(view: CardErrorView, labels: CardErrorLabels): [string, string | null][] {
  return [
    [labels.code, view.code === null ? null : String(view.code)],
    [labels.category, labels.categories[view.category]],
    [labels.meaning, view.detail],
    [labels.errmsg, view.errmsg],
    [labels.rid, view.rid],
  ];
}

/** The technical details as one plain-text block, for a support ticket or a message to a developer. */
export function formatCardErrorReport(view: CardErrorView, labels: CardErrorLabels): string {
  return reportRows(view, labels)
    .map(([label, value]) => `${label}: ${value ?? labels.noValue}`)
    .join('\n');
}

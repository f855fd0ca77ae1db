import type { CardErrorAction, CardErrorCategory, CardErrorOrigin, CardErrorSeverity } from '../catalog/index.js';
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

/** Which `ui` label names each origin's rows: nothing that never reached WeChat is labelled as WeChat's. */
const ROW_LABELS = {
  wechat: { number: 'code', meaning: 'meaning', text: 'errmsg' },
  http: { number: 'status', meaning: 'explanation', text: 'response' },
  network: { number: 'status', meaning: 'explanation', text: 'rawError' },
  timeout: { number: 'status', meaning: 'explanation', text: 'rawError' },
  cancelled: { number: 'status', meaning: 'explanation', text: 'rawError' },
  unknown: { number: 'status', meaning: 'explanation', text: 'rawError' },
} as const satisfies Record<
  CardErrorOrigin,
  { number: 'code' | 'status'; meaning: keyof CardErrorResource['ui']; text: keyof CardErrorResource['ui'] }
>;

/**
 * Whose words a row's value is: `external` text came from outside (WeChat, a server, the transport)
 * and is made inert when copied; `kit` values are the kit's own words and numbers.
 */
export type ReportRowSource = 'kit' | 'external';

/** One row of the technical details: label, value (`null` where the input had none), whose words. */
export type ReportRow = readonly [label: string, value: string | null, source: ReportRowSource];

/**
 * The technical details in the order they show. The number row is WeChat's errcode for origin
 * `wechat`, else the HTTP status, left out when there is none.
 */
export function reportRows(view: CardErrorView, labels: CardErrorLabels): ReportRow[] {
  const names = ROW_LABELS[view.origin] ?? ROW_LABELS.unknown;
  const number = view[names.number];
  const rows: ReportRow[] = number === null ? [] : [[labels[names.number], String(number), 'kit']];
  rows.push(
    [labels.category, labels.categories[view.category], 'kit'],
    [labels[names.meaning], view.detail, 'kit'],
    [labels[names.text], view.errmsg, 'external'],
    [labels.rid, view.rid, 'external'],
  );
  return rows;
}

// Spreadsheets read a cell that starts with one of these as a formula (OWASP, "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text from outside, made inert for a spreadsheet: a leading apostrophe (OWASP's advice), which Excel
 * and Google Sheets take as "this cell is text" and hide. Not a leading space: some tools trim it and
 * then read the formula anyway.
 */
function inert(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The technical details as one plain-text block, for a support ticket or a message to a developer:
 * one `label<separator>value` line per row, the separator from the locale file (`ui.separator`,
 * full-width "：" in Chinese). Text from outside that would start a spreadsheet formula is prefixed
 * with an apostrophe.
 */
export function formatCardErrorReport(view: CardErrorView, labels: CardErrorLabels): string {
  const separator = labels.separator ?? ': '; // `/bare` with no words loaded has no labels at all
  return reportRows(view, labels)
    .map(([label, value, source]) => {
      const shown = value === null ? labels.noValue : source === 'external' ? inert(value) : value;
      return `${label}${separator}${shown}`;
    })
    .join('\n');
}

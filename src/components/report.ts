import type { CardErrorOrigin } from '../catalog/index.js';
import { resolveWords } from '../i18n/host.js';
import { labelsOf, type CardErrorLabels } from '../i18n/labels.js';
import type { CardErrorResource } from '../i18n/resources.js';
import type { CardErrorView } from '../core/describe.js';

/**
 * Which `ui` label names each origin's rows: nothing that never reached WeChat is labelled as WeChat's,
 * and WeChat Pay's code, message and Request-ID are labelled as WeChat Pay's (its support asks for the
 * Request-ID, WeChat's for the rid). `id` is the request-id row, `null` where nobody gives one.
 */
const ROW_LABELS = {
  wechat: { number: 'code', meaning: 'meaning', text: 'errmsg', id: 'rid' },
  wechatpay: { number: 'payCode', meaning: 'payMeaning', text: 'payErrmsg', id: 'requestId' },
  http: { number: 'status', meaning: 'explanation', text: 'response', id: null },
  network: { number: 'status', meaning: 'explanation', text: 'rawError', id: null },
  timeout: { number: 'status', meaning: 'explanation', text: 'rawError', id: null },
  cancelled: { number: 'status', meaning: 'explanation', text: 'rawError', id: null },
  configuration: { number: 'status', meaning: 'explanation', text: 'rawError', id: null },
  unknown: { number: 'status', meaning: 'explanation', text: 'rawError', id: null },
} as const satisfies Record<
  CardErrorOrigin,
  {
    number: 'code' | 'payCode' | 'status';
    meaning: keyof CardErrorResource['ui'];
    text: keyof CardErrorResource['ui'];
    id: 'rid' | 'requestId' | null;
  }
>;

/**
 * Whose words a row's value is: `external` text came from outside (WeChat, a server, the transport)
 * and is made inert when copied; `kit` values are the kit's own words; `number` a code or a status.
 */
export type ReportRowSource = 'kit' | 'number' | 'external';

/** One row of the technical details: label, value (`null` where the input had none), whose words. */
export type ReportRow = readonly [label: string, value: string | null, source: ReportRowSource];

/**
 * The technical details in the order they show. The number row is WeChat's errcode (origin `wechat`) or
 * WeChat Pay's code (`wechatpay`), else the HTTP status, left out when there is none; a code that came
 * inside an HTTP failure keeps the status as a row of its own. The back end's envelope code (`serverCode`)
 * has its own row, labelled as the server's, when it says something the rows above do not: RuoYi's
 * `code: 500` in an HTTP 200 is never shown as an HTTP status. Only WeChat gives a rid and only WeChat
 * Pay a Request-ID: other origins have no such row.
 */
export function reportRows(view: CardErrorView, labels: CardErrorLabels): ReportRow[] {
  const names = ROW_LABELS[view.origin] ?? ROW_LABELS.unknown;
  const coded = names.number !== 'status';
  const number = coded ? view.code : view.status;
  const rows: ReportRow[] = number === null ? [] : [[labels[names.number], String(number), 'number']];
  if (coded && view.status !== null && view.status >= 400) rows.push([labels.status, String(view.status), 'number']);
  const serverCode = view.serverCode ?? null;
  if (serverCode !== null && !rows.some(([, value]) => value === String(serverCode))) {
    // A word code (`A0400`) is the server's text, made inert when copied like any outside text.
    rows.push([labels.serverCode, String(serverCode), typeof serverCode === 'number' ? 'number' : 'external']);
  }
  rows.push(
    [labels.category, labels.categories[view.category], 'kit'],
    [labels[names.meaning], view.detail, 'kit'],
    [labels[names.text], view.errmsg, 'external'],
  );
  if (names.id) rows.push([labels[names.id], view[names.id], 'external']);
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
 * with an apostrophe. Without `labels`, the kit's own in the view's language (`view.lng`), so it works
 * from `wechat-card-errors/core` alone. Never throws.
 */
export function formatCardErrorReport(view: CardErrorView, labels?: CardErrorLabels): string {
  const words = labels ?? labelsOf(resolveWords({ lng: view.lng }));
  const separator = words.separator;
  return reportRows(view, words)
    .map(([label, value, source]) => {
      const shown = value === null ? words.noValue : source === 'external' ? inert(value) : value;
      return `${label}${separator}${shown}`;
    })
    .join('\n');
}

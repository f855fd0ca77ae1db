import type { Words } from '../../i18n/words.js';
import { inertText } from '../parse/inert.js';
import type { CardErrorView } from '../describe.js';
import type { CardErrorBatchSummary } from './types.js';

/** A WeChat Pay style code in a cause's id (`unknown:LENGTH_LIMIT`), for a code the parser did not read. */
const codeOfCause = (id: string): string | null => /^[^:]*:([A-Z][A-Z0-9_]+)(?::|$)/.exec(id)?.[1] ?? null;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): such a cell
 * gets a leading apostrophe, which Excel and Google Sheets show as "this is text" and hide.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel opens a UTF-8 file as the system's code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** One cell: inert (one line, no controls), never a formula, always quoted (commas, quotes, Chinese). */
export function csvCell(value: string): string {
  const line = inertText(value) ?? '';
  const text = FORMULA_START.test(line) ? `'${line}` : line;
  return `"${text.replace(/"/g, '""')}"`;
}

/** What looks like an openid (o + 27 of [A-Za-z0-9_-]; 20 to 40 to be safe), wherever it stands in a key. */
const OPENID = /(?<![\w-])o[\w-]{20,40}(?![\w-])/g;

/**
 * A key as shown and exported: inert (one line, no controls or bidi overrides, cut when huge) and every
 * openid in it masked, keeping 4 characters at each end: a key from a CRLF file ("o…\r") or "openid: o…" too.
 */
export function maskKey(key: string): string {
  return (inertText(key) ?? '').replace(OPENID, (id) => `${id.slice(0, 4)}…${id.slice(-4)}`);
}

/**
 * The failed rows as CSV text (BOM, CRLF, every cell quoted): key (openids masked), code, reason in
 * the words' language. A count-only group (WeChat gave no list) adds no rows. O(failed items).
 */
export function summaryCsv(summary: CardErrorBatchSummary, words: Words, views: readonly CardErrorView[]): string {
  const t = (key: string) => words.text(`batch.${key}`) ?? key;
  const lines = [[t('csvKey'), t('csvCode'), t('csvReason')].map(csvCell).join(',')];
  summary.groups.forEach((group, index) => {
    const view = views[index] ?? group.view;
    const code = view.code ?? codeOfCause(group.id);
    const tail = `,${csvCell(code === null ? t('csvNoCode') : String(code))},${csvCell(view.message)}`;
    for (const key of group.keys) lines.push(csvCell(maskKey(key)) + tail);
  });
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

import { useId, useMemo, useState, type ReactNode } from 'react';
import { CARD_ERROR_LANGUAGES, CARD_ERROR_CODES, describeCardError, useCardError, type CardErrorLanguage } from '../../src/index';
import { actionName, passesFilter, type CardErrorLabels, type CatalogFilter } from './catalogCells';
import { ACTIONS, CATEGORIES, ORIGIN_CASES, SEVERITIES } from './kitWords';
import { CatalogTable, type CatalogRow } from './CatalogTable';
import { TRANSPORT_FAILURES } from './transportFailures';
import { storyWords } from './words';
import './stories.css';

export { passesFilter, SeverityBadge, type CatalogFilter } from './catalogCells';

/** Which catalog page: the toolbar's language, or every shipped language side by side. */
export type CatalogView = 'current' | 'all';

/** Props of the catalog page. */
export interface CatalogPageProps {
  /** The toolbar's language. */
  lng: string;
  /** One language, or all of them side by side. */
  view: CatalogView;
}

const NO_FILTER: CatalogFilter = { severity: 'all', action: 'all', category: 'all' };

/** One select of the filter bar. */
function FilterSelect<T extends string>(props: {
  label: string;
  value: T | 'all';
  options: readonly T[];
  optionLabel: (option: T) => string;
  allLabel: string;
  onChange: (value: T | 'all') => void;
}) {
  const id = useId();
  return (
    <div className="sb-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value as T | 'all')}>
        <option value="all">{props.allLabel}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A row per input, described in the toolbar's language and in every shipped language. */
function describeRows(items: readonly { id: string; head: ReactNode; input: unknown }[], lng: string): CatalogRow[] {
  return items.map(({ id, head, input }) => ({
    id,
    head,
    current: describeCardError(input, { lng }),
    byLanguage: Object.fromEntries(CARD_ERROR_LANGUAGES.map((language) => [language, describeCardError(input, { lng: language })])) as CatalogRow['byLanguage'],
  }));
}

/**
 * Every code of the catalog, generated from `CARD_ERROR_CODES` (so a new code shows up here on its
 * own), then every failure without a WeChat code (offline, timeout, cancel, HTTP statuses), generated
 * from the kit's origin cases; with a filter by severity, action and category.
 */
export function CatalogPage({ lng, view }: CatalogPageProps) {
  const words = storyWords(lng).catalog;
  const labels = {
    current: useCardError(null, { lng }).labels,
    // A hook per shipped language, always in the same order (CARD_ERROR_LANGUAGES is a constant).
    byLanguage: Object.fromEntries(CARD_ERROR_LANGUAGES.map((language) => [language, useCardError(null, { lng: language }).labels])) as Record<CardErrorLanguage, CardErrorLabels>,
  };
  const [filter, setFilter] = useState<CatalogFilter>(NO_FILTER);
  const rows = useMemo(() => describeRows(CARD_ERROR_CODES.map((code) => ({ id: String(code), head: <code>{code}</code>, input: code })), lng), [lng]);
  const originRows = useMemo(
    () =>
      describeRows(
        ORIGIN_CASES.map((name) => {
          const { origin, status } = describeCardError(TRANSPORT_FAILURES[name]);
          return { id: name, head: <code>{status === null ? origin : `${origin} ${status}`}</code>, input: TRANSPORT_FAILURES[name] };
        }),
        lng,
      ),
    [lng],
  );
  const shown = rows.filter((row) => passesFilter(row.current, filter));
  const shownOrigins = originRows.filter((row) => passesFilter(row.current, filter));
  const set = <K extends keyof CatalogFilter>(key: K) => (value: CatalogFilter[K]) =>
    setFilter((previous) => ({ ...previous, [key]: value }));
  const table = { view, lng, labels } as const;

  return (
    <div className="sb-page">
      <fieldset className="sb-filters">
        <legend>{words.filters}</legend>
        <FilterSelect
          label={words.severity}
          value={filter.severity}
          options={SEVERITIES}
          optionLabel={(severity) => labels.current.severities[severity]}
          allLabel={words.all}
          onChange={set('severity')}
        />
        <FilterSelect
          label={words.action}
          value={filter.action}
          options={ACTIONS}
          optionLabel={(action) => actionName(action, labels.current, words.noButton)}
          allLabel={words.all}
          onChange={set('action')}
        />
        <FilterSelect
          label={labels.current.category}
          value={filter.category}
          options={CATEGORIES}
          optionLabel={(category) => labels.current.categories[category]}
          allLabel={words.all}
          onChange={set('category')}
        />
      </fieldset>
      <p role="status">{words.shown(shown.length, rows.length)}</p>
      <CatalogTable
        {...table}
        caption={view === 'current' ? words.title : words.allLanguagesTitle}
        headLabel={labels.current.code}
        detailLabel={labels.current.meaning}
        rowAttribute="data-code"
        rows={shown}
      />
      {shownOrigins.length > 0 ? (
        <CatalogTable
          {...table}
          caption={words.originsTitle}
          headLabel={words.origin}
          detailLabel={labels.current.explanation}
          rowAttribute="data-origin-case"
          rows={shownOrigins}
        />
      ) : null}
    </div>
  );
}

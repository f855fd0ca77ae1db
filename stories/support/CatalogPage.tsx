import { useId, useMemo, useState } from 'react';
import {
  CARD_ERROR_ACTIONS,
  CARD_ERROR_CATEGORIES,
  CARD_ERROR_CODES,
  CARD_ERROR_SEVERITIES,
  SeverityIcon,
  describeCardError,
  useCardError,
  type CardErrorAction,
  type CardErrorCategory,
  type CardErrorLabels,
  type CardErrorSeverity,
  type CardErrorView,
} from '../../src/index';
import { storyWords } from './words';
import './stories.css';

/** Which catalog page: the toolbar's language, or English and Chinese side by side. */
export type CatalogView = 'current' | 'bilingual';

/** The filter values; `all` lets every code through. */
export interface CatalogFilter {
  severity: CardErrorSeverity | 'all';
  action: CardErrorAction | 'all';
  category: CardErrorCategory | 'all';
}

/** Props of the catalog page. */
export interface CatalogPageProps {
  /** The toolbar's language. */
  lng: string;
  /** One language, or both side by side. */
  view: CatalogView;
}

const NO_FILTER: CatalogFilter = { severity: 'all', action: 'all', category: 'all' };

/** Whether a catalog code's entry passes the filter. */
export function passesFilter(view: Pick<CardErrorView, keyof CatalogFilter>, filter: CatalogFilter): boolean {
  return (
    (filter.severity === 'all' || view.severity === filter.severity) &&
    (filter.action === 'all' || view.action === filter.action) &&
    (filter.category === 'all' || view.category === filter.category)
  );
}

/** The severity as people see it in the kit: its icon shape, its colours and its name. */
export function SeverityBadge({ severity, labels }: { severity: CardErrorSeverity; labels: CardErrorLabels }) {
  return (
    <span className="sb-badge" data-severity={severity}>
      <SeverityIcon severity={severity} />
      {labels.severities[severity]}
    </span>
  );
}

/** An action's button label, or the stories' words for "no button". */
function actionName(action: CardErrorAction, labels: CardErrorLabels, noButton: string): string {
  return action === 'none' ? noButton : labels.actions[action];
}

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

/** Message, hint, category, action and WeChat's meaning of one code in one language. */
function CopyCell({ view, labels, noButton }: { view: CardErrorView; labels: CardErrorLabels; noButton: string }) {
  return (
    <td lang={view.lng}>
      <p>
        <strong>{view.message}</strong>
      </p>
      <p>{view.hint}</p>
      <p className="sb-muted">
        {labels.categories[view.category]} · {actionName(view.action, labels, noButton)}
      </p>
      <p className="sb-muted">{view.detail}</p>
    </td>
  );
}

/**
 * Every code of the catalog, generated from `CARD_ERROR_CODES` (so a new code shows up here on its
 * own), with a filter by severity, action and category.
 */
export function CatalogPage({ lng, view }: CatalogPageProps) {
  const words = storyWords(lng).catalog;
  const { labels } = useCardError(null, { lng });
  const en = useCardError(null, { lng: 'en' }).labels;
  const zh = useCardError(null, { lng: 'zh-CN' }).labels;
  const [filter, setFilter] = useState<CatalogFilter>(NO_FILTER);
  const rows = useMemo(
    () =>
      CARD_ERROR_CODES.map((code) => ({
        current: describeCardError(code, { lng }),
        en: describeCardError(code, { lng: 'en' }),
        zh: describeCardError(code, { lng: 'zh-CN' }),
      })),
    [lng],
  );
  const shown = rows.filter((row) => passesFilter(row.current, filter));
  const set = <K extends keyof CatalogFilter>(key: K) => (value: CatalogFilter[K]) =>
    setFilter((previous) => ({ ...previous, [key]: value }));

  return (
    <div className="sb-page">
      <fieldset className="sb-filters">
        <legend>{words.filters}</legend>
        <FilterSelect
          label={words.severity}
          value={filter.severity}
          options={CARD_ERROR_SEVERITIES}
          optionLabel={(severity) => labels.severities[severity]}
          allLabel={words.all}
          onChange={set('severity')}
        />
        <FilterSelect
          label={words.action}
          value={filter.action}
          options={CARD_ERROR_ACTIONS}
          optionLabel={(action) => actionName(action, labels, words.noButton)}
          allLabel={words.all}
          onChange={set('action')}
        />
        <FilterSelect
          label={labels.category}
          value={filter.category}
          options={CARD_ERROR_CATEGORIES}
          optionLabel={(category) => labels.categories[category]}
          allLabel={words.all}
          onChange={set('category')}
        />
      </fieldset>
      <p role="status">{words.shown(shown.length, rows.length)}</p>
      <div className="sb-scroll">
        <table className="sb-table">
          <caption>{view === 'current' ? words.title : words.bilingualTitle}</caption>
          <thead>
            {view === 'current' ? (
              <tr>
                <th scope="col">{labels.code}</th>
                <th scope="col">{words.severity}</th>
                <th scope="col">{labels.category}</th>
                <th scope="col">{words.message}</th>
                <th scope="col">{words.hint}</th>
                <th scope="col">{words.action}</th>
                <th scope="col">{labels.meaning}</th>
              </tr>
            ) : (
              <tr>
                <th scope="col">{labels.code}</th>
                <th scope="col">{words.severity}</th>
                <th scope="col">{words.english}</th>
                <th scope="col">{words.chinese}</th>
              </tr>
            )}
          </thead>
          <tbody>
            {shown.map(({ current, en: inEnglish, zh: inChinese }) => (
              <tr key={current.code} data-code={current.code}>
                <th scope="row">
                  <code>{current.code}</code>
                </th>
                <td>
                  <SeverityBadge severity={current.severity} labels={labels} />
                </td>
                {view === 'current' ? (
                  <>
                    <td>{labels.categories[current.category]}</td>
                    <td>{current.message}</td>
                    <td>{current.hint}</td>
                    <td>{actionName(current.action, labels, words.noButton)}</td>
                    <td className="sb-muted">{current.detail}</td>
                  </>
                ) : (
                  <>
                    <CopyCell view={inEnglish} labels={en} noButton={storyWords('en').catalog.noButton} />
                    <CopyCell view={inChinese} labels={zh} noButton={storyWords('zh-CN').catalog.noButton} />
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import { CARD_ERROR_LANGUAGES, type CardErrorLanguage, type CardErrorView } from '../../src/index';
import { actionName, CopyCell, SeverityBadge, type CardErrorLabels } from './catalogCells';
import { storyWords } from './words';

/** One row of a catalog table: a code, or a failure without one, described in each language. */
export interface CatalogRow {
  /** React key and the row's data attribute value. */
  readonly id: string;
  /** The row header: the errcode, or where the failure stopped. */
  readonly head: ReactNode;
  readonly current: CardErrorView;
  /** The same input in every shipped language. */
  readonly byLanguage: Readonly<Record<CardErrorLanguage, CardErrorView>>;
}

/** Props of `CatalogTable`. */
export interface CatalogTableProps {
  caption: string;
  /** The first column's heading (the code, or where it stopped). */
  headLabel: string;
  /** The developer column's heading: WeChat's meaning of a code, or what a failure without one means. */
  detailLabel: string;
  /** `data-code` for WeChat codes, `data-pay-code` for WeChat Pay's, `data-origin-case` for the rest: the stories find rows by it. */
  rowAttribute: 'data-code' | 'data-origin-case' | 'data-pay-code';
  rows: readonly CatalogRow[];
  view: 'current' | 'all';
  lng: string;
  labels: { current: CardErrorLabels; byLanguage: Readonly<Record<CardErrorLanguage, CardErrorLabels>> };
}

/** The catalog's table: in the toolbar's language, or every shipped language side by side. */
export function CatalogTable({ caption, headLabel, detailLabel, rowAttribute, rows, view, lng, labels }: CatalogTableProps) {
  const words = storyWords(lng).catalog;
  const { current: shownLabels } = labels;
  return (
    // A region that scrolls sideways on a narrow screen: focusable, so keyboard users can scroll it (axe
    // scrollable-region-focusable; WeChat Pay's long codes make its table wider than the page).
    <div className="sb-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="sb-table">
        <caption>{caption}</caption>
        <thead>
          {view === 'current' ? (
            <tr>
              <th scope="col">{headLabel}</th>
              <th scope="col">{words.severity}</th>
              <th scope="col">{shownLabels.category}</th>
              <th scope="col">{words.message}</th>
              <th scope="col">{words.hint}</th>
              <th scope="col">{words.action}</th>
              <th scope="col">{detailLabel}</th>
            </tr>
          ) : (
            <tr>
              <th scope="col">{headLabel}</th>
              <th scope="col">{words.severity}</th>
              {CARD_ERROR_LANGUAGES.map((language) => (
                <th scope="col" key={language} lang={language}>
                  {storyWords(language).catalog.languages[language]}
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody>
          {rows.map(({ id, head, current, byLanguage }) => (
            <tr key={id} {...{ [rowAttribute]: id }}>
              <th scope="row">{head}</th>
              <td>
                <SeverityBadge severity={current.severity} labels={shownLabels} />
              </td>
              {view === 'current' ? (
                <>
                  <td>{shownLabels.categories[current.category]}</td>
                  <td>{current.message}</td>
                  <td>{current.hint}</td>
                  <td>{actionName(current.action, shownLabels, words.noButton)}</td>
                  <td className="sb-muted">{current.detail}</td>
                </>
              ) : (
                CARD_ERROR_LANGUAGES.map((language) => (
                  <CopyCell key={language} view={byLanguage[language]} labels={labels.byLanguage[language]} noButton={storyWords(language).catalog.noButton} />
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { CardErrorAction, CardErrorSeverity, CardErrorView, useCardError } from '../../src/index';

/** Every word of the kit's UI in one language, as `useCardError` returns them. */
export type CardErrorLabels = ReturnType<typeof useCardError>['labels'];
type CardErrorCategory = CardErrorView['category'];

// The cells the Catalog's two tables (WeChat codes, failures without a code) and the hook table share.

/** The filter values; `all` lets every code through. */
export interface CatalogFilter {
  severity: CardErrorSeverity | 'all';
  action: CardErrorAction | 'all';
  category: CardErrorCategory | 'all';
}

/** Whether a catalog code's entry passes the filter. */
export function passesFilter(view: Pick<CardErrorView, keyof CatalogFilter>, filter: CatalogFilter): boolean {
  return (
    (filter.severity === 'all' || view.severity === filter.severity) &&
    (filter.action === 'all' || view.action === filter.action) &&
    (filter.category === 'all' || view.category === filter.category)
  );
}

/** The severity as people see it in the kit: its colours and its name (the icon is the kit's own, inside). */
export function SeverityBadge({ severity, labels }: { severity: CardErrorSeverity; labels: CardErrorLabels }) {
  return (
    <span className="sb-badge" data-severity={severity}>
      {labels.severities[severity]}
    </span>
  );
}

/** An action's button label, or the stories' words for "no button". */
export function actionName(action: CardErrorAction, labels: CardErrorLabels, noButton: string): string {
  return action === 'none' ? noButton : labels.actions[action];
}

/** Message, hint, category, action and WeChat's meaning of one code in one language. */
export function CopyCell({ view, labels, noButton }: { view: CardErrorView; labels: CardErrorLabels; noButton: string }) {
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

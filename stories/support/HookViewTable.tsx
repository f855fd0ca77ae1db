import type { ReactNode } from 'react';
import { useCardError } from '../../src/index';

type CardErrorState = ReturnType<typeof useCardError>;
import { SeverityBadge } from './catalogCells';
import { storyWords } from './words';
import './stories.css';

/** Props of the hook's table. */
export interface HookViewTableProps {
  /** Anything `useCardError` accepts: here a WeChat response built from the story's controls. */
  input: unknown;
  /** The toolbar's language, for the table's own words. */
  lng: string;
}

type Row = [field: keyof CardErrorState | `rootProps.${string}`, value: unknown, shownAs?: ReactNode];

/**
 * What `useCardError(input)` returns, one field a row: the raw value a renderer receives, and how the
 * kit's own alert shows it to people (labels from the same call, so in the same language).
 */
export function HookViewTable({ input, lng }: HookViewTableProps) {
  const state = useCardError(input);
  const { labels } = state;
  const words = storyWords(lng);
  const yesNo = (value: boolean) => (value ? words.hook.yes : words.hook.no);
  const rows: Row[] = [
    ['code', state.code],
    ['origin', state.origin],
    ['status', state.status],
    ['known', state.known, yesNo(state.known)],
    ['severity', state.severity, <SeverityBadge severity={state.severity} labels={labels} />],
    ['action', state.action, state.action === 'none' ? words.catalog.noButton : labels.actions[state.action]],
    ['retryable', state.retryable, yesNo(state.retryable)],
    ['category', state.category, labels.categories[state.category]],
    ['message', state.message],
    ['hint', state.hint],
    ['detail', state.detail],
    ['actionAlt', state.actionAlt],
    ['errmsg', state.errmsg],
    ['rid', state.rid],
    ['lng', state.lng],
    ['rootProps.role', state.rootProps.role],
    ['rootProps.data-severity', state.rootProps['data-severity']],
    ['rootProps.data-code', state.rootProps['data-code']],
    ['rootProps.data-origin', state.rootProps['data-origin']],
  ];
  return (
    <div className="sb-page">
      <div className="sb-scroll">
        <table className="sb-table">
          <caption>{words.hook.caption(state.code === null ? labels.noValue : String(state.code))}</caption>
          <thead>
            <tr>
              <th scope="col">{words.hook.field}</th>
              <th scope="col">{words.hook.value}</th>
              <th scope="col">{words.hook.shownAs}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([field, value, shownAs]) => (
              <tr key={field}>
                <th scope="row">
                  <code>{field}</code>
                </th>
                <td lang={typeof value === 'string' ? state.lng : undefined}>
                  <code>{JSON.stringify(value)}</code>
                </td>
                <td>{shownAs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

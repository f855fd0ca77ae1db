import { useId, useRef, useState } from 'react';
import { useSafeLayoutEffect } from './useSafeLayoutEffect.js';
import type { CardErrorAction } from '../catalog/index.js';
import type { CardErrorView } from '../core/describe.js';
import { maskKey } from '../core/summary/csv.js';
import type { CardErrorSummaryGroup } from '../core/summary/types.js';
import type { CardErrorLabels } from '../i18n/labels.js';
import { Disclosure } from './Disclosure.js';
import { SeverityIcon } from './SeverityIcon.js';
import type { BatchText } from './summaryWords.js';

/**
 * Keys listed when a group's disclosure opens; the rest are counted ("and 99,950 more") and are all in
 * the CSV. 100,000 keys as list items would take seconds to mount and nobody reads them on screen.
 */
export const KEYS_SHOWN = 50;

/** Props of one group row. */
export interface SummaryGroupProps {
  group: CardErrorSummaryGroup;
  /** The group's view in the component's language. */
  view: CardErrorView;
  labels: CardErrorLabels;
  t: BatchText;
  onAction?: (action: CardErrorAction, keys: readonly string[], view: CardErrorView) => void;
  onRetry?: (keys: readonly string[], view: CardErrorView) => void;
}

/** One cause: message, hint, count, action and retry buttons, and the keys to fix behind a disclosure. */
export function SummaryGroup({ group, view, labels, t, onAction, onRetry }: SummaryGroupProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  // A group the host removes (its retry went through) while one of its buttons holds focus: focus goes to
  // the summary, not to <body>, where a keyboard or screen-reader user would start again from the top.
  useSafeLayoutEffect(() => {
    const element = row.current;
    const summary = element?.closest<HTMLElement>('[data-slot="summary"]');
    return () => {
      if (!element?.contains(document.activeElement)) return;
      queueMicrotask(() => {
        if (document.activeElement === document.body || !document.activeElement?.isConnected) summary?.focus();
      });
    };
  }, []);
  const { keys, count } = group;
  const shown = open ? keys.slice(0, KEYS_SHOWN) : [];
  const more = count - Math.min(keys.length, KEYS_SHOWN);
  const retry = Boolean(onRetry && view.retryable && keys.length > 0);
  // A cause whose own action is `retry` offers it once: through onRetry, with the group's keys, when given.
  const action = onAction && view.action !== 'none' && !(retry && view.action === 'retry') ? view.action : null;
  return (
    <li ref={row} data-slot="summary-group" data-severity={view.severity} data-code={view.code ?? ''} data-origin={view.origin} aria-labelledby={`${id}m`}>
      <SeverityIcon label={labels.severities[view.severity]} />
      <div data-slot="body">
        <p data-slot="message" id={`${id}m`}>
          {view.message} <span data-slot="count">{t('count', { count })}</span>
        </p>
        <p data-slot="hint">{view.hint}</p>
        {action !== null || retry ? (
          // Every group has the same button labels: each is described by its group's message.
          <div data-slot="actions">
            {retry ? (
              <button type="button" data-slot="retry" aria-describedby={`${id}m`} onClick={() => onRetry?.(keys, view)}>
                {t('retry')}
              </button>
            ) : null}
            {action !== null ? (
              <button type="button" data-slot="action" data-action={action} aria-describedby={`${id}m`} onClick={() => onAction?.(action, keys, view)}>
                {labels.actions[action]}
              </button>
            ) : null}
          </div>
        ) : null}
        {keys.length === 0 ? (
          <p data-slot="summary-keys-unlisted">{t('keysUnlisted')}</p>
        ) : (
          <Disclosure label={t('keys', { count })} open={open} onToggle={() => setOpen(!open)} slot="summary-keys">
            {open ? (
              <>
                {/* Keys from outside are text; openids are masked (a customer's id stays off the screen). */}
                <ul data-slot="summary-keys-list">
                  {shown.map((key, index) => (
                    <li key={index} translate="no">
                      {maskKey(key)}
                    </li>
                  ))}
                </ul>
                {more > 0 ? <p data-slot="summary-keys-more">{t('more', { count: more })}</p> : null}
              </>
            ) : null}
          </Disclosure>
        )}
      </div>
    </li>
  );
}

import * as Toast from '@radix-ui/react-toast';
import { memo } from 'react';
import type { CardErrorToastRecord } from '../core/toastStore.js';
import { SeverityIcon } from './SeverityIcon.js';
import { Disclosure } from './Disclosure.js';
import { TechnicalDetailsContent } from './TechnicalDetails.js';
import { useToastItem, type ToasterContext } from './useToastItem.js';

/** Props of one toast: its record, and what its toaster hands every toast. */
export interface CardErrorToasterItemProps {
  record: CardErrorToastRecord;
  toaster: ToasterContext;
}

/** One toast, markup only: `useToastItem` owns its view, timer, retry and announcements (the alert's view and labels). */
export const CardErrorToasterItem = memo(function CardErrorToasterItem({ record, toaster }: CardErrorToasterItemProps) {
  const item = useToastItem(record, toaster);
  const { state, labels, details, count, rootProps, retry, action, closeProps } = item;
  return (
    <Toast.Root {...rootProps}>
      <SeverityIcon />
      <div data-slot="body">
        <Toast.Title data-slot="message">
          <span className="cek-visually-hidden">{state.labels.severities[state.severity]} </span>
          {state.message}
          {count ? (
            <span data-slot="count">
              {' '}
              <span aria-hidden="true">{count.shown}</span>
              <span className="cek-visually-hidden"> {count.spoken}</span>
            </span>
          ) : null}
        </Toast.Title>{' '}
        <Toast.Description data-slot="hint">{item.hint}</Toast.Description>{' '}
        {item.retryNote ? <p data-slot="retry-outcome">{item.retryNote}</p> : null}{' '}
        {retry || action ? (
          <div data-slot="actions">
            {retry ? (
              <Toast.Action {...retry.props}>
                {/* Both labels share one grid cell, so the button keeps its width; the hidden one is aria-hidden. */}
                <span data-part="label" aria-hidden={retry.retrying || undefined}>
                  {labels.retry}
                </span>
                <span data-part="progress" aria-hidden={!retry.retrying || undefined}>
                  {labels.retrying}
                </span>
              </Toast.Action>
            ) : null}
            {action ? <Toast.Action {...action.props}>{action.label}</Toast.Action> : null}
          </div>
        ) : null}
        {/* Radix reads the toast's text aloud on arrival; the technical details are not part of it. */}
        {details ? (
          <div data-radix-toast-announce-exclude="">
            <Disclosure label={details.labels.details} open={item.detailsOpen} onToggle={item.toggleDetails} slot="details">
              {item.detailsOpen ? <TechnicalDetailsContent state={details} /> : null}
            </Disclosure>
          </div>
        ) : null}
      </div>
      <Toast.Close {...closeProps}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </Toast.Close>
    </Toast.Root>
  );
});

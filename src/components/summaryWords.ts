import { useMemo } from 'react';
import type { CardErrorView } from '../core/describe.js';
import type { CardErrorBatchSummary } from '../core/summary/types.js';
import { SEVERITY_RANK } from '../core/summary/view.js';
import type { CardErrorState } from './useCardError.js';
import { viewOfGroup } from '../core/summary/view.js';
import type { CardErrorLanguage } from '../i18n/language.js';
import type { Words } from '../i18n/words.js';

/** One number formatter per language: 3,000 / 3,000 / 3,000 (grouping as the language writes it). */
const formatters = new Map<CardErrorLanguage, Intl.NumberFormat>();
export function formatCount(lng: CardErrorLanguage, value: number): string {
  let format = formatters.get(lng);
  if (!format) formatters.set(lng, (format = new Intl.NumberFormat(lng)));
  return format.format(value);
}

/** A `batch.*` word with its `{{count}}`-style numbers formatted in the words' language. */
export type BatchText = (key: string, values?: Readonly<Record<string, number | string>>) => string;
export function batchText(words: Words): BatchText {
  return (key, values) => {
    const formatted: Record<string, string> = {};
    for (const [name, value] of Object.entries(values ?? {})) formatted[name] = typeof value === 'number' ? formatCount(words.lng, value) : value;
    return words.text(`batch.${key}`, formatted) ?? key;
  };
}

/** The counts as one sentence: "Of 3,000: 2,871 went through, 112 failed, 17 already there or already sent". */
export function countsText(summary: CardErrorBatchSummary, t: BatchText): string {
  const parts = [t('succeeded', { count: summary.succeeded })];
  if (summary.failed > 0) parts.push(t('failed', { count: summary.failed }));
  if (summary.skipped > 0) parts.push(t('skipped', { count: summary.skipped }));
  if (summary.pending > 0) parts.push(t('pending', { count: summary.pending }));
  if (summary.unexpected > 0) parts.push(t('unexpected', { count: summary.unexpected }));
  return t('of', { total: summary.total, parts: parts.join(t('joiner')) });
}

/**
 * Every group's view in the component's words (one description per cause). Follows `defineCardErrors`
 * through the words: a definition is a counted change (src/i18n/revision.ts), so they are new words.
 */
export function useGroupViews(summary: CardErrorBatchSummary, words: Words): readonly CardErrorView[] {
  return useMemo(() => summary.groups.map((group) => viewOfGroup(group, words)), [summary, words]);
}

/**
 * A batch toast's state: the counts as its message, the worst cause's message as its hint, the summary's
 * severity, no action of a cause (the toast opens the summary instead).
 */
export function batchToastState(state: CardErrorState, input: CardErrorBatchSummary, words: Words): CardErrorState & { batch: boolean } {
  const worst = input.groups.reduce<CardErrorBatchSummary['groups'][number] | undefined>(
    (found, group) => (!found || SEVERITY_RANK[group.view.severity] > SEVERITY_RANK[found.view.severity] ? group : found),
    undefined,
  );
  const { severity } = input;
  return {
    ...state,
    batch: true,
    severity,
    action: 'none',
    retryable: false,
    message: countsText(input, batchText(words)),
    hint: worst ? viewOfGroup(worst, words).message : '',
    rootProps: { ...state.rootProps, role: severity === 'error' ? 'alert' : 'status', 'data-severity': severity },
  };
}

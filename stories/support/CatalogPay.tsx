import { useMemo } from 'react';
import { CARD_ERROR_LANGUAGES, describeCardError, useCardError, type CardErrorLanguage } from '../../src/index';
import type { CardErrorLabels } from './catalogCells';
import { CatalogTable, type CatalogRow } from './CatalogTable';
import { PAY_SAMPLES } from './payInputs';
import { storyWords } from './words';
import './stories.css';

/** Props of the WeChat Pay catalog page. */
export interface CatalogPayPageProps {
  /** The toolbar's language. */
  lng: string;
  /** One language, or all of them side by side. */
  view: 'current' | 'all';
  /**
   * The rows to show.
   * @defaultValue every code and documented message (PAY_SAMPLES)
   */
  samples?: typeof PAY_SAMPLES;
}

/**
 * Every WeChat Pay coupon code the kit knows, generated from the public `WECHAT_PAY_CODES`: each code
 * alone and each documented message that changes its meaning.
 * Each row is what `describeCardError` tells for the body WeChat Pay sends, as a host receives it.
 */
export function CatalogPayPage({ lng, view, samples = PAY_SAMPLES }: CatalogPayPageProps) {
  const words = storyWords(lng).catalog;
  const labels = {
    current: useCardError(null, { lng }).labels,
    byLanguage: Object.fromEntries(CARD_ERROR_LANGUAGES.map((language) => [language, useCardError(null, { lng: language }).labels])) as Record<CardErrorLanguage, CardErrorLabels>,
  };
  const rows = useMemo<CatalogRow[]>(
    () =>
      samples.map(({ id, code, message, status, input }) => ({
        id,
        head: (
          <>
            <code>{code}</code>
            <code> {status}</code>
            {message ? (
              <>
                <br />
                <span lang="zh-CN">{message}</span>
              </>
            ) : null}
          </>
        ),
        current: describeCardError(input, { lng }),
        byLanguage: Object.fromEntries(CARD_ERROR_LANGUAGES.map((language) => [language, describeCardError(input, { lng: language })])) as CatalogRow['byLanguage'],
      })),
    [lng, samples],
  );
  return (
    <div className="sb-page">
      <CatalogTable
        view={view}
        lng={lng}
        labels={labels}
        caption={words.payTitle}
        headLabel={words.payHead}
        detailLabel={labels.current.payMeaning}
        rowAttribute="data-pay-code"
        rows={rows}
      />
    </div>
  );
}

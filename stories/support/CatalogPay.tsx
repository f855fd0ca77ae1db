import { useMemo } from 'react';
import { CARD_ERROR_LANGUAGES, useCardError, type CardErrorLanguage } from '../../src/index';
import type { CardErrorLabels } from './catalogCells';
import { describeParsed } from '../../src/core/describe';
import { resolveWords } from '../../src/i18n/host';
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
   * @defaultValue every code and message pattern (PAY_SAMPLES)
   */
  samples?: typeof PAY_SAMPLES;
}

/**
 * Every WeChat Pay coupon code the kit knows, generated from its tables (src/catalog/wechatpayCodes.ts):
 * each code alone, each code with a message that changes its meaning, and an unknown code per HTTP status
 * class. Rows are described from the parsed value WeChat Pay's body gives (the parser is issue 22 item 1).
 */
export function CatalogPayPage({ lng, view, samples = PAY_SAMPLES }: CatalogPayPageProps) {
  const words = storyWords(lng).catalog;
  const labels = {
    current: useCardError(null, { lng }).labels,
    byLanguage: Object.fromEntries(CARD_ERROR_LANGUAGES.map((language) => [language, useCardError(null, { lng: language }).labels])) as Record<CardErrorLanguage, CardErrorLabels>,
  };
  const rows = useMemo<CatalogRow[]>(
    () =>
      samples.map(({ id, parsed }) => ({
        id,
        head: (
          <>
            <code>{parsed.code}</code>
            {parsed.status === null ? null : <code> {parsed.status}</code>}
            {parsed.errmsg ? (
              <>
                <br />
                <span lang="zh-CN">{parsed.errmsg}</span>
              </>
            ) : null}
          </>
        ),
        current: describeParsed(parsed, resolveWords({ lng })),
        byLanguage: Object.fromEntries(CARD_ERROR_LANGUAGES.map((language) => [language, describeParsed(parsed, resolveWords({ lng: language }))])) as CatalogRow['byLanguage'],
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

// Issue 21 item 7: formatCardErrorReport needs no labels, taking them from the view's language (issue 19
// took it off the public door; it stays the building block the details' copy button uses).
import { describe, expect, it } from 'vitest';
import { CARD_ERROR_LANGUAGES, describeCardError } from '../src/server';
import { formatCardErrorReport } from '../src/core/report';
import { kitWords } from './helpers';

describe.each(CARD_ERROR_LANGUAGES)('formatCardErrorReport without labels, in %s', (lng) => {
  it("labels each row in the view's language", () => {
    const { ui } = kitWords(lng);
    const report = formatCardErrorReport(describeCardError({ errcode: 40099, errmsg: 'invalid code' }, { lng }));
    expect(report.split('\n')[0]).toBe(`${ui.code}${ui.separator}40099`);
    expect(report).toContain(`${ui.errmsg}${ui.separator}invalid code`);
  });
});

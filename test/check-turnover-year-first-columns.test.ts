// Extraction and check together: a turnover table whose headings print the year before the measure
// ("FY2031 leavers | FY2031 rate (%)"), under a staff table counting each age group. Invented figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';
import { TURNOVER } from './support/turnover-year-first.js';

/** The rules of the findings that point at the first age group's turnover row. */
function rulesOnYoungRow(rate: string): string[] {
  const facts = extractDocument(docFromText(TURNOVER(rate)), { year: 2031 }).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.source.some((s) => s.line === 8))
    .map((f) => f.rule);
}

describe("a group's turnover rate in a table of year-first headings", () => {
  it('is set against its leavers over the headcount of its group in the staff table', () => {
    expect(rulesOnYoungRow('9.1')).toContain('share.count');
  });

  it('is silent when the rate is its leavers over its headcount', () => {
    expect(rulesOnYoungRow('12.1')).toEqual([]);
  });
});

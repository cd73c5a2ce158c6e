// Extraction and check together: a turnover table whose headings print the year before the measure
// ("FY2031 leavers | FY2031 rate (%)"), under a staff table counting each age group. Invented figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TURNOVER = (youngRate: string): string =>
  [
    'Employees at 30 June                              Unit             FY2031      FY2030',
    '  By age group',
    '  Below 35                                          persons              430         401',
    '  35 and over                                       persons              270         262',
    '  Total employees                                   persons              700         663',
    '',
    'Employee turnover             FY2031 leavers   FY2031 rate (%)   FY2030 leavers   FY2030 rate (%)',
    `  Below 35                                  52              ${youngRate}               47              11.7`,
    '  35 and over                               21               7.8               20               7.6',
    '  Total                                     73              10.4               67              10.1',
    'Turnover rate = leavers in the year ÷ employees in the group at 30 June × 100.',
  ].join('\n');

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

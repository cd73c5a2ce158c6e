import { describe, expect, it } from 'vitest';
import { extractDocument } from '../index.js';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { datedMeasure } from './header.js';

// A turnover table prints each year's leavers and rate side by side, the year first in each heading
// ("FY2031 leavers | FY2031 rate (%) | FY2030 leavers | FY2030 rate (%)"). Invented staff and figures.
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

const factsOf = (text: string) => extractDocument(docFromText(text), { year: 2031 }).facts.map((f) => f.fact);

describe('a heading that prints the year before the measure of its column', () => {
  it('reads the year and the measure', () => {
    expect(datedMeasure('FY2031 leavers')).toEqual({
      year: { year: 2031, role: 'actual' },
      measure: 'leavers',
    });
    expect(datedMeasure('2030 rate (%)')).toEqual({
      year: { year: 2030, role: 'actual' },
      measure: 'rate (%)',
    });
  });

  it("dates each pair of columns by its own year, never the report's", () => {
    const rows = factsOf(TURNOVER('12.1'))
      .filter((f) => f.metric.startsWith('turnover.') && f.dims.age === '<35')
      .map((f) => [f.metric, f.period.year, f.quantity.value.toString()]);
    expect(rows).toEqual([
      ['turnover.count', 2031, '52'],
      ['turnover.rate', 2031, '12.1'],
      ['turnover.count', 2030, '47'],
      ['turnover.rate', 2030, '11.7'],
    ]);
  });
});

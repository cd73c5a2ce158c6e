import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { relativeClauseYears } from '../period/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences that date figures by a year's place ("Last year …", "(previous year …)") and not its number.
function dated(text: string, reportYear: number) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() }).mentions.map((m) => [m.value, m.year]);
}

describe('clauses opening on a relative year', () => {
  it('give the figures after them that year, until their clause or bracket ends', () => {
    expect(
      dated(
        'This year factors: diesel 0.25310 kgCO2e/kWh. Last year factors: diesel 0.25114 kgCO2e/kWh and petrol 0.23380 kgCO2e/kWh.',
        2033,
      ),
    ).toEqual([
      ['0.25310', 2033],
      ['0.25114', 2032],
      ['0.23380', 2032],
    ]);
    expect(
      dated(
        'Landfilled waste was 3,120 tonnes (recycled: 9,470 tonnes; previous year 3,405 tonnes) and hazardous waste 211 tonnes.',
        2033,
      ),
    ).toEqual([
      ['3120', 2033],
      ['9470', 2033],
      ['3405', 2032],
      ['211', 2033],
    ]);
  });

  it('leaves a relative year in mid-clause, a comparison, to the words after the figure', () => {
    expect(relativeClauseYears('Compared with the prior year, water use fell to ', 2033)).toEqual([]);
    expect(
      relativeClauseYears('Sales were €74.1 million (last year: €70.2 million), of which ', 2033),
    ).toEqual([]);
    expect(relativeClauseYears('Sales were €74.1 million (last year: ', 2033)).toEqual([
      { year: 2032, index: 25 },
    ]);
    expect(relativeClauseYears('In the current year, bus fleet fuel was ', 2033)).toEqual([
      { year: 2033, index: 0 },
    ]);
  });
});

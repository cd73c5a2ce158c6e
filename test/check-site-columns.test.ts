// Extraction and check together on a synthetic table whose column groups name plants over their years:
// each figure is its plant's, the company column the whole, and each plant's Scope 2 is checked against
// its own purchased electricity and the stated grid factor.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (lodzScope2: string) =>
  [
    'Sample Castings S.A.',
    'This report covers the year ended 31 December 2025.',
    '',
    'Scope 2 is location-based, using the national grid factor of 0.6812 tCO2/MWh for 2025 and',
    '0.7145 tCO2/MWh for 2024.',
    '',
    'Table 4  Energy and emissions by plant',
    '',
    '                                              Lodz plant             Kielce plant           Company',
    'Indicator                     Unit          2025       2024       2025       2024       2025       2024',
    '-------------------------------------------------------------------------------------------------------',
    'Purchased electricity         MWh         18,406.2   18,950.4   9,233.8    9,418.0   27,640.0   28,368.4',
    'Scope 2 emissions             tCO2e       ' +
      lodzScope2.padStart(8) +
      '   13,540.1   6,290.1    6,729.2   ' +
      (Number(lodzScope2.replace(',', '')) + 6290.1).toLocaleString('en-US', { minimumFractionDigits: 1 }) +
      '   20,269.3',
  ].join('\n');

describe('column groups naming plants over their years', () => {
  it('gives each figure its plant, and the company column none', () => {
    const facts = extractDocument(docFromText(report('12,538.2'))).facts.map((f) => f.fact);
    const scope2 = facts
      .filter((f) => f.metric === 'ghg.scope2')
      .map((f) => [f.dims.site ?? 'whole', f.period.year, f.quantity.value.toString()]);
    expect(scope2).toEqual([
      ['Lodz plant', 2025, '12538.2'],
      ['Lodz plant', 2024, '13540.1'],
      ['Kielce plant', 2025, '6290.1'],
      ['Kielce plant', 2024, '6729.2'],
      ['whole', 2025, '18828.3'],
      ['whole', 2024, '20269.3'],
    ]);
  });

  it("flags the plant whose Scope 2 follows last year's grid factor", () => {
    // 18,406.2 MWh × 0.6812 = 12,538.3 t; 13,151.2 t is 0.7145 (2024's factor) applied again.
    const rules = (text: string) =>
      checkFacts({ facts: extractDocument(docFromText(text)).facts.map((f) => f.fact) })
        .findings.filter((f) => f.rule === 'factor.grid-stated')
        .map((f) => f.actual);
    expect(rules(report('13,151.2'))).toEqual(['19441.3', '13151.2']);
    expect(rules(report('12,538.2'))).toEqual([]);
  });
});

// factor.grid-stated on extracted figures: per-year grid factors stated in a note, a sentence giving a
// location-based and a market-based factor, and a table whose caption closes on its unit.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function gridFindings(text: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts })
    .findings.filter((f) => f.rule === 'factor.grid-stated')
    .map((f) => [f.expected, f.actual]);
}

const HEAD = ['Norrvik Dairy Cooperative', 'This report covers the year ended 31 December 2031.', ''];

describe('factor.grid-stated with both methods in one sentence and the unit in the caption', () => {
  // 61 250,0 MWh × 0,231 = 14 148,8 t; × 0,244 (the 2030 factor) = 14 945,0 t.
  const report = (scope2: string) =>
    [
      ...HEAD,
      'Table 3.1  Energy use by carrier, MWh',
      'Carrier                              2031          2030',
      'Grid electricity                 61 250,0      59 870,0',
      'Natural gas                      88 410,0      90 115,0',
      '',
      'Table 3.2  Greenhouse gas emissions (E1-6), t CO2e',
      'Indicator                              2031          2030',
      'Scope 1                           17 858,8      18 203,2',
      `Scope 2, location-based          ${scope2}      14 608,3`,
      'Scope 2, market-based             9 112,6      10 954,7',
      '',
      'Factors: natural gas 0,202 t CO2e/MWh; national grid (location-based) 0,244 t CO2e/MWh for 2030',
      'and 0,231 t CO2e/MWh for 2031; residual mix (market-based) 0,398 t CO2e/MWh.',
    ].join('\n');

  it("flags location-based Scope 2 that last year's factor gives", () => {
    expect(gridFindings(report('14 945,0'))).toEqual([[expect.stringMatching(/^1414\d/), '14945']]);
  });

  it('passes Scope 2 that is the electricity times its year’s factor', () => {
    expect(gridFindings(report('14 148,8'))).toEqual([]);
  });
});

describe('factor.grid-stated with one grid factor a year stated in a note', () => {
  // 74 620,0 MWh × 0,4412 = 32 922,3 t; × 0,4529 (the 2032 factor) = 33 795,4 t.
  const report = (scope2: string, note: string) =>
    [
      ...HEAD.map((l) => l.replace('2031', '2033')),
      'Indicator                          Unit          2033          2032',
      'Purchased electricity              MWh       74 620,0      72 180,0',
      `Indirect emissions (Scope 2)       tCO2e     ${scope2}      32 690,3`,
      '',
      `Note: ${note}`,
    ].join('\n');
  const notes = [
    'Scope 2 applies the national grid emission factor of each year: 0,4529 (2032) and 0,4412 (2033) tCO2e/MWh.',
    'The grid emission factors used were 0,4412 tCO2e/MWh (2033) and 0,4529 (2032).',
  ];

  it("flags Scope 2 that last year's factor gives", () => {
    for (const note of notes)
      expect(gridFindings(report('33 795,4', note))).toEqual([[expect.stringMatching(/^3292\d/), '33795.4']]);
  });

  it('passes Scope 2 that is the electricity times its year’s factor', () => {
    for (const note of notes) expect(gridFindings(report('32 922,3', note))).toEqual([]);
  });
});

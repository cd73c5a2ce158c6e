import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';

// Invented sentences where a year is only what a figure is set against, not the year it belongs to.
function dated(text: string, reportYear: number) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() }).mentions.map((m) => [m.value, m.year]);
}

describe('a year a figure is compared with', () => {
  it('does not date the figures printed after it in the sentence', () => {
    expect(
      dated(
        'Scope 1 emissions were 52.8 kt CO2-e, 3.2% below FY31, and Scope 2 emissions 18.4 kt CO2-e, 0.7% above FY31.',
        2032,
      ),
    ).toEqual([
      ['52.8', 2032],
      ['3.2', 2032],
      ['18.4', 2032],
      ['0.7', 2032],
    ]);
    const after = dated('Water use was 8% lower than 2031, and landfilled waste was 4,120 tonnes.', 2032);
    expect(after.filter((m) => m[0] === '4120')).toEqual([['4120', 2032]]);
  });

  it('still lets a year that opens a clause date it', () => {
    expect(dated('In 2030, waste was 5,210 tonnes.', 2032)).toEqual([['5210', 2030]]);
  });

  it('leaves the year of a figure a change starts from to that figure', () => {
    const text =
      'In 2031, the Group earned revenue of NZD 842.6 million, up 4.1% from NZD 809.4 million in 2030, and shipped 61,250 tonnes of product.';
    expect(dated(text, 2031)).toEqual([
      ['842.6', 2031],
      ['809.4', 2030],
      ['61250', 2031],
    ]);
  });
});

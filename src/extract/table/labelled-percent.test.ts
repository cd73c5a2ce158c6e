import { describe, expect, it } from 'vitest';
import type { ReportLine } from '../layout/index.js';
import { labelledPercentSentences } from './side-by-side.js';

const row = (no: number, cells: string[]): ReportLine => ({
  no,
  cells,
  text: cells.join('\t'),
  raw: cells.join('   '),
});

// Invented key-figures rows printed label first, one figure a row.
describe('a key-figures row whose label may word a change', () => {
  it('reads a percentage row as the sentence it would be printed as, figure first', () => {
    const block = {
      rows: [
        row(3, ['Water withdrawn (m³)', '48,310']),
        row(4, ['Decrease in Scope 1+2 emissions vs 2030', '6.4%']),
        row(5, ['ירידה בפליטות Scope 1 & 2 לעומת 2030', '%3.9']),
      ],
    };
    expect(labelledPercentSentences(block).map((l) => [l.no, l.text])).toEqual([
      [4, '6.4% Decrease in Scope 1+2 emissions vs 2030.'],
      [5, '3.9% ירידה בפליטות Scope 1 & 2 לעומת 2030.'],
    ]);
  });

  it('reads no row of a table with years', () => {
    expect(labelledPercentSentences({ rows: [row(9, ['Women in management', '31.5%', '30.2%'])] })).toEqual(
      [],
    );
  });
});

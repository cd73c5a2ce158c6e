import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { readFigureFirstBlocks } from './figure-first-block.js';

const read = (text: string[]) =>
  readFigureFirstBlocks(toReportLines(docFromText(text.join('\n'))), {
    reportYear: 2031,
    ignore: () => false,
  }).mentions.map((m) => [m.line, m.value, m.unit, m.label, m.year]);

// Synthetic key-figures pages printed one tile under another. Every figure is invented.
describe('highlight tiles stacked one under another: a name, its figure, a gloss', () => {
  it('names each figure by the line over it and dates it by the report, not by a gloss', () => {
    const text = [
      'THE YEAR IN BRIEF',
      '',
      'Zinc concentrate shipped',
      '184,260 t',
      'up 3.2% on 2030',
      '',
      'Net sales',
      'EUR 1,402.6 million',
      '',
      'Recordable injury rate',
      '1.74',
      'per million hours worked',
    ];
    expect(read(text)).toEqual([
      [4, '184260', 't', 'Zinc concentrate shipped', 2031],
      [8, '1402.6', 'EUR million', 'Net sales', 2031],
      [11, '1.74', '', 'Recordable injury rate', 2031],
    ]);
  });

  it('leaves a heading over a page number, a sentence over a figure and a label block alone', () => {
    expect(read(['', 'Our people', '14', ''])).toEqual([]);
    expect(read(['', 'We shipped more this year.', '184,260 t', ''])).toEqual([]);
    expect(read(['', 'Water drawn', '412,300 m³', 'Energy used', '', ''])).toEqual([]);
  });
});

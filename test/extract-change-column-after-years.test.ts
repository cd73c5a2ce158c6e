// A change column one or two spaces after the last year's heading ("2023  Change %", "2023 Var. 25/24") is its
// own column: the years keep their figures, and the last figure is the change, not a year's value.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (changeHeading: string, unitHeading = 'Unit', gap = '  ') =>
  [
    'Havrefjell Mouldings - Sustainability data 2025',
    '',
    `Indicator                      ${unitHeading.padEnd(10)}     2025        2024        2023${gap}${changeHeading}`,
    'Solvent recovered              t              318.4       302.9       287.1       5.1 %',
    'Sludge sent to landfill        t            1 204.6     1 266.0     1 301.2      -4.8 %',
  ].join('\n');

const valuesByYear = (text: string, line: number) =>
  extractDocument(docFromText(text))
    .facts.map((f) => f.fact)
    .filter(
      (f) =>
        f.provenance.kind === 'document' &&
        f.provenance.location.line === line &&
        f.quantity.unit.symbol === 't',
    )
    .map((f) => `${String(f.period.year)}:${f.quantity.value.toString()}`)
    .sort();

describe('a change column after the last year', () => {
  it.each([['Change %'], ['Var. 25/24'], ['Évolution']])(
    'reads each year under its own column (%s)',
    (heading) => {
      expect(valuesByYear(report(heading), 5)).toEqual(['2023:1301.2', '2024:1266', '2025:1204.6']);
    },
  );

  it.each([['Var. 25/24'], ['Δ %'], ['% change']])(
    'reads a change heading one space after the last year as its own column (%s)',
    (heading) => {
      expect(valuesByYear(report(heading, 'Unit', ' '), 5)).toEqual([
        '2023:1301.2',
        '2024:1266',
        '2025:1204.6',
      ]);
    },
  );

  it('reads a French units heading ("Unité") as the units column', () => {
    expect(valuesByYear(report('Var. 25/24', 'Unité'), 4)).toEqual([
      '2023:287.1',
      '2024:302.9',
      '2025:318.4',
    ]);
  });
});

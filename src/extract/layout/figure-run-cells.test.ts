import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractDocument } from '../pipeline/index.js';
import { partFigureRuns } from './figure-run-cells.js';

// Made-up table rows whose columns one space apart a converter left in one tab cell.
describe('columns printed one space apart in one tab cell', () => {
  it('parts a run of comma-grouped figures and a year before a year', () => {
    expect(partFigureRuns(['Total fuel', '2,418,306.4', '2,501,877.0 671,751.8 694,965.8'])).toEqual([
      'Total fuel',
      '2,418,306.4',
      '2,501,877.0',
      '671,751.8',
      '694,965.8',
    ]);
    expect(partFigureRuns(['Energy', '2025', '2024', '2022 2018 (base)'])).toEqual([
      'Energy',
      '2025',
      '2024',
      '2022',
      '2018 (base)',
    ]);
  });

  it('leaves figures grouped by spaces, words and a lone figure as they are', () => {
    expect(partFigureRuns(['Heads', '1 204', '3 862 4 886', 'Scope 1 2025'])).toEqual([
      'Heads',
      '1 204',
      '3 862 4 886',
      'Scope 1 2025',
    ]);
  });

  it('dates each figure of the run by the year over its column', () => {
    const facts = extractDocument(
      docFromText(
        [
          'Tarnholm Mills',
          'Annual report 2025',
          '',
          'Table 4\tEnergy use',
          'Carrier\tEnergy (GJ)\tEnergy (MWh)',
          '                    2025\t2024\t2025\t2024',
          'Natural gas\t2,106,720.0\t2,188,044.0\t585,200.0\t607,790.0',
          'Total energy consumption\t2,418,306.4\t2,501,877.0 671,751.8 694,965.8',
        ].join('\n'),
      ),
    ).facts;
    expect(facts.map((f) => [f.fact.quantity.value.toString(), f.fact.period.year])).toEqual(
      expect.arrayContaining([
        ['671751.8', 2025],
        ['694965.8', 2024],
      ]),
    );
  });
});

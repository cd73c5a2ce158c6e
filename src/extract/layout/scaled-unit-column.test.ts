import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';
import { measuresOverFigures } from './measure-header.js';

// A made-up table by depot: a unit column whose units open with the scale the figures are counted in.
describe('a unit column of scaled units under a header of measures', () => {
  const header = 'Resource          Unit             Northgate    Eastholm';
  const rows = [
    'Grid power        10,000 kWh         61.8          47.3',
    'Mains water       1,000 m3           12.6           9.4',
    "Packaging         '000 tonnes         2.7           1.9",
  ];

  it('parts the header into label, unit and one heading a figure', () => {
    for (const row of rows)
      expect(measuresOverFigures(header, [row])).toEqual([['Resource', '', 'Northgate', 'Eastholm']]);
  });

  it('names each figure by its column and keeps the scaled unit', () => {
    const found = tableMentions(['Depot resource use', '', header, ...rows].join('\n'), 2025);
    expect(found.map((m) => [m.value, m.unit, m.column])).toEqual([
      ['61.8', '10,000 kWh', 'Northgate'],
      ['47.3', '10,000 kWh', 'Eastholm'],
      ['12.6', '1,000 m3', 'Northgate'],
      ['9.4', '1,000 m3', 'Eastholm'],
      ['2.7', "'000 tonnes", 'Northgate'],
      ['1.9', "'000 tonnes", 'Eastholm'],
    ]);
  });

  it('does not take a figure with a word after it for a unit', () => {
    expect(
      measuresOverFigures(header, ['Grid power        25 kWh         61.8          47.3']),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// A made-up table of coded rows: one row's label wraps, its code and first words on a line of their own.
const TABLE = [
  'Table 4  Fuel use',
  'GRI         Indicator                                         Unit                   2028         2029         2030',
  '-------------------------------------------------------------------------------------------------------------------',
  '302-1       Grid electricity                                  MWh                14,218.6     13,104.2     12,392.2',
  '302-1       Heating oil for the depot boilers',
  '            (energy content)                                  MWh                 5,552.5      3,732.5      4,810.1',
  '302-1       Total energy consumption                          MWh                19,771.1     16,836.7     17,202.3',
].join('\n');

describe('a coded row whose label wraps onto the line of its figures', () => {
  it('stays in the table, so the rows under it keep their year columns', () => {
    const rows = tableRows(TABLE, 2030).filter((r) => r[0] === 'Total energy consumption');
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ['19771.1', 2028],
      ['16836.7', 2029],
      ['17202.3', 2030],
    ]);
  });

  it('joins the wrapped words to the label of the figures', () => {
    const rows = tableRows(TABLE, 2030).filter((r) => String(r[0]).includes('(energy content)'));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['302-1 Heating oil for the depot boilers (energy content)', '5552.5', 2028],
      ['302-1 Heating oil for the depot boilers (energy content)', '3732.5', 2029],
      ['302-1 Heating oil for the depot boilers (energy content)', '4810.1', 2030],
    ]);
  });
});

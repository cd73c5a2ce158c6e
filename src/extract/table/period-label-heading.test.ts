import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// A made-up monthly table: the label column is headed by the period each row is, the caption gives the unit.
describe('a calendar period heading the label column', () => {
  const rows = (corner: string) =>
    tableRows(
      [
        'Monthly grid electricity at the Tarrow yard (MWh)',
        '',
        `${corner.padEnd(19)}2025        2024`,
        'January           2,317       2,290',
        'February          2,104       2,088',
      ].join('\n'),
      2025,
    );

  it('names the rows, not the unit of their figures', () => {
    expect(rows('Month')).toEqual([
      ['January', '2317', 'MWh', 2025],
      ['January', '2290', 'MWh', 2024],
      ['February', '2104', 'MWh', 2025],
      ['February', '2088', 'MWh', 2024],
    ]);
    expect(rows('Quarter').map((r) => r[2])).toEqual(['MWh', 'MWh', 'MWh', 'MWh']);
  });

  it('still gives its unit when it prints one', () => {
    expect(rows('kWh').map((r) => r[2])).toEqual(['kWh', 'kWh', 'kWh', 'kWh']);
  });
});

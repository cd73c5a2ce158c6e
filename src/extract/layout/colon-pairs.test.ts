import { describe, expect, it } from 'vitest';
import { colonPairCells } from './colon-pairs.js';

// Made-up key-figures lines, as an "at a glance" page sets its `Name: figure` items side by side.
describe('a line of key figures printed as `Name: figure` items', () => {
  it('cuts bulleted items into a name and a figure each, units kept with their figures', () => {
    expect(
      colonPairCells(
        '  ▪ Guest nights: 96.512        ▪ Revenue: 12,4 mil. €     ▪ Scope 1 and 2: 1.204,6 t CO2e',
      ),
    ).toEqual(['Guest nights', '96.512', 'Revenue', '12,4 mil. €', 'Scope 1 and 2', '1.204,6 t CO2e']);
    expect(colonPairCells('Employees: 1,318   Water withdrawn: 88,410 m³')).toEqual([
      'Employees',
      '1,318',
      'Water withdrawn',
      '88,410 m³',
    ]);
    expect(colonPairCells('► Zaposleni: 412 ► Stopnja recikliranja: 61,3 %')).toEqual([
      'Zaposleni',
      '412',
      'Stopnja recikliranja',
      '61,3 %',
    ]);
  });

  it('leaves one item, prose, dated names and bracketed prior years alone', () => {
    expect(colonPairCells('  ▪ Guest nights: 96.512')).toBeUndefined();
    expect(
      colonPairCells('Note: 14 sites were audited in the year, and the rest: 3 in 2026'),
    ).toBeUndefined();
    expect(
      colonPairCells('   FY 2030-31 (Current Year): 58 days      FY 2029-30 (Previous Year): 63 days'),
    ).toBeUndefined();
    expect(colonPairCells('  (2030: 41.7%)          (2030: 118,200)')).toBeUndefined();
    expect(colonPairCells('Revenue: 12.4 vs 11.9 million   Staff: 1,318')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { splitRow } from './split-row.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up space-aligned table with a unit column whose units are per a counted thing.
function read(text: string, reportYear = 2024) {
  return tableMentions(text, reportYear);
}
const brief = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.label, m.value, m.unit, m.column]);

describe('a unit column of units per a counted thing', () => {
  const text = [
    'Table 6 Depot performance',
    'Measure                              Unit                North       South       Total',
    'Parcels delivered                    parcels delivered   2,140,500   1,802,300   3,942,800',
    'Fuel per parcel                      kWh/parcel              0.412       0.395       0.404',
    'Emissions per parcel                 gCO2e per parcel      102.000      98.500     100.400',
    'Scope 1 – fleet combustion emissions  tCO2e                 219.4       177.5       396.9',
  ].join('\n');
  const found = read(text);

  it('reads a count noun restating the label as the row’s unit, not more label', () => {
    expect(brief(found, 3)[0]).toEqual(['Parcels delivered', '2140500', 'parcels delivered', 'North']);
  });

  it('reads a unit over a noun ("kWh/parcel", "gCO2e per parcel") as the row’s unit', () => {
    expect(brief(found, 4).map((r) => r[2])).toEqual(['kWh/parcel', 'kWh/parcel', 'kWh/parcel']);
    expect(brief(found, 5)[0]?.slice(0, 3)).toEqual(['Emissions per parcel', '102.000', 'gCO2e per parcel']);
  });

  it('reads "102.000" as a decimal where the row prints other figures to three decimals', () => {
    expect(brief(found, 5).map((r) => r[1])).toEqual(['102.000', '98.500', '100.400']);
  });

  it('parts a unit from a long label only two spaces before it', () => {
    expect(brief(found, 6)[2]).toEqual(['Scope 1 – fleet combustion emissions', '396.9', 'tCO2e', 'Total']);
  });
});

describe('splitRow', () => {
  it('still joins a word the layout cut in two, and reads "315.000" alone as thousands', () => {
    const parts = splitRow(['Total e', 'mployees', '315.000']);
    expect(parts.labels.map((l) => l.text)).toEqual(['Total employees']);
    expect(parts.values[0]?.cell.kind === 'value' ? parts.values[0].cell.value : '').toBe('315000');
  });
});

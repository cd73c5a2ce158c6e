import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

function read(text: string, reportYear = 2026) {
  return tableMentions(text, reportYear);
}
const cells = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.label, m.value, m.year, m.column ?? '']);

describe('a year-named row indented under a named row, under a header of measures', () => {
  it("prints the named row's figures for that year, each under the column printed over it", () => {
    const found = read(
      [
        'Exhibit 6  Harbour dues, 2026 (2025)',
        '',
        'Item              Sum, NOK m   Paid, NOK m   Paid, %   Open, NOK m',
        'Quay fees              640,5         512,4      80,0         128,1',
        '  2025                 602,0         455,3      75,6',
        'Pilotage               210,0         168,0      80,0          42,0',
      ].join('\n'),
    );
    expect(cells(found, 5)).toEqual([
      ['Quay fees', '602.0', 2025, 'Sum, NOK m'],
      ['Quay fees', '455.3', 2025, 'Paid, NOK m'],
      ['Quay fees', '75.6', 2025, 'Paid, %'],
    ]);
    expect(cells(found, 6)[0]).toEqual(['Pilotage', '210.0', 2026, 'Sum, NOK m']);
  });

  it('leaves rows named by their years at the margin to the years-as-rows reading', () => {
    const found = read(
      [
        'Year              Fresh water (m³)     Recycled (%)',
        'FY2025                      84,210             31.6',
        'FY2024                      80,115             29.9',
      ].join('\n'),
    );
    expect(cells(found, 2)).toEqual([
      ['Fresh water (m3)', '84210', 2025, ''],
      ['Recycled (%)', '31.6', 2025, ''],
    ]);
  });

  it("reads an indented line of years under such a table as the next table's header", () => {
    const found = read(
      [
        'Item              Sum, NOK m   Paid, NOK m   Paid, %',
        'Quay fees              640,5         512,4      80,0',
        '                                 2025          2026',
        '  Pilotage fees                 198,0         210,0',
      ].join('\n'),
    );
    expect(cells(found, 4).map(([label, , year]) => [label, year])).toEqual([
      ['Pilotage fees', 2025],
      ['Pilotage fees', 2026],
    ]);
  });
});

describe('a row naming an earlier year "for comparison" under a named row', () => {
  it("reads it as the named row's figures for that year, not as a part named by its words", () => {
    const found = read(
      [
        'Table 3 – Staff by depot and gender, 31 December 2026 (persons)',
        '',
        'Depot                       Men     Women     Total',
        'Lakeside                    418       203       621',
        'Hillcrest                   257       311       568',
        'All depots                  675       514     1 189',
        '  2025 for comparison       648       497     1 145',
      ].join('\n'),
    );
    expect(cells(found, 7)).toEqual([
      ['All depots', '648', 2025, 'Men'],
      ['All depots', '497', 2025, 'Women'],
      ['All depots', '1145', 2025, 'Total'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up space-aligned table: a unit column for the amounts, and energy columns naming their own units.
function read(text: string) {
  return tableMentions(text, 2025);
}
const brief = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.value, m.unit, m.year]);

describe('a unit column beside columns that print their own unit', () => {
  const text = [
    'Table 9  Depot fuels',
    '',
    'Carrier                     Unit of      Amount              Heat (GJ)            Heat (MWh)',
    '                            amount    2025      2024      2025       2024       2025      2024',
    '----------------------------------------------------------------------------------------------',
    'Propane (forklifts)         tonnes     412       398     19,488     18,825     5,413.3   5,229.2',
    'Grid power (depots)         MWh      1,205     1,190      4,338      4,284     1,205.0   1,190.0',
    'Total                                                    23,826     23,109     6,618.3   6,419.2',
  ].join('\n');
  const found = read(text);

  it('gives the unit cell to the unitless columns and each other column its own unit', () => {
    expect(brief(found, 6)).toEqual([
      ['412', 'tonnes', 2025],
      ['398', 'tonnes', 2024],
      ['19488', 'GJ', 2025],
      ['18825', 'GJ', 2024],
      ['5413.3', 'MWh', 2025],
      ['5229.2', 'MWh', 2024],
    ]);
    expect(brief(found, 7).map((b) => b[1])).toEqual(['MWh', 'MWh', 'GJ', 'GJ', 'MWh', 'MWh']);
  });

  it('reads the total row in the columns’ units', () => {
    expect(brief(found, 8)).toEqual([
      ['23826', 'GJ', 2025],
      ['23109', 'GJ', 2024],
      ['6618.3', 'MWh', 2025],
      ['6419.2', 'MWh', 2024],
    ]);
  });

  it('keeps the unit cell for every column when no column prints a unit', () => {
    const plain = read(
      [
        'Carrier                 Unit        2025        2024',
        'Propane                 tonnes       412         398',
        'Diesel                  litres    18,200      17,950',
      ].join('\n'),
    );
    expect(brief(plain, 3).map((b) => b[1])).toEqual(['litres', 'litres']);
  });
});

describe('column headings that print their unit after a comma', () => {
  const text = [
    'Table 3  Orchard yields by estate, 2025',
    '',
    'Estate                Area, ha    Harvest, tonnes    Water, m3',
    'North Ridge               1,240             8,615       41,300',
    'Lower Valley                980             6,072       33,950',
  ].join('\n');

  it('gives each column the unit its heading names after the comma', () => {
    expect(brief(read(text), 4).map((b) => b[1])).toEqual(['ha', 'tonnes', 'm3']);
  });
});

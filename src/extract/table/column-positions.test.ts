import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up space-aligned tables whose rows leave a column blank.
function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const named = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.column ?? m.label, m.value, m.year]);

describe('figures placed under the columns printed over them', () => {
  it('places figures under JSE-style "F2025" year headings that leave their share columns blank', () => {
    const found = read(
      [
        'DISTRIBUTION OF VALUE',
        'R million                                  F2025       %       F2024       %',
        '----------------------------------------------------------------------------',
        'Turnover                                 9 318.7             8 702.5',
        'Wealth created                           4 120.9   100.0     3 877.3   100.0',
      ].join('\n'),
    );
    expect(named(found, 4)).toEqual([
      ['Turnover', '9318.7', 2025],
      ['Turnover', '8702.5', 2024],
    ]);
  });
  it('reads a row that leaves a year blank under names spanning unequal runs of years', () => {
    const found = read(
      [
        'Table 6 Crew and departures',
        '                             Crew                 Departures   Departure rate (%)',
        'Vessel group            2025       2024              2025        2025       2024',
        '-------------------------------------------------------------------------------',
        'All vessels              1,306     1,254               97         7.4        8.9',
        '  Deck officers            218       209               12         5.5',
        '  Engine ratings           640       611',
      ].join('\n'),
    );
    expect(named(found, 5)).toEqual([
      ['Crew', '1306', 2025],
      ['Crew', '1254', 2024],
      ['Departures', '97', 2025],
      ['Departure rate (%)', '7.4', 2025],
      ['Departure rate (%)', '8.9', 2024],
    ]);
    expect(named(found, 6)).toEqual([
      ['Crew', '218', 2025],
      ['Crew', '209', 2024],
      ['Departures', '12', 2025],
      ['Departure rate (%)', '5.5', 2025],
    ]);
    expect(named(found, 7)).toEqual([
      ['Crew', '640', 2025],
      ['Crew', '611', 2024],
    ]);
  });

  it('reads a row of a year that leaves a measure blank, a remark closing the row', () => {
    const found = read(
      [
        'Table 3 Fleet fuel path (kilolitres)',
        'Year             Planned ceiling     Burnt      Status',
        '--------------------------------------------------------',
        'FY20 (base)              44,100     44,100              –',
        'FY22                     41,200     41,870      over plan',
        'FY24                     38,600     36,950      under plan',
        'FY28                     31,900',
      ].join('\n'),
    );
    expect(named(found, 5)).toEqual([
      ['Planned ceiling', '41200', 2022],
      ['Burnt', '41870', 2022],
    ]);
    expect(named(found, 7)).toEqual([['Planned ceiling', '31900', 2028]]);
  });

  it('reads a row that leaves the earliest year blank, and one whose figure stands under no heading from the right', () => {
    const found = read(
      [
        'Indicator                     2025     2024     2023',
        'Grey water (ML)                 3.1      2.9',
        'Rain water (ML)         0.8',
      ].join('\n'),
    );
    expect(named(found, 2)).toEqual([
      ['Grey water (ML)', '3.1', 2025],
      ['Grey water (ML)', '2.9', 2024],
    ]);
    expect(named(found, 3)).toEqual([['Rain water (ML)', '0.8', 2023]]);
  });

  it('places the figures of a row whose label prints a figure cleaning rewrote ("1.000.000", "CO₂")', () => {
    const found = read(
      [
        'Tabelle 4: Sicherheit',
        '                                            2025      2024   Veränderung   Quelle',
        '-------------------------------------------------------------------------------',
        'Stunden                                2.406.500  2.318.900         +3,8   S1-14 §88',
        'Rate (je 1.000.000 Stunden)                 2,91       3,45        -15,7   S1-14 §88c',
        'Intensität (kg CO₂e je Stunde)              0,84       0,88         -4,5   E1-6 §53',
      ].join('\n'),
    );
    expect(named(found, 5).map(([, value, year]) => [value, year])).toEqual([
      ['2.91', 2025],
      ['3.45', 2024],
    ]);
    expect(named(found, 6).map(([, value, year]) => [value, year])).toEqual([
      ['0.84', 2025],
      ['0.88', 2024],
    ]);
  });
});

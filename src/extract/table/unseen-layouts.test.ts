import { describe, expect, it } from 'vitest';
import { parseYearCell } from './year-cell.js';
import { sideBySideTables } from './side-by-side.js';
import { splitRow } from './split-row.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables in layouts of reports from outside Hong Kong and mainland China (UK, Malaysia).
function read(text: string, reportYear = 2024) {
  return tableMentions(text, reportYear);
}
const brief = (found: ReturnType<typeof read>) => found.map((m) => [m.line, m.value, m.unit, m.year]);

describe('space-aligned tables of fiscal years', () => {
  it('dates each column by the year its fiscal year ends, a target column as a target', () => {
    const found = read(
      [
        '  Table 7: Fleet fuel',
        '',
        '  MWh                      2023/24      2022/23   Target 2027/28',
        '  Fleet diesel               4,310        4,655            2,900',
        '  Biomethane                   nil          118                –',
      ].join('\n'),
    );
    expect(brief(found)).toEqual([
      // The label column's header names the figures' unit.
      [4, '4310', 'MWh', 2024],
      [4, '4655', 'MWh', 2023],
      [4, '2900', 'MWh', 2028],
      [5, '0', 'MWh', 2024],
      [5, '118', 'MWh', 2023],
    ]);
    expect(found.map((m) => m.basis)).toEqual(['actual', 'actual', 'target', 'actual', 'actual']);
  });

  it('spreads fiscal years over the repeated headings they span', () => {
    const found = read(
      [
        'Table 3 Staff by depot',
        '                       2023/24                        2022/23',
        'Depot           Women      Men    Total    Women      Men    Total',
        'Northgate          41      316      357       38      309      347',
      ].join('\n'),
    );
    expect(found.map((m) => [m.value, m.year, m.column])).toEqual([
      ['41', 2024, 'Women'],
      ['316', 2024, 'Men'],
      ['357', 2024, 'Total'],
      ['38', 2023, 'Women'],
      ['309', 2023, 'Men'],
      ['347', 2023, 'Total'],
    ]);
  });

  it('reads rows named by a two-digit fiscal year under a header of measures', () => {
    expect(parseYearCell('FY21/22')?.year).toBe(2022);
    expect(parseYearCell('FY21/23')).toBeUndefined();
    const found = read(
      ['Period\tSteam (GJ)\tWater (m³)', 'FY21/22\t8,410\t51,200', 'FY22/23\t7,985\t49,860'].join('\n'),
    );
    expect(found.map((m) => [m.label, m.value, m.year])).toEqual([
      ['Steam (GJ)', '8410', 2022],
      ['Water (m3)', '51200', 2022],
      ['Steam (GJ)', '7985', 2023],
      ['Water (m3)', '49860', 2023],
    ]);
  });
});

describe('a line of units under the years and a change column', () => {
  it('gives each year its unit and keeps the change column apart', () => {
    const found = read(
      [
        '                               2023         2022     Change',
        '                              (MWh)        (MWh)        (%)',
        '  Chilled water               9,120        9,600      (5.0)',
        '  Lighting                    1,340        1,420      (5.6)',
      ].join('\n'),
    );
    expect(brief(found)).toEqual([
      [3, '9120', 'MWh', 2023],
      [3, '9600', 'MWh', 2022],
      [4, '1340', 'MWh', 2023],
      [4, '1420', 'MWh', 2022],
    ]);
  });
});

describe('tables printed side by side', () => {
  it('finds a header that repeats its years after a second label', () => {
    expect(sideBySideTables(['Waste by type', '2023', '2022', 'Water by source', '2023', '2022'])).toBe(2);
    expect(sideBySideTables(['Indicator', '2023', '2022', 'Unit'])).toBe(0);
    expect(sideBySideTables(['', 'Male', '2023', '2022', 'Female', '2023'])).toBe(0);
  });

  it('reads each table with its own labels and title', () => {
    const found = read(
      [
        'Waste by type (t)    2023    2022      Water by source (m3)    2023    2022',
        'Paper                  41      44      Municipal              9,810   9,440',
        'Plastics               12      15      Rainwater                620     575',
      ].join('\n'),
      2023,
    );
    expect(found.map((m) => [m.line, m.label, m.value, m.year, m.context[0]])).toEqual([
      [2, 'Paper', '41', 2023, 'Waste by type (t)'],
      [2, 'Paper', '44', 2022, 'Waste by type (t)'],
      [3, 'Plastics', '12', 2023, 'Waste by type (t)'],
      [3, 'Plastics', '15', 2022, 'Waste by type (t)'],
      [2, 'Municipal', '9810', 2023, 'Water by source (m3)'],
      [2, 'Municipal', '9440', 2022, 'Water by source (m3)'],
      [3, 'Rainwater', '620', 2023, 'Water by source (m3)'],
      [3, 'Rainwater', '575', 2022, 'Water by source (m3)'],
    ]);
  });
});

describe('a unit column with a printed scale', () => {
  it('reads "10,000 kWh" left of the figures as the row’s unit, not a figure', () => {
    const parts = splitRow(['Purchased steam', '10,000 kWh', '12.5', '11.8']);
    expect(parts.unit).toBe('10,000 kWh');
    expect(parts.values.map((v) => (v.cell.kind === 'value' ? v.cell.value : ''))).toEqual(['12.5', '11.8']);
    expect(splitRow(['Highlights', '18,402 m³']).values).toHaveLength(1);
  });
});

describe('rows of three-digit figures and labels wrapped over two lines', () => {
  it('does not take a row of three-digit figures for cut-off years', () => {
    const found = read(
      [
        '\t2021\t2022\t2023',
        'Contractors\t310\t296\t288',
        'of whom on site\t198\t201\t209',
        'Visitors\t52\t61\t70',
      ].join('\n'),
      2023,
    );
    expect(found.filter((m) => m.line === 4).map((m) => [m.value, m.year])).toEqual([
      ['52', 2021],
      ['61', 2022],
      ['70', 2023],
    ]);
    expect(found.filter((m) => m.line === 3).map((m) => m.value)).toEqual(['198', '201', '209']);
  });

  it('joins a label that stops at a joining word to the row below that holds the figures', () => {
    const found = read(
      ['\t2023\t2022', 'Water use change versus', 'Base year 2015 (%)\t−18.0\t−15.5'].join('\n'),
      2023,
    );
    expect(found.map((m) => [m.label, m.value])).toEqual([
      ['Water use change versus Base year 2015 (%)', '-18.0'],
      ['Water use change versus Base year 2015 (%)', '-15.5'],
    ]);
  });

  it('takes the unit a wrapped label closes with over the column unit it refines', () => {
    const found = read(
      [
        '                          2023        2022',
        '                        (kgCO2e)    (kgCO2e)',
        '  Emissions per pallet shipped (kgCO2e per        1.92        2.05',
        '    tonne)',
      ].join('\n'),
      2023,
    );
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      ['1.92', 'kgCO2e per tonne'],
      ['2.05', 'kgCO2e per tonne'],
    ]);
  });
});

describe('a line the layout left whole', () => {
  it('is no heading over the rows below it when it states a figure of its own', () => {
    const found = read(
      [
        'Year at a glance',
        'Scope 3',
        'Business travel\t1,204\t980',
        'Average commute 12.6 km',
        'Lost-time incidents\tnil',
      ].join('\n'),
      2023,
    );
    expect(found.find((m) => m.line === 3)?.context).toContain('Scope 3');
    expect(found.find((m) => m.line === 5)?.context).not.toContain('Average commute 12.6 km');
    expect(found.find((m) => m.line === 5)?.value).toBe('0');
  });
});

import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up space-aligned tables whose column names and units wrap over header lines.
function read(text: string, reportYear = 2023) {
  return tableMentions(text, reportYear);
}
const named = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.label, m.value, m.unit, m.year]);

describe('a header printed over several lines, years as rows', () => {
  it('gives each column the words stacked over it, a short line finishing only some columns', () => {
    const found = read(
      [
        'Table 4.2 Fuel and power use',
        '----------------------------------------------------------------------------------',
        '          Grid             Wind power         LPG             Total energy   Energy intensity',
        'Period    power            (on-site)          (tonnes)        (TJ)           (TJ/A$ million',
        '          (GWh)            (GWh)                                             sales)',
        '----------------------------------------------------------------------------------',
        '2021      61.35            2.04               118.6           240.7          0.412',
        '2023      58.90            3.77               104.2           233.1          0.371',
      ].join('\n'),
    );
    expect(named(found, 8)).toEqual([
      ['Grid power (GWh)', '58.90', 'GWh', 2023],
      ['Wind power (on-site) (GWh)', '3.77', 'GWh', 2023],
      ['LPG (tonnes)', '104.2', 'tonnes', 2023],
      ['Total energy (TJ)', '233.1', 'TJ', 2023],
      ['Energy intensity (TJ/A$ million sales)', '0.371', 'TJ/A$ million sales', 2023],
    ]);
  });

  it('runs a one-cell second line on under the column it is printed under', () => {
    const found = read(
      [
        'Table 1 Value distributed (unit: S$ thousand)',
        'Year      Turnover         Payments to        Community',
        '                           suppliers          investment',
        '2022      912,400          611,250            3,140',
        '2023      958,020          640,880            3,905',
      ].join('\n'),
    );
    expect(named(found, 5)).toEqual([
      ['Turnover', '958020', 'S$ thousand', 2023],
      ['Payments to suppliers', '640880', 'S$ thousand', 2023],
      ['Community investment', '3905', 'S$ thousand', 2023],
    ]);
  });

  it('keeps a group row under the header out of it (words under the label column)', () => {
    const found = read(
      [
        '                         Employees        Hours of',
        '                         trained          training',
        'By grade',
        'Supervisors              214              3,852',
        'Operators                1,066            12,790',
      ].join('\n'),
    );
    expect(found.map((m) => [m.label, m.column, m.value])).toEqual([
      ['Supervisors', 'Employees trained', '214'],
      ['Supervisors', 'Hours of training', '3852'],
      ['Operators', 'Employees trained', '1066'],
      ['Operators', 'Hours of training', '12790'],
    ]);
    expect(found[0]?.context).toContain('By grade');
  });

  it('parts names printed one space apart over two columns, and dates a total over its fiscal year', () => {
    const found = read(
      [
        'Table 7 Mill output, 2024/25',
        '                     Hedmark  Oppland Innlandet     Total     Total',
        '                                                  2024/25   2023/24',
        '-------------------------------------------------------------------',
        'Sawn timber (m3)      41,200   38,900    12,050    92,150    90,480',
      ].join('\n'),
      2025,
    );
    expect(found.map((m) => [m.column, m.value, m.year, m.dims.site])).toEqual([
      ['Hedmark', '41200', 2025, 'Hedmark'],
      ['Oppland', '38900', 2025, 'Oppland'],
      ['Innlandet', '12050', 2025, 'Innlandet'],
      ['Total', '92150', 2025, undefined],
      ['Total', '90480', 2024, undefined],
    ]);
  });
});

describe('a header cut at tabs whose base, change and target headings finish on the line below', () => {
  it('finishes each heading by the kind of cell below it, in order', () => {
    const found = read(
      [
        'Code\tItem\tUnit\tBase year\t2024\t2025\t%-change\tTarget',
        '                                      2019\t25/24\t2030',
        'R-1\tWater drawn\tML\t1,840\t1,512\t1,466\t-3.0\t1,200',
        'R-2\tWaste landfilled\tt\t9,300\t4,105\t3,990\t-2.8',
      ].join('\n'),
      2025,
    );
    const rows = found.filter((m) => m.line === 3).map((m) => [m.value, m.year, m.basis]);
    expect(rows).toEqual([
      ['1840', 2019, 'actual'],
      ['1512', 2024, 'actual'],
      ['1466', 2025, 'actual'],
      ['1200', 2030, 'target'],
    ]);
  });
});

describe('a header cut at tabs, base and target headings in another language', () => {
  it('finishes the base-year and target headings of year-roles.data.json (Croatian "Bazna godina", "Cilj")', () => {
    const found = read(
      [
        'Oznaka\tPokazatelj\tJedinica\tBazna godina\t2024\t2025\tPromjena %\tCilj',
        '                                      2020\t25/24\t2030',
        'V-1\tZahvaćena voda\tML\t947\t812\t766\t-6\t700',
        'V-2\tOdloženi otpad\tt\t530\t418\t402\t-4',
      ].join('\n'),
      2025,
    );
    const rows = found.filter((m) => m.line === 3).map((m) => [m.value, m.year, m.basis]);
    expect(rows).toEqual([
      ['947', 2020, 'actual'],
      ['812', 2024, 'actual'],
      ['766', 2025, 'actual'],
      ['700', 2030, 'target'],
    ]);
  });
});

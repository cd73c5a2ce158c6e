import { describe, expect, it } from 'vitest';
import { measuresOverFigures } from './measure-header.js';

describe('measuresOverFigures', () => {
  it('splits a header of measures over rows with as many figures, behind an empty label cell', () => {
    const header = '                  Headcount     Share (%)     Departures    Attrition rate (%)';
    const below = [
      '--------------------------------------------',
      'By gender',
      'Male   721   61.3   80   11.1',
    ];
    expect(measuresOverFigures(header, below)).toEqual([
      ['', 'Headcount', 'Share (%)', 'Departures', 'Attrition rate (%)'],
    ]);
  });

  it("splits a numbered caption's headings printed on its line, the number and title over the labels", () => {
    const header = 'Table 7  Staff training       Employees     Trained   Hours';
    const below = ['  Porters                 145         131     2,900'];
    expect(measuresOverFigures(header, below)).toEqual([
      ['Table 7  Staff training', 'Employees', 'Trained', 'Hours'],
    ]);
    // A number alone before a title and its unit is a caption, heading no column.
    expect(measuresOverFigures('Table 4   Emissions   tCO2e', ['Scope 1   1,204   1,180'])).toBeUndefined();
  });

  it('counts the figures of rows that open with the disclosure they answer', () => {
    const header = '            Region           Women      Men    Total';
    const below = ['S1-6 50(a)    Northern region    412      530      942'];
    expect(measuresOverFigures(header, below)).toEqual([['Region', 'Women', 'Men', 'Total']]);
  });

  it('parts two headings run together two spaces apart when the first heading stands over the labels', () => {
    const header = 'Grade                         Men     Women      Total  % women';
    const below = ['-----', 'Supervisors                   140        60        200     30.0 %'];
    expect(measuresOverFigures(header, below)).toEqual([['Grade', 'Men', 'Women', 'Total', '% women']]);
    // Indented over the figures, the first heading names a measure and the label heading is blank.
    expect(
      measuresOverFigures('                  Men     Women      Total', ['Supervisors   140   60   200']),
    ).toEqual([['', 'Men', 'Women', 'Total']]);
  });

  it('keeps a first cell that heads the label column when the rows have one figure fewer', () => {
    expect(
      measuresOverFigures('Site     Hours trained     Average hours', ['Plant B     9,120     14.5']),
    ).toEqual([['Site', 'Hours trained', 'Average hours']]);
  });

  it('splits a header over rows whose shares print a space before the per cent sign', () => {
    expect(
      measuresOverFigures('Programme                    kEUR      Share', [
        'Grants                  1 204    61,5 %',
      ]),
    ).toEqual([['Programme', 'kEUR', 'Share']]);
  });

  it('splits a header over rows whose unit cell starts with a currency sign', () => {
    expect(
      measuresOverFigures('Item                 Unit       Domestic      Group', [
        'Revenue          ¥ million        84,120     162,480',
      ]),
    ).toEqual([['Item', '', 'Domestic', 'Group']]);
  });

  it('splits a header over rows named by their year (years as rows, measures as columns)', () => {
    expect(
      measuresOverFigures('          Fresh water (m³)     Recycled (%)', [
        '------',
        'FY2025      84,210      31.6',
      ]),
    ).toEqual([['', 'Fresh water (m³)', 'Recycled (%)']]);
    // Two spaces part short measures only when that gives the row's count.
    expect(measuresOverFigures('  Staff  Women  Women %', ['Board      9      4      44.4'])).toEqual([
      ['', 'Staff', 'Women', 'Women %'],
    ]);
  });

  it('splits a header of sites over year rows whose figures carry a glued footnote letter', () => {
    expect(
      measuresOverFigures('Year        Kestrel Hill     Marrowdale     Total', [
        '------',
        '2023         1,204.6a        2,116.2b     3,320.8',
      ]),
    ).toEqual([['Year', 'Kestrel Hill', 'Marrowdale', 'Total']]);
  });

  it('leaves prose, a mismatched count and a header without figures below as they are', () => {
    expect(measuresOverFigures('We met them.     All of them.', ['Plant B   9,120   14.5'])).toBeUndefined();
    expect(
      measuresOverFigures('Trained     Average hours', ['Plant B   9,120   14.5   6   7']),
    ).toBeUndefined();
    expect(
      measuresOverFigures('Trained     Average hours', ['The plant trained most of its staff.']),
    ).toBeUndefined();
    expect(measuresOverFigures('Trained', ['Plant B   9,120'])).toBeUndefined();
  });

  it('splits a header with a unit column only where each figure gets a cell, and leaves the unit header empty', () => {
    const header = 'Metric                 Unit       North  South    All  North  South    All';
    const rows = ['Fuel oil               GJ           210    340    550    198    301    499'];
    expect(measuresOverFigures(header, rows)).toEqual([
      ['Metric', '', 'North', 'South', 'All', 'North', 'South', 'All'],
    ]);
    // Without a cell for the unit column the count cannot fit.
    expect(measuresOverFigures('Metric     North     South     All', rows)).toBeUndefined();
  });
  it('looks past the further lines of a wrapped header for its first row of figures', () => {
    expect(
      measuresOverFigures('          Boiler fuel       Grid power', [
        'Period    (thousand        (kWh)',
        '          litres)',
        '======',
        '2024        3,118.5        77,040',
      ]),
    ).toEqual([['', 'Boiler fuel', 'Grid power']]);
  });
  it('leaves a line over a row of years alone: the years are the header, the line a caption or unit note', () => {
    const below = [
      '項目 Item                         2025年        2024年',
      '  Coal boilers            6,412.70      6,980.15',
    ];
    expect(measuresOverFigures('單位：吉焦  Unit: GJ', below)).toBeUndefined();
    expect(
      measuresOverFigures('Fleet fuel     Site heating', [
        'Source     FY2026     FY2025',
        'Depot A     88.1     90.4',
      ]),
    ).toBeUndefined();
  });
  it('leaves a title and unit over a line of years alone: the years head columns, they are no year row', () => {
    // "2031   694.6" under a title is a one-column block's row; "2031   2030" is the table's year header.
    expect(
      measuresOverFigures('Borehole water        ML', ['2031        2030', 'Mill A    41.2    39.8']),
    ).toBeUndefined();
    expect(
      measuresOverFigures('Borehole water        ML', [
        '2031      2030      2029',
        'Mill A   41.2   39.8   37.5',
      ]),
    ).toBeUndefined();
    expect(measuresOverFigures('Borehole water        ML', ['2031        694.6'])).toEqual([
      ['Borehole water', 'ML'],
    ]);
  });
  it('splits a label, figure and unit header over rows that print their unit after the figure', () => {
    const header = 'Indicator                                  Amount        Unit of measure';
    expect(
      measuresOverFigures(header, ['', 'Borehole water drawn          5,310.5        megalitres']),
    ).toEqual([['Indicator', 'Amount', 'Unit of measure']]);
    // The last header cell must name the unit column, and the cells must match the row's.
    expect(
      measuresOverFigures('Indicator     Amount     Remarks', ['Borehole water   5,310.5   ML']),
    ).toBeUndefined();
    expect(measuresOverFigures('Indicator     Units', ['Borehole water   5,310.5   ML'])).toBeUndefined();
  });
});

describe('age bands in a header', () => {
  it('parts bands one space apart and reads a band with its word for years as a heading', () => {
    const header =
      'Grado                 Uomini    Donne   <30 anni 30-50 anni   >50 anni    Totale   % donne';
    const below = [
      'Responsabili              31       12          3         22         18        43      27,9',
    ];
    expect(measuresOverFigures(header, below)).toEqual([
      ['Grado', 'Uomini', 'Donne', '<30 anni', '30-50 anni', '>50 anni', 'Totale', '% donne'],
    ]);
  });

  it('leaves a heading of words that only opens with a band whole', () => {
    const header = 'Grade          Men   Women   <30 staff in total';
    expect(measuresOverFigures(header, ['Leads    31    12    3'])).toBeUndefined();
  });
});

describe('a caption over a table', () => {
  it('titles the table and heads none of its columns', () => {
    const caption = 'Exhibit 7  Refrigerant losses (kg)';
    const below = [
      '                        2031      2030      2029',
      '------------------------------------------------',
      'Chillers',
      '  R-410A               412.5     398.0     377.2',
    ];
    expect(measuresOverFigures(caption, below)).toBeUndefined();
  });
});

describe('parted headings', () => {
  const rows = ['Region A     1 210,5     305,0     25,2     88,1     7,3     905,5'];
  it('parts two "name, unit" headings printed one space apart, and keeps an abbreviated last heading', () => {
    const header = 'Item      Sum, NOK m  Covered, NOK m Covered, %  Met, NOK m  Met, %  Non-cov.';
    expect(measuresOverFigures(header, rows)).toEqual([
      ['Item', 'Sum, NOK m', 'Covered, NOK m', 'Covered, %', 'Met, NOK m', 'Met, %', 'Non-cov.'],
    ]);
  });
  it('leaves a two-word sentence end and a count that does not fit alone', () => {
    expect(
      measuresOverFigures('Item  Sum, NOK m  Targets met.', ['Region A   1,210.5   305.0']),
    ).toBeUndefined();
    const header = 'Item      Sum, NOK m  Covered, NOK m Covered, %  Met, NOK m  Met, %';
    expect(measuresOverFigures(header, rows)).toBeUndefined();
  });
});

describe('a header over cells that pair a figure with the year before’s in brackets', () => {
  it('counts each pair as one column', () => {
    const header = '                        North yard       South yard        Both';
    const below = ['-----', 'Cranes in use (no.)          14 (12)          9 (11)       23 (23)'];
    expect(measuresOverFigures(header, below)).toEqual([['', 'North yard', 'South yard', 'Both']]);
  });
});

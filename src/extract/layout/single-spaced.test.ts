import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';
import { rowsOfMarkup } from './table-markup.js';

// Made-up tables as PDF-to-text tools print them when columns are narrow or layout is off.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, ...l.cells]);

describe('a table printed one row a line with single spaces between cells', () => {
  it('cuts each row into its label and as many figures as the header has years', () => {
    expect(
      cellsOf(
        [
          'Table 9 Fleet',
          'Vehicles in service 2022 2023 2024',
          'Battery electric vans 14 38 96',
          'Category 3 trucks 212 205 198',
          'Contractors',
          'Fuel used (kL) 1,204.5 1,186.0 –',
          'Average age (years) 6.1 5.8 n.a.',
          'The fleet grew by 4% in 2024.',
        ].join('\n'),
      ),
    ).toEqual([
      [1, 'Table 9 Fleet'],
      [2, 'Vehicles in service', '2022', '2023', '2024'],
      [3, 'Battery electric vans', '14', '38', '96'],
      [4, 'Category 3 trucks', '212', '205', '198'],
      [5, 'Contractors'],
      [6, 'Fuel used (kL)', '1,204.5', '1,186.0', '–'],
      [7, 'Average age (years)', '6.1', '5.8', 'n.a.'],
      [8, 'The fleet grew by 4% in 2024.'],
    ]);
  });

  it('leaves lines alone when the figures cannot be told apart or no row follows the years', () => {
    const lines = cellsOf(
      [
        'Sites FY24 FY25',
        'Well field 4 812 4 655',
        'Depot 1,410 1,388 1,362',
        '',
        'Targets for 2030 2035',
        'We aim to halve emissions.',
      ].join('\n'),
    );
    expect(lines.every((l) => l.length === 2)).toBe(true);
  });

  it('reads a header over rows only when two or more rows fit it', () => {
    expect(cellsOf(['Power 2023 2024', 'Grid 1,200 1,150', 'Solar 80 95'].join('\n'))[2]).toEqual([
      3,
      'Solar',
      '80',
      '95',
    ]);
    expect(cellsOf(['Power 2023 2024', 'Grid 1,200 1,150', 'See note 4.'].join('\n'))[1]).toEqual([
      2,
      'Grid 1,200 1,150',
    ]);
  });
});

describe('a single-spaced table with a unit column, a change column or years over measures', () => {
  it('cuts a row into its label, the unit the registry knows, the year figures and the change', () => {
    expect(
      cellsOf(
        [
          'Fuel and power',
          'Metric Unit 2026 2025 % change',
          'Grid power – Larkfield depot MWh 7,315.2 6,904.8 +5.9',
          'Hours worked hours 412,880 398,120 +3.7',
          'Dust intensity kg/GBP million 18.46 21.03 -12.2',
          'Boiler fuel (wood chips, Larkfield) tonnes 1,904 2,011 -5.3',
        ].join('\n'),
      ),
    ).toEqual([
      [1, 'Fuel and power'],
      [2, 'Metric', 'Unit', '2026', '2025', '% change'],
      [3, 'Grid power – Larkfield depot', 'MWh', '7,315.2', '6,904.8', '+5.9'],
      [4, 'Hours worked', 'hours', '412,880', '398,120', '+3.7'],
      [5, 'Dust intensity', 'kg/GBP million', '18.46', '21.03', '-12.2'],
      [6, 'Boiler fuel (wood chips, Larkfield)', 'tonnes', '1,904', '2,011', '-5.3'],
    ]);
  });

  it('reads years over the measures each year repeats, the measures one cell each', () => {
    expect(
      cellsOf(
        [
          '2026 2025',
          'Hires Share (%) Hires Share (%)',
          'By site',
          'Larkfield 31 40.8 27 38.6',
          'Ostbury 45 59.2 43 61.4',
        ].join('\n'),
      ),
    ).toEqual([
      [1, '', '2026', '2025'],
      [2, '', 'Hires', 'Share (%)', 'Hires', 'Share (%)'],
      [3, 'By site'],
      [4, 'Larkfield', '31', '40.8', '27', '38.6'],
      [5, 'Ostbury', '45', '59.2', '43', '61.4'],
    ]);
  });

  it('leaves measures alone that do not repeat once a year', () => {
    const lines = cellsOf(
      ['2026 2025', 'Hires Share (%) Leavers', 'Larkfield 31 40.8 27 38.6', 'Ostbury 45 59.2 43 61.4'].join(
        '\n',
      ),
    );
    expect(lines[1]).toEqual([2, 'Hires Share (%) Leavers']);
  });
});

describe('wide figures right-aligned one space apart', () => {
  it('are separate cells when each is comma-grouped or decimal', () => {
    expect(rowsOfMarkup('  Tailings (t)        15,872,300 14,996,800 13,902,500')).toEqual([
      ['Tailings (t)', '15,872,300', '14,996,800', '13,902,500'],
    ]);
    expect(rowsOfMarkup('  Intensity (t/kt)        11.42 11.86    12.31')).toEqual([
      ['Intensity (t/kt)', '11.42', '11.86', '12.31'],
    ]);
    // A space-grouped figure stays whole.
    expect(rowsOfMarkup('  Water (m³)      1 412.0     1 388.5')).toEqual([
      ['Water (m³)', '1 412.0', '1 388.5'],
    ]);
  });
});

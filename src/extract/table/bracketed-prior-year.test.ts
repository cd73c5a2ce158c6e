import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';
import { bracketedYears } from './bracketed-prior-year.js';

// A made-up depot table printing each year's figure with the year before's in brackets in one cell, as a
// note above it says; one depot prints a dash for a measure it lacks, one a dash in the bracket only.
const TEXT = [
  'DEPOTS',
  'Figures for 2024 are shown in brackets.',
  '',
  '  Depot                     Drivers         Diesel burned       Rainwater harvested',
  '                                            (kL)                (m³)',
  '  Larkfield depot           214 (207)       1,842.6 (1,906.3)   –',
  '  Ormside depot             96 (91)         822.4 (847.9)       3,120 (–)',
  '  Total                     310 (298)       2,665.0 (2,754.2)   3,120 (–)',
].join('\n');

describe('a table printing the year before’s figure in brackets in each cell', () => {
  const rows = tableRows(TEXT, 2025);

  it('reads the figure outside the brackets as the year’s, the one inside as the year before’s', () => {
    expect(rows.filter((r) => r[0] === 'Larkfield depot')).toEqual([
      ['Larkfield depot', '214', '', 2025],
      ['Larkfield depot', '1842.6', 'kL', 2025],
      ['Larkfield depot', '207', '', 2024],
      ['Larkfield depot', '1906.3', 'kL', 2024],
    ]);
    expect(rows.filter((r) => r[0] === 'Ormside depot' && r[2] === 'm3')).toEqual([
      ['Ormside depot', '3120', 'm3', 2025],
    ]);
  });

  it('reads no bracketed figure as a negative', () => {
    expect(rows.filter((r) => String(r[1]).startsWith('-'))).toEqual([]);
    expect(rows.filter((r) => r[0] === 'Total' && r[3] === 2024).map((r) => r[1])).toEqual(['298', '2754.2']);
  });
});

describe('the note naming the bracketed figures’ year', () => {
  const yearOf = (text: string): number => (/2025/.test(text) ? 2025 : 2026);

  it('reads the year named, or the year before when it is named by its place', () => {
    expect(bracketedYears('Each cell gives FY2025 with FY2024 in brackets.', yearOf)).toEqual({
      year: 2025,
      priorYear: 2024,
    });
    expect(bracketedYears('Prior-year figures in parentheses.', yearOf)).toEqual({
      year: 2026,
      priorYear: 2025,
    });
    expect(bracketedYears('Figures in brackets relate to the previous year.', yearOf)?.priorYear).toBe(2025);
  });

  it('reads nothing from a note that says nothing of the brackets’ year', () => {
    expect(bracketedYears('Negative figures are shown in brackets.', yearOf)).toBeUndefined();
    expect(bracketedYears('Units in brackets.', yearOf)).toBeUndefined();
  });
});

// A made-up plant table whose columns are named by a header of words over a rule, each cell a pair with
// no tab or wide gap inside, the title saying the bracketed figures are the year before's.
const NAMED_COLUMNS = [
  'Table 4  Plant operating data, 2025 (2024 in brackets)',
  '                              Eastmoor plant       Redwick plant         Combined',
  '-------------------------------------------------------------------------------',
  'Steam raised (t)            41,206.5 (39,880.2)   18,114.0 (17,502.6)   59,320.5 (57,382.8)',
  'Boiler efficiency (%)              88.4 (86.9)           84.2 (85.0)           87.1 (86.4)',
].join('\n');

describe('a pair of figures in one cell under a header of column names', () => {
  const rows = tableRows(NAMED_COLUMNS, 2025);

  it('gives two facts, the year’s and the year before’s, not a pair read as one figure', () => {
    expect(rows.filter((r) => r[0] === 'Steam raised (t)').map((r) => [r[1], r[3]])).toEqual([
      ['41206.5', 2025],
      ['18114.0', 2025],
      ['59320.5', 2025],
      ['39880.2', 2024],
      ['17502.6', 2024],
      ['57382.8', 2024],
    ]);
    expect(rows.filter((r) => String(r[1]).startsWith('-'))).toEqual([]);
  });
});

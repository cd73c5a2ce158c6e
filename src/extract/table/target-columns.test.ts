import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up targets table with no year columns: a deadline column and a bare "Value" column.
const TEXT = [
  'Table 14. Our targets',
  '-------------------------------------------------------------------------------------------',
  'No.   Target                                                  Target year           Value',
  '-------------------------------------------------------------------------------------------',
  '1.    Lower specific water use vs 2022, %                            2031              18',
  '2.    Recordable injury rate, per 200,000 hours worked               2029            0.25',
  '3.    Tailings reused per year, thous. t                             2033             640',
  '-------------------------------------------------------------------------------------------',
].join('\n');

function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}

describe('a targets table of deadlines and values, with no year columns', () => {
  it('parts the header set three spaces apart into its columns', () => {
    const header = toReportLines(docFromText(TEXT)).find((l) => l.no === 3);
    expect(header?.cells).toEqual(['No.', 'Target', 'Target year', 'Value']);
  });

  it('reads each value as a target of its deadline year, and no deadline as a figure', () => {
    const found = read(TEXT).map((m) => [m.line, m.value, m.year, m.basis]);
    expect(found).toEqual([
      [5, '18', 2031, 'target'],
      [6, '0.25', 2029, 'target'],
      [7, '640', 2033, 'target'],
    ]);
  });
});

describe('a targets table with a bare "Baseline" column', () => {
  const BASELINE = [
    'Commitment                              Baseline      2025    Target    By',
    '-----------------------------------------------------------------------------',
    'Recycled content in packaging (%)           18.5      24.0      50.0    2030',
  ].join('\n');

  it('reads no baseline value as a figure of the year', () => {
    const found = read(BASELINE)
      .filter((m) => m.line === 3 && m.basis === 'actual' && m.value !== '2030')
      .map((m) => [m.value, m.year]);
    expect(found).toEqual([['24.0', 2025]]);
  });
});

describe('a targets table whose years are printed as ordinals', () => {
  // Serbian, Croatian and Slovene print "2031." for the year: base, the year's state and the target.
  const text = [
    'Ciljevi',
    '',
    '  Pokazatelj                                  Bazna 2028.      Stanje 2031.      Cilj 2035.',
    '  Potrošnja vode (m³)                            412.600           398.150         350.000',
    '  Udeo obnovljive energije (%)                       3,4              12,8            40,0',
  ].join('\n');

  it('reads the base year, the year reached and the target year of each column', () => {
    const found = read(text, 2031).map((m) => [m.value, m.year, m.basis]);
    expect(found).toEqual([
      ['412600', 2028, 'actual'],
      ['398150', 2031, 'actual'],
      ['350000', 2035, 'target'],
      ['3.4', 2028, 'actual'],
      ['12.8', 2031, 'actual'],
      ['40.0', 2035, 'target'],
    ]);
  });
});

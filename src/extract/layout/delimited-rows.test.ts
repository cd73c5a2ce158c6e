import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from './index.js';
import { extractTables } from '../table/index.js';

// A made-up data export in a decimal-comma locale, pasted into a report as its appendix.
const EXPORT = [
  'Appendix – data export',
  '',
  'Indicator;Unit;2023;2024;2025;Code',
  'Natural gas;MWh;41.208;40.116;38.904;E1-5',
  'Scope 1;t CO2e;9.316,4;8.870,2;8.402,7;E1-6',
  'Share of women;%;31,5;;33,8;',
].join('\n');

function read(text: string) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear: 2025, noise: findRunningHeaders(lines), skip: new Set() })
    .mentions;
}

describe('a semicolon-separated export printed as an appendix', () => {
  it('splits each record into its fields, an empty field under a year kept as a dash', () => {
    const cells = toReportLines(docFromText(EXPORT)).map((l) => l.cells);
    expect(cells.slice(1)).toEqual([
      ['Indicator', 'Unit', '2023', '2024', '2025', 'Code'],
      ['Natural gas', 'MWh', '41,208', '40,116', '38,904', 'E1-5'],
      ['Scope 1', 't CO2e', '9,316.4', '8,870.2', '8,402.7', 'E1-6'],
      ['Share of women', '%', '31.5', '–', '33.8', ''],
    ]);
  });

  it('reads each figure under its year with the unit of its record', () => {
    const found = read(EXPORT).map((m) => [m.line, m.year, m.value, m.unit]);
    expect(found).toEqual(
      expect.arrayContaining([
        [4, 2023, '41208', 'MWh'],
        [5, 2025, '8402.7', 't CO2e'],
        [6, 2023, '31.5', '%'],
        [6, 2025, '33.8', '%'],
      ]),
    );
    expect(found.filter((f) => f[0] === 6)).toHaveLength(2);
  });

  it('leaves sentences with semicolons, and two records alone, as lines of text', () => {
    const prose = [
      'We cut gas use by 4%; power by 2%; water by 1%.',
      'Our plants: Ghent; Venlo; Essen in Germany.',
      'Suppliers: paper; starch; inks and glue.',
    ].join('\n');
    const two = ['Gas;MWh;41.208;40.116', 'Power;MWh;12.004;11.870'].join('\n');
    for (const text of [prose, two])
      expect(toReportLines(docFromText(text)).every((l) => l.cells.length === 1)).toBe(true);
  });
});

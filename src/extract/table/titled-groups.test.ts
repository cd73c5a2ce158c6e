import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// A performance data table whose groups are long indicator names; made up for the test.
function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

describe('a year-headed table whose rows sit under long, wrapped titles', () => {
  const text = [
    'KEY DATA',
    '',
    'Metric                                             Unit            FY2022        FY2023        FY2024',
    '=====================================================================================================',
    'Water stewardship',
    'W1(a) Volume of freshwater withdrawn from municipal and groundwater sources by site, all',
    'facilities',
    '  Plant North                                      Kilolitres        812.40        790.15       755.02*',
    '  Plant South                                      Kilolitres        402.10        398.60        377.95',
    'Safety',
    'S2(b) Share of production workers who completed the annual refresher course on machine guarding',
    '  Full-time                                        Percentage         88.10         91.40         94.75',
    'S2(c) Recordable injuries among all workers       Number                 14            11             9',
  ].join('\n');

  it('keeps the header over the rows and dates each column', () => {
    const found = read(text);
    expect(found.map((m) => [m.line, m.label, m.value, m.unit, m.year])).toEqual([
      [8, 'Plant North', '812.40', 'Kilolitres', 2022],
      [8, 'Plant North', '790.15', 'Kilolitres', 2023],
      [8, 'Plant North', '755.02', 'Kilolitres', 2024],
      [9, 'Plant South', '402.10', 'Kilolitres', 2022],
      [9, 'Plant South', '398.60', 'Kilolitres', 2023],
      [9, 'Plant South', '377.95', 'Kilolitres', 2024],
      [12, 'Full-time', '88.10', 'Percentage', 2022],
      [12, 'Full-time', '91.40', 'Percentage', 2023],
      [12, 'Full-time', '94.75', 'Percentage', 2024],
      [13, 'S2(c) Recordable injuries among all workers', '14', 'Number', 2022],
      [13, 'S2(c) Recordable injuries among all workers', '11', 'Number', 2023],
      [13, 'S2(c) Recordable injuries among all workers', '9', 'Number', 2024],
    ]);
  });

  it('names the rows by the long title above them', () => {
    const found = read(text);
    expect(found[6]?.context.join(' ')).toContain('machine guarding');
  });
});

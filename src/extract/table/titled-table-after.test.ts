import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Two tables one after another, the second titled by a one-cell line with its own unit; made up for the test.
function read(text: string, reportYear = 2025) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

const table = (title: string, firstRow = '  Arts and heritage                              312') =>
  [
    'Table 4  Value distributed (NZ$ million)',
    '',
    '                                             FY25          FY24',
    '-----------------------------------------------------------------',
    'Wages                                       214.7         198.3',
    'Local suppliers                             506.1         471.9',
    '-----------------------------------------------------------------',
    '',
    title,
    '-----------------------------------------------------------------',
    firstRow,
    '  Youth sport                                    157',
    'Total                                            469',
  ].join('\n');

describe('a one-cell title with its own unit after a year-headed table', () => {
  it('starts a table of its own: its rows keep its unit and the report year', () => {
    const rows = read(table('Sponsorship by theme (NZ$ thousand)')).filter((m) => m.line >= 11);
    expect(rows.map((m) => [m.line, m.value, m.unit, m.year])).toEqual([
      [11, '312', 'NZ$ thousand', 2025],
      [12, '157', 'NZ$ thousand', 2025],
      [13, '469', 'NZ$ thousand', 2025],
    ]);
  });

  it('stays a group of the table above when its rows print every year', () => {
    const text = table(
      'Sponsorship by theme (NZ$ million)',
      '  Arts and heritage               0.3           0.2',
    );
    const rows = read(text).filter((m) => m.line === 11);
    expect(rows.map((m) => m.year)).toEqual([2025, 2024]);
  });
});

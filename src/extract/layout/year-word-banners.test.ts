import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractTables } from '../table/index.js';
import { toReportLines } from './index.js';

// Made-up tables whose year groups print the word for "year" before the year inside the rule.
function yearsOf(text: string, line: number) {
  const lines = toReportLines(docFromText(text));
  const { mentions } = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() });
  return mentions.filter((m) => m.line === line).map((m) => [m.value, m.year]);
}

const table = (left: string, right: string) =>
  [
    'Staff by site',
    `                          ──── ${left} ────      ──── ${right} ────`,
    '                           Men  Women  All       Men  Women  All',
    'Harbour depot              140     35  175       151     42  193',
    'Inland yard                 62      9   71        66     13   79',
  ].join('\n');

describe('a ruled year group headed by the word for year', () => {
  it.each([
    ['Year 2024', 'Year 2025'],
    ['Năm 2024', 'Năm 2025'],
    ['Tahun 2024', 'Tahun 2025'],
    ['Rok 2024', 'Rok 2025'],
    ['Jahr 2024', 'Jahr 2025'],
    ['Año 2024', 'Año 2025'],
  ])('dates each group by its own year: %s | %s', (left, right) => {
    expect(yearsOf(table(left, right), 4)).toEqual([
      ['140', 2024],
      ['35', 2024],
      ['175', 2024],
      ['151', 2025],
      ['42', 2025],
      ['193', 2025],
    ]);
  });
});

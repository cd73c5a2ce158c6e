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

// Made-up tables whose plain column headers print the word for "year" before each year, over a group
// row whose own number ("Site 1") is no figure of the columns.
describe('a column header of the word for year and the year', () => {
  const columns = (head: string, a: string, b: string, c: string) =>
    [
      'Steam and fuel use (GJ)',
      '',
      `${head}                              ${a}       ${b}       ${c}`,
      'Site 1 (Harbour)',
      'Boiler house                         12,804.6      11,930.2      10,415.8',
      'Drying line                           4,120.3       4,388.9       4,002.7',
    ].join('\n');

  it.each([
    ['Source', 'Year 2023', 'Year 2024', 'Year 2025'],
    ['Źródło', 'Rok 2023', 'Rok 2024', 'Rok 2025'],
    ['Πηγή', 'Έτος 2023', 'Έτος 2024', 'Έτος 2025'],
    // Thai prints the Buddhist-era year after "ปี" (year): 2566 is 2023.
    ['แหล่งที่ใช้', 'ปี 2566', 'ปี 2567', 'ปี 2568'],
  ])('dates each column by its own year: %s | %s', (head, a, b, c) => {
    expect(yearsOf(columns(head, a, b, c), 5)).toEqual([
      ['12804.6', 2023],
      ['11930.2', 2024],
      ['10415.8', 2025],
    ]);
  });
});

// A made-up Armenian table whose column headers print "թ." (թվական, year) after each year.
describe('a column header of the year and the Armenian year mark', () => {
  it('dates each column by its own year', () => {
    const text = [
      'Աղյուսակ 2. Ջրի օգտագործում',
      '                                   Միավոր           2022 թ.     2023 թ.     2024 թ.',
      '  Ջրառ ընդամենը                    հազ. մ³            311,6       298,4       287,9',
    ].join('\n');
    expect(yearsOf(text, 3)).toEqual([
      ['311.6', 2022],
      ['298.4', 2023],
      ['287.9', 2024],
    ]);
  });
});

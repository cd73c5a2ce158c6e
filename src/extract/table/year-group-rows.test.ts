import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables whose years each head a group of columns, their gaps printed as tabs.
function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const yearsOf = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.value, m.year]);

describe('years heading groups of tab-separated columns', () => {
  it('spreads years printed in rules over the groups of headings that repeat once per year', () => {
    const found = read(
      [
        'Table 4. Staff by site',
        '              ------ 2025 ------\t------ 2024 ------',
        'Site\tMen\tWomen\tTotal\tMen\tWomen\tTotal',
        'Harbour\t40\t12\t52\t38\t11\t49',
      ].join('\n'),
    );
    expect(yearsOf(found, 4)).toEqual([
      ['40', 2025],
      ['12', 2025],
      ['52', 2025],
      ['38', 2024],
      ['11', 2024],
      ['49', 2024],
    ]);
  });

  it('gives a row of one figure per year group each figure its own year', () => {
    const found = read(
      [
        'Table 4. Staff by site',
        '                      2025\t2024',
        'Site\tMen\tWomen\tTotal\tMen\tWomen\tTotal',
        'Harbour\t40\t12\t52\t38\t11\t49',
        'Share of women (%)\t23.1\t22.4',
      ].join('\n'),
    );
    expect(yearsOf(found, 5)).toEqual([
      ['23.1', 2025],
      ['22.4', 2024],
    ]);
  });
});

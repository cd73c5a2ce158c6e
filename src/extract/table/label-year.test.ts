import { describe, expect, it } from 'vitest';
import { yearAfterLabel } from './label-year.js';
import { tableMentions } from '../../../test/support/table-rows.js';

function read(text: string, reportYear = 2025) {
  return tableMentions(text, reportYear);
}
const cells = (found: ReturnType<typeof read>, line: number) =>
  found.filter((m) => m.line === line).map((m) => [m.label, m.value, m.year]);

describe('a row whose label ends in a year', () => {
  it('dates its one figure by that year, not by the column it sits under', () => {
    const found = read(
      [
        'Mill in brief',
        '                                 2025          2024',
        '  Sawdust burnt                 8,410 t       8,620 t',
        '  Sawdust burnt, 2023           8,300 t',
      ].join('\n'),
    );
    expect(cells(found, 4)).toEqual([['Sawdust burnt', '8300', 2023]]);
    expect(cells(found, 3).map((c) => c[2])).toEqual([2025, 2024]);
  });

  it('reads a bracketed fiscal year, and never a target, a base or a year still to come', () => {
    expect(yearAfterLabel('Bark burnt (FY2023)', 2025)).toEqual({ label: 'Bark burnt', year: 2023 });
    expect(yearAfterLabel('Bark burnt, 2022/23', 2025)).toEqual({ label: 'Bark burnt', year: 2023 });
    expect(yearAfterLabel('Reduction target, 2030', 2025)).toBeUndefined();
    expect(yearAfterLabel('Emissions (base year 2019)', 2025)).toBeUndefined();
    expect(yearAfterLabel('Bark burnt, 2027', 2025)).toBeUndefined();
    expect(yearAfterLabel('Scope 1 and 2', 2025)).toBeUndefined();
  });
});

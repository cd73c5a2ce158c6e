import { describe, expect, it } from 'vitest';
import { sideBySideTables } from './side-by-side.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables printed side by side where only one of them heads a unit column.
describe('tables side by side, one with a unit column', () => {
  it('counts a header whose second table heads a unit column before its years', () => {
    expect(sideBySideTables(['Paper use (t)', '2024', '2023', 'Training', 'Unit', '2024', '2023'])).toBe(2);
    expect(sideBySideTables(['Indicator', 'Unit', '2024', '2023', 'Change'])).toBe(0);
  });

  it('reads the left table and gives the right its own rows', () => {
    const found = tableMentions(
      [
        'Paper use (t)            2024     2023      Training          Unit           2024     2023',
        'Office paper            18.6     21.4      Courses held      number           64       58',
        'Packaging              402.7    388.1      Hours delivered   hours        11,920   10,305',
      ].join('\n'),
      2024,
    );
    expect(found.map((m) => [m.line, m.label, m.value, m.year, m.context[0]])).toEqual([
      [2, 'Office paper', '18.6', 2024, 'Paper use (t)'],
      [2, 'Office paper', '21.4', 2023, 'Paper use (t)'],
      [3, 'Packaging', '402.7', 2024, 'Paper use (t)'],
      [3, 'Packaging', '388.1', 2023, 'Paper use (t)'],
      [2, 'Courses held', '64', 2024, 'Training'],
      [2, 'Courses held', '58', 2023, 'Training'],
      [3, 'Hours delivered', '11920', 2024, 'Training'],
      [3, 'Hours delivered', '10305', 2023, 'Training'],
    ]);
  });
});

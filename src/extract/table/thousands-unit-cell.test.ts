import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';
import { scanNumbers } from '../numbers/scan-numbers.js';

// A made-up economic table whose unit cells print the thousands as three zeros ("000 RSD").
const TABLE = [
  'Economic value (in thousands)',
  '',
  '  No.   Item                          Unit           2025         2024',
  '  4.1   Net sales                     000 RSD     5.318.200    4.906.150',
  "  4.2   Wages paid                    '000 EUR       712.480      688.020",
].join('\n');

describe('a unit cell printing its thousands as "000"', () => {
  it('reads the cell as the unit, giving no zero figure', () => {
    const found = tableMentions(TABLE, 2025);
    expect(found.filter((m) => m.value === '0')).toEqual([]);
    expect(found.filter((m) => m.line === 4).map((m) => [m.value, m.year])).toEqual([
      ['5318200', 2025],
      ['4906150', 2024],
    ]);
  });

  it('finds no figure in the "(000 RSD)" of a sentence', () => {
    const text = 'Amounts in the tables are stated in thousands of dinars (000 RSD) unless noted.';
    expect(scanNumbers(text)).toEqual([]);
    expect(scanNumbers('sales of 1 000 units').map((t) => t.value)).toEqual(['1000']);
  });
});

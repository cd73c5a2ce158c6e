import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up statement of value shared: its unit sits alone under the years, and group headings
// ("Value created", "Value shared") head the rows below it.
describe('a unit printed alone under the header', () => {
  it('holds for every row, past the group headings below it', () => {
    const text = [
      'Statement of value shared',
      '                                              2031              2030',
      '                                               (Rand in million)',
      '---------------------------------------------------------------------------',
      'Value created',
      '  Turnover                                  9,412.7           8,806.1',
      '  Interest received                           117.3              98.4',
      'Value shared',
      '  Wages and benefits                        2,241.9           2,073.5',
      '  Community projects                           53.8              47.2',
    ].join('\n');
    const found = tableMentions(text, 2031);
    const rows = found.map((m) => [m.label, m.value, m.unit]);
    expect(rows).toHaveLength(8);
    for (const [, , unit] of rows) expect(unit).toBe('Rand in million');
    expect(found.find((m) => m.value === '53.8')?.context).toContain('Value shared');
  });
});

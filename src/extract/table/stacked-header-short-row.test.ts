import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up learning table whose header is stacked over two printed lines (a name over its bracketed
// unit), and whose total row leaves its average blank: each figure stays under the column printed over it.
describe('a short row under a header stacked over two lines', () => {
  it('puts the total row’s figures under their own columns, not the last ones', () => {
    const text = [
      'Table 6. Learning hours by grade',
      'Grade                            Headcount     Hours given      Mean',
      '                                  (persons)         (hours)  (hours/person)',
      '-----------------------------------------------------------------------',
      'Supervisors                            72          1,656          23.0',
      'Technicians                           528          7,392          14.0',
      '-----------------------------------------------------------------------',
      'All grades                            600          9,048',
    ].join('\n');
    const total = tableMentions(text, 2031).filter((m) => m.label === 'All grades');
    expect(total.map((m) => [m.value, m.unit])).toEqual([
      ['600', 'persons'],
      ['9048', 'hours'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

// A made-up Chinese staff table whose header cell "项目" the reader translates: rows by age print this
// year's figures only, and each stays under the column printed over it.
describe('a short row under a header the reader translated', () => {
  it('dates its figures by the columns printed over them', () => {
    const text = [
      '表4  员工构成（单位：人）',
      '  类别          项目                      2031年      占比    2030年    2029年',
      '  按性别        男性                       2,210     61.0%     2,150     2,080',
      '                女性                       1,413     39.0%     1,390     1,342',
      '  按年龄        35岁以下                   1,520     42.0%',
      '                35岁及以上                 2,103     58.0%',
      '  合计                                     3,623    100.0%     3,540     3,422',
    ].join('\n');
    const young = tableMentions(text, 2031).filter((m) => m.label === '35岁以下');
    expect(young.map((m) => [m.value, m.year])).toEqual([
      ['1520', 2031],
      ['42.0', 2031],
    ]);
  });
});

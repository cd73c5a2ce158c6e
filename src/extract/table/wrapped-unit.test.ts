import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import { tableMentions } from '../../../test/support/table-rows.js';

function read(text: string, reportYear = 2031) {
  return tableMentions(text, reportYear);
}

// A made-up pay table whose narrow unit column breaks the monthly pay's unit after its slash, the
// label wrapping with it.
const table = [
  'Exhibit 7: Wage fund and pay',
  'No.  Indicator                              Unit               2030        2031',
  '-------------------------------------------------------------------------------',
  '1    Total wage fund                        THB million       81.60       86.40',
  '2    Average number of employees            person              472         480',
  '3    Average pay per employee               THB thousand/     14.4        15.0',
  '     per month                              person/month',
  '-------------------------------------------------------------------------------',
].join('\n');

describe('a unit broken after its slash, finished on the line below', () => {
  it('gives the row the whole unit and the whole label', () => {
    const pay = read(table).filter((m) => m.line === 6);
    expect(pay.map((m) => [m.value, m.unit, m.label])).toEqual([
      ['14.4', 'THB thousand/person/month', 'Average pay per employee per month'],
      ['15.0', 'THB thousand/person/month', 'Average pay per employee per month'],
    ]);
  });

  it('is read as the average pay beside the payroll it is computed from', () => {
    const metrics = read(table)
      .filter((m) => m.year === 2031)
      .map((m) => [m.line, classifyMention(m, ['gri-2021']).metric?.id]);
    expect(metrics).toEqual([
      [4, 'workforce.payroll'],
      [5, 'workforce.total'],
      [6, 'workforce.average_pay'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { tableMentions } from '../../../test/support/table-rows.js';

function read(text: string, reportYear: number) {
  return tableMentions(text, reportYear);
}

// A targets table prints each target's base year, its base value, this year's figure and its deadline
// in columns of their own, as climate-transition plans do.
describe('a targets table with base year and deadline columns', () => {
  it('reads the year column as the figure, never the years or the base value beside it', () => {
    const found = read(
      [
        'Metric                          Baseline year   Baseline value      2031     Deadline year   Goal',
        '------------------------------------------------------------------------------------------------',
        'Water withdrawn (ML)                 2022            8,415        7,306.5          2035       -25%',
        'Fleet diesel (kL)                    2021            1,203          988.0          2033        600',
      ].join('\n'),
      2031,
    );
    expect(found.filter((m) => m.basis === 'actual').map((m) => [m.line, m.value, m.year])).toEqual([
      [3, '7306.5', 2031],
      [4, '988.0', 2031],
    ]);
  });
});

// A SASB index prints each metric's value with its unit and the page it is reported on.
describe('an index table with a page column', () => {
  it('reads the value with its unit, never the page number', () => {
    const found = read(
      [
        'Code            Metric                              2031                          Page',
        '-----------------------------------------------------------------------------------',
        'EM-CM-110a.1    Gross global Scope 1 emissions      2,318,450 tCO2e                 31',
        'EM-CM-150a.1    Amount of waste generated           1 204,6 milliers de tonnes      44',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.value, m.unit])).toEqual([
      [3, '2318450', 'tCO2e'],
      [4, '1204.6', 'milliers de tonnes'],
    ]);
  });
});

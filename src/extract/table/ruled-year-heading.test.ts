import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../test/support/table-rows.js';

// Made-up headcount tables whose later year is drawn as a rule over the three columns it spans
// ("──── 2031 ────") and whose earlier year heads one column: an even split would date the later
// year's total as the earlier year's.
const rows = (text: string) => tableRows(text, 2031);

describe('a year heading drawn as a rule over its columns', () => {
  it('dates every column under the rule by its year', () => {
    const text = [
      'Table 3  Employees                                                  (Unit: persons)',
      '                           ──────────── 2031 ────────────       2030',
      '                             Male        Female      Total        Total',
      'Full-time                   1,204         1,031      2,235        2,118',
      'Total employees             1,319         1,157      2,476        2,390',
    ].join('\n');
    expect(rows(text).map(([label, value, , year]) => [label, value, year])).toEqual([
      ['Full-time', '1204', 2031],
      ['Full-time', '1031', 2031],
      ['Full-time', '2235', 2031],
      ['Full-time', '2118', 2030],
      ['Total employees', '1319', 2031],
      ['Total employees', '1157', 2031],
      ['Total employees', '2476', 2031],
      ['Total employees', '2390', 2030],
    ]);
  });

  it('reads a Chinese year heading so drawn', () => {
    const text = [
      '表3  僱員人數                                                  （單位：人）',
      '                           ──────── 2031年 ────────       2030年',
      '                             男性        女性        總計         總計',
      '僱員總數                    1,319       1,157       2,476        2,390',
    ].join('\n');
    expect(rows(text).map(([, value, , year]) => [value, year])).toEqual([
      ['1319', 2031],
      ['1157', 2031],
      ['2476', 2031],
      ['2390', 2030],
    ]);
  });
});

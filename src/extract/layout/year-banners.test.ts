import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { extractTables } from '../table/index.js';
import { toReportLines } from './index.js';

// Made-up space-aligned tables whose years are printed inside rules over the columns they span.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => [l.no, ...l.cells]);
function yearsOf(text: string, line: number) {
  const lines = toReportLines(docFromText(text));
  const { mentions } = extractTables(lines, { reportYear: 2025, noise: new Set(), skip: new Set() });
  return mentions.filter((m) => m.line === line).map((m) => [m.value, m.column ?? '', m.year]);
}

const HEADCOUNT = [
  'Table 2  Crew by rank',
  '                                  -------- 2025 --------      2024',
  'Rank                              Men    Women     Total     Total',
  'Officers                           73       11        84        79',
  'Ratings                           405       38       443       431',
].join('\n');

describe('a year printed inside a rule over the columns it spans', () => {
  it('prints the year over each heading under its rule, and a plain year over its own', () => {
    expect(cellsOf(HEADCOUNT)[1]).toEqual([2, '', '2025', '2025', '2025', '2024']);
  });

  it('dates every figure under the rule by its year, each keeping its own heading', () => {
    expect(yearsOf(HEADCOUNT, 4)).toEqual([
      ['73', 'Men', 2025],
      ['11', 'Women', 2025],
      ['84', 'Total', 2025],
      ['79', 'Total', 2024],
    ]);
  });

  it('reads two ruled fiscal years, a rule parted from its year by spaces', () => {
    const text = [
      'Grade              ====== FY2026 ======    ----   FY2025   ----',
      '                   Full-time  Part-time    Full-time  Part-time',
      'Engineers                412         36          398         41',
    ].join('\n');
    expect(cellsOf(text)[0]).toEqual([1, 'Grade', 'FY2026', 'FY2026', 'FY2025', 'FY2025']);
    expect(yearsOf(text, 3).map(([value, , year]) => [value, year])).toEqual([
      ['412', 2026],
      ['36', 2026],
      ['398', 2025],
      ['41', 2025],
    ]);
  });

  it('leaves a rule over headings it does not span, or over figures, as it was', () => {
    const stray = [
      '            -------- 2025 --------',
      'Site        Men    Women    Total    Remarks',
      'North        12        4       16    audited',
    ].join('\n');
    expect(cellsOf(stray)[0]).toEqual([1, '-------- 2025 --------']);
    const overFigures = ['            ----- 2025 -----', 'North        12        4       16'].join('\n');
    expect(cellsOf(overFigures)[0]).toEqual([1, '----- 2025 -----']);
  });

  it('gives plain years over repeated groups of headings each its own group, notes glued to figures', () => {
    const text = [
      'Table 4  Staff',
      '                                         FY2024                  FY2025',
      'Item                       Unit      Domestic       Group      Domestic       Group',
      '──────────────────────────────────────────────────────────────────────────────────',
      'Employees*2             persons         2,410       5,126         2,468     5,204*2',
      'Female managers               %           6.1        11.8           6.6        12.4',
    ].join('\n');
    expect(cellsOf(text)[1]).toEqual([2, '', '', 'FY2024', 'FY2024', 'FY2025', 'FY2025']);
    expect(yearsOf(text, 5)).toEqual([
      ['2410', 'Domestic', 2024],
      ['5126', 'Group', 2024],
      ['2468', 'Domestic', 2025],
      ['5204', 'Group', 2025],
    ]);
  });

  it('leaves years over headings that do not repeat by year as they were', () => {
    const text = [
      '                                FY2024        FY2025',
      'Item                  Men      Women       Total       Other',
      'Staff                 120         80         200          12',
      'Managers               30         10          40           2',
    ].join('\n');
    expect(cellsOf(text)[0]).not.toEqual([1, '', 'FY2024', 'FY2024', 'FY2025', 'FY2025']);
  });
  it('gives rules narrower than their groups each its group, and a column after the last group the last year', () => {
    // The rules stand over the right of "Men Women Total"; the last reaches over "% women" beside its group.
    const text = [
      '                                  ——— 2024 ———                   ——— 2025 ———',
      'Depot                  Men    Women     Total    Men    Women     Total  % women',
      'Harbour                 91       17       108     95       21       116     18.1',
      'Inland                  64       12        76     66       15        81     18.5',
    ].join('\n');
    expect(cellsOf(text)[0]).toEqual([1, '', '2024', '2024', '2024', '2025', '2025', '2025', '2025']);
    expect(yearsOf(text, 3).map(([value, , year]) => [value, year])).toEqual([
      ['91', 2024],
      ['17', 2024],
      ['108', 2024],
      ['95', 2025],
      ['21', 2025],
      ['116', 2025],
      ['18.1', 2025],
    ]);
  });
});

// The crew table again as a converter prints it with one tab for each column gap.
describe('a ruled year and a plain year parted by a tab', () => {
  const tabbed = [
    'Table 3\tPilots by base',
    '                          ======= 2025 =======\t2024',
    'Base\tMen\tWomen\tTotal\tTotal',
    'Kessel\t58\t9\t67\t61',
    'Harnby\t214\t31\t245\t238',
  ].join('\n');

  it('gives the rule every heading but the last, and the plain year the last', () => {
    expect(cellsOf(tabbed)[1]).toEqual([2, '', '2025', '2025', '2025', '2024']);
    expect(yearsOf(tabbed, 4)).toEqual([
      ['58', 'Men', 2025],
      ['9', 'Women', 2025],
      ['67', 'Total', 2025],
      ['61', 'Total', 2024],
    ]);
  });

  it('reads an indented header under the years, its label column blank, alike', () => {
    const indented = tabbed.replace('Base\tMen', '                            Men');
    expect(yearsOf(indented, 5).map(([value, , year]) => [value, year])).toEqual([
      ['214', 2025],
      ['31', 2025],
      ['245', 2025],
      ['238', 2024],
    ]);
  });
});

// A Chinese headcount table whose years carry 年, printed with tabs and with spaces.
describe('a ruled year with 年 beside a plain year', () => {
  const tabbed = [
    '表4\t按职级划分的员工',
    '          ━━━━ 2025年 ━━━━\t2024年',
    '职级\t男\t女\t合计\t合计',
    '管理层\t41\t17\t58\t55',
    '一般员工\t620\t388\t1,008\t973',
  ].join('\n');

  it('gives the rule every heading but the last, tabbed', () => {
    expect(cellsOf(tabbed)[1]).toEqual([2, '', '2025', '2025', '2025', '2024']);
    expect(yearsOf(tabbed, 5).map(([value, , year]) => [value, year])).toEqual([
      ['620', 2025],
      ['388', 2025],
      ['1008', 2025],
      ['973', 2024],
    ]);
  });

  it('alike when printed with spaces', () => {
    const spaced = [
      '表4  按职级划分的员工',
      '            ━━━━━━ 2025年 ━━━━━━     2024年',
      '职级            男      女      合计      合计',
      '管理层          41      17        58        55',
      '一般员工       620     388     1,008       973',
    ].join('\n');
    expect(yearsOf(spaced, 5).map(([value, , year]) => [value, year])).toEqual([
      ['620', 2025],
      ['388', 2025],
      ['1008', 2025],
      ['973', 2024],
    ]);
  });
});

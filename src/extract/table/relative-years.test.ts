import { describe, expect, it } from 'vitest';
import { parseYearCell, resolveYears } from './year-cell.js';
import { tableMentions } from '../../../test/support/table-rows.js';

// Made-up tables whose columns are named by their place ("This year | Last year"), as UK strategic
// reports print them, not by their number.
function read(text: string, reportYear: number) {
  return tableMentions(text, reportYear);
}

describe('years named by their place', () => {
  it('reads current, prior and previous financial year headers against the report year', () => {
    const cells = ['This year', 'Previous Financial Year', 'Units', 'Current reporting period'].map(
      parseYearCell,
    );
    expect(resolveYears(cells, 2031)).toEqual([2031, 2030, undefined, 2031]);
    expect(parseYearCell('Last year')?.yearsBack).toBe(1);
    expect(parseYearCell('Current year targets')).toBeUndefined();
  });

  it('dates the columns of a space-aligned table, and each site under its year group', () => {
    const found = read(
      [
        'Water',
        '',
        '                                         This year                 Last year',
        '                                   North site   South site   North site   South site',
        '-------------------------------------------------------------------------------------',
        'Mains water (m³)                       41,230       17,904       43,118       18,260',
        'Borehole water (m³)                     6,415        2,087        6,902        2,311',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([
      [6, '41230', 2031],
      [6, '17904', 2031],
      [6, '43118', 2030],
      [6, '18260', 2030],
      [7, '6415', 2031],
      [7, '2087', 2031],
      [7, '6902', 2030],
      [7, '2311', 2030],
    ]);
  });

  it("reads a German 'Vorjahr' column two spaces from the change column, and a data-point column after it", () => {
    const found = read(
      [
        'Tabelle 3: Dampf und Wärme (MWh)',
        '                                        2031      Vorjahr  Veränderung   ESRS-Datenpunkt',
        '                                                                  in %',
        '----------------------------------------------------------------------------------------',
        'Dampfbezug gesamt                     61.204       58.917         +3,9   E1-5 §37b',
        '  davon aus Abwärme                   12.388       11.046        +12,1   E1-5 AR 32 ii',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([
      [5, '61204', 2031],
      [5, '58917', 2030],
      [6, '12388', 2031],
      [6, '11046', 2030],
    ]);
  });

  it("dates a 'Vorjahr' row indented under each named row by the year before the table's", () => {
    const found = read(
      [
        'Kennzahlen je Lager',
        'Lager                     Strom MWh      Mitarbeitende',
        'Nord                        4.118,6                 97',
        '  Vorjahr                   4.305,2                 91',
        'Süd                         2.764,9                 58',
        '  Vorjahr                   2.690,4                 61',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.label, m.value, m.year])).toEqual([
      [3, 'Nord', '4118.6', 2031],
      [3, 'Nord', '97', 2031],
      [4, 'Nord', '4305.2', 2030],
      [4, 'Nord', '91', 2030],
      [5, 'Süd', '2764.9', 2031],
      [5, 'Süd', '58', 2031],
      [6, 'Süd', '2690.4', 2030],
      [6, 'Süd', '61', 2030],
    ]);
  });

  it("reads Chinese '本年 | 上年 | 同比变动' and '本期 | 上年同期' headers against the report year", () => {
    expect(
      resolveYears(['本年', '上年度', '本报告期', '上年同期', '当年度', '前年度'].map(parseYearCell), 2031),
    ).toEqual([2031, 2030, 2031, 2030, 2031, 2030]);
    const found = read(
      [
        '表5 分支机构用能                                               单位：万千瓦时',
        '  机构                              本年          上年      同比变动',
        '  ─────────────────────────────────────────────────────',
        '  城区支行                          812.64        790.18        +2.8%',
        '  县域支行                          433.07        451.92        -4.2%',
      ].join('\n'),
      2031,
    );
    expect(found.map((m) => [m.line, m.value, m.year])).toEqual([
      [4, '812.64', 2031],
      [4, '790.18', 2030],
      [5, '433.07', 2031],
      [5, '451.92', 2030],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { findRunningHeaders, toReportLines } from '../layout/index.js';
import { extractTables } from './extract-tables.js';

// Tables printed one row a year under a header of measures, as mainland Chinese reports print them; the
// tables are made up for the tests.
function read(text: string, reportYear = 2024) {
  const lines = toReportLines(docFromText(text));
  return extractTables(lines, { reportYear, noise: findRunningHeaders(lines), skip: new Set() }).mentions;
}

describe('units of a table with one row a year', () => {
  it("takes the title's stated unit for each column that prints none of its own", () => {
    const text = [
      '表6  废弃物产生情况                                          单位：吨',
      '年份        污泥          废包装物        废矿物油      单位产值产生量（吨/百万元）',
      '2023年       1,826.40        312.55          41.07             0.642',
      '2024年       1,904.12        298.31          38.90             0.615',
    ].join('\n');
    const found = read(text).filter((m) => m.year === 2024);
    expect(found.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['污泥', '1904.12', '吨'],
      ['废包装物', '298.31', '吨'],
      ['废矿物油', '38.90', '吨'],
      ['单位产值产生量(吨/百万元)', '0.615', '吨/百万元'],
    ]);
  });

  it('gives a bracketed unit printed alone under one heading to that column only', () => {
    const text = [
      '表3  水资源利用                                        单位：立方米',
      '年份          新鲜水取用量      循环水量        取水强度',
      '                                                      （立方米/吨产品）',
      '2023年           415,260          1,208,400          3.18',
      '2024年           402,915          1,296,150          2.94',
    ].join('\n');
    const found = read(text).filter((m) => m.year === 2024);
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      ['402915', '立方米'],
      ['1296150', '立方米'],
      ['2.94', '立方米/吨产品'],
    ]);
  });
});

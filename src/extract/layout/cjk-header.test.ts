import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';
import { cjkHeaderCells, splitCjkHeadings } from './cjk-header.js';
import { tableRows } from '../../../test/support/table-rows.js';

// Invented Chinese tables whose header names its columns by words alone, with no year among them.
const cellsOf = (text: string) => toReportLines(docFromText(text)).map((l) => l.cells);

describe('a Chinese header of words parted by spaces', () => {
  it('is a row of cells, one space apart or many, Simplified or Traditional', () => {
    expect(cellsOf('类别 指标 单位 数值')).toEqual([['类别', '指标', '单位', '数值']]);
    expect(cellsOf('類別        指標              單位       數值')).toEqual([
      ['類別', '指標', '單位', '數值'],
    ]);
    expect(cellsOf('项目　计量单位　2031年　2030年')).toEqual([['项目', '计量单位', '2031年', '2030年']]);
  });

  it('is not a line with a word no header prints, nor a pair of headings alone', () => {
    expect(cjkHeaderCells('类别 指标 单位 合计')).toBeUndefined();
    expect(cjkHeaderCells('公司 员工 指标 单位')).toBeUndefined();
    expect(cjkHeaderCells('指标 单位')).toBeUndefined();
    expect(cjkHeaderCells('指标 2031年 2030年')).toBeUndefined();
    expect(cjkHeaderCells('Category Indicator Unit Value')).toBeUndefined();
  });
});

// An invented staff table whose year headings name their measure ("2031年人数"), a share column set
// only two spaces before the prior year's.
const DATED_HEADINGS = [
  '表4 员工构成',
  '  类别      项目            2031年人数      占比  2030年人数',
  '  按性别    男性                 3,412     63.0%       3,287',
  '            女性                 2,004     37.0%       1,951',
  '',
].join('\n');

describe('a Chinese header of years with their measure glued on', () => {
  it('heads one column per year, the share between them its own', () => {
    expect(cellsOf(DATED_HEADINGS)[1]).toEqual(['类别', '项目', '2031年人数', '占比', '2030年人数']);
    const rows = tableRows(DATED_HEADINGS, 2031).filter((r) => r[0] === '女性' || r[0] === 'Female');
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ['2004', 2031],
      ['37.0', 2031],
      ['1951', 2030],
    ]);
  });

  it('leaves Chinese words two spaces apart whole when no year is among them', () => {
    expect(splitCjkHeadings('占比  人数')).toEqual(['占比  人数']);
    expect(splitCjkHeadings('占比  2030年人数')).toEqual(['占比', '2030年人数']);
  });
});

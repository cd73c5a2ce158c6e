import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from './index.js';
import { cjkHeaderCells } from './cjk-header.js';

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

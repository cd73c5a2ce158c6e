import { describe, expect, it } from 'vitest';
import type { ReportLine } from '../layout/index.js';
import { englishCells, readBilingualRows, translateUnit } from './bilingual-rows.js';
import { extractTables } from './extract-tables.js';

// Space-aligned text lines as a PDF-to-text tool prints a bilingual (SZSE/HKEX) table: a line with
// no bare figure stays one cell, as the layout reader leaves it.
function lines(rows: readonly (readonly string[])[]): ReportLine[] {
  return rows.map((cells, i) => {
    const raw = cells.join('      ');
    const spaced = cells.some((c) => /^[\d,.]+$/.test(c));
    const out = spaced ? [...cells] : [raw];
    return { no: i + 1, cells: out, text: out.join('\t'), raw };
  });
}

describe('translateUnit', () => {
  it('reads Chinese units and ratios of them as English symbols', () => {
    expect(translateUnit('吨二氧化碳当量/万元')).toBe('tCO2e/RMB 10,000');
    expect(translateUnit('万立方米')).toBe('10,000 m³');
    expect(translateUnit('吨标准煤')).toBe('tce');
    expect(translateUnit('人')).toBe('persons');
    expect(translateUnit('员工总数')).toBeUndefined();
  });
});

describe('englishCells', () => {
  it('keeps the English of a cell or cell pair and translates a Chinese unit cell', () => {
    expect(englishCells(['项目 Item', '计量 Unit', '2026年'])).toEqual(['Item', 'Unit', '2026年']);
    expect(englishCells(['按学历划分', 'By education'])).toEqual(['By education']);
    expect(englishCells(['项目', '单位', '2026年'])).toEqual(['Item', 'Unit', '2026年']);
    expect(englishCells(['外购热力', '吉焦', '7,310'])).toEqual(['外购热力', 'GJ', '7,310']);
  });
});

describe('readBilingualRows', () => {
  it('makes one English row of a Chinese line and the English line under it, whichever has the figures', () => {
    const { lines: out, absorbed } = readBilingualRows(
      lines([
        ['液化石油气', '吨', '93.70', '101.20'],
        ['Liquefied petroleum gas', 't'],
        ['范围三排放', '吨二氧化碳当量'],
        ['Scope 3 emissions', 'tCO2e', '5,412.8', '5,090.3'],
      ]),
    );
    expect(out.map((l) => [l.no, l.cells])).toEqual([
      [1, ['Liquefied petroleum gas (t)', '93.70', '101.20']],
      [4, ['Scope 3 emissions (tCO2e)', '5,412.8', '5,090.3']],
    ]);
    expect([...absorbed]).toEqual([
      [2, 1],
      [3, 4],
    ]);
  });

  it('pairs an English label without letters, an age band under its Chinese one', () => {
    const { lines: out } = readBilingualRows(lines([['36-45岁'], ['36-45', '2,207', '2,118']]));
    expect(out.map((l) => [l.no, l.cells])).toEqual([[2, ['36-45', '2,207', '2,118']]]);
  });

  it('puts a known Chinese label in English when no English line follows', () => {
    const { lines: out } = readBilingualRows(
      lines([
        ['其中：柴油', '吨', '58.20', '61.90'],
        ['人均培训时长（小时）', '36.5', '33.0'],
        ['厂区绿化面积', '平方米', '12,400', '12,400'],
      ]),
    );
    expect(out.map((l) => l.cells)).toEqual([
      ['of which: Diesel (t)', '58.20', '61.90'],
      ['Average training hours per employee (hours)', '36.5', '33.0'],
      ['厂区绿化面积', '平方米', '12,400', '12,400'],
    ]);
  });

  it('does not pair a Chinese title with the header row under it', () => {
    const input = lines([['表3 废弃物'], ['项目', '单位', '2026年', '2025年']]);
    expect(readBilingualRows(input).lines.map((l) => l.cells)).toEqual([
      ['表3 废弃物'],
      ['Item', 'Unit', '2026年', '2025年'],
    ]);
  });

  it('does not pair a Chinese title with a header of one measure and no years under it', () => {
    // "项目" is put in English by the reader: it is no English line printed under the title.
    const input = lines([['表6 捐赠支出（2026年）'], ['项目', '金额（万元）']]);
    expect(readBilingualRows(input).lines.map((l) => l.cells)).toEqual([
      ['表6 捐赠支出（2026年）'],
      ['Item', '金额(万元)'],
    ]);
  });

  it('leaves a report without Chinese text alone', () => {
    const input = lines([['Scope 3 emissions', 'tCO2e', '5,412.8']]);
    expect(readBilingualRows(input).lines).toEqual(input);
  });
});

describe('extractTables on a bilingual table', () => {
  it('reads years headed 年, the English label and unit, and a unit line over the header', () => {
    const input = lines([
      ['单位：吨  Unit: t'],
      ['指标 Indicator', '2026年', '2025年'],
      ['一般固体废物'],
      ['General solid waste', '3,215.4', '2,987.1'],
      ['指标 Indicator', '单位 Unit', '2026年', '2025年'],
      ['用水量', '立方米', '61,870', '58,440'],
      ['Water withdrawal', 'm³'],
    ]);
    const { mentions, tableLines } = extractTables(input, {
      reportYear: 2026,
      noise: new Set(),
      skip: new Set(),
    });
    const got = mentions.map((m) => [m.line, m.label, m.value, m.unit, m.year]);
    expect(got).toEqual([
      [4, 'General solid waste', '3215.4', 't', 2026],
      [4, 'General solid waste', '2987.1', 't', 2025],
      [6, 'Water withdrawal (m3)', '61870', 'm3', 2026],
      [6, 'Water withdrawal (m3)', '58440', 'm3', 2025],
    ]);
    expect([3, 7].every((no) => tableLines.has(no))).toBe(true);
  });
});

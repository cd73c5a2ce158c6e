import { describe, expect, it } from 'vitest';
import { parseYearCell, resolveYears } from './year-cell.js';

describe('parseYearCell', () => {
  it('reads the ways reports print year columns', () => {
    expect(parseYearCell('2022')?.year).toBe(2022);
    expect(parseYearCell('FY23')?.year).toBe(2023);
    expect(parseYearCell("'23")?.year).toBe(2023);
    expect(parseYearCell('’24')?.year).toBe(2024);
    expect(parseYearCell('2022/23')?.year).toBe(2023);
    expect(parseYearCell('201813')?.year).toBe(2018);
    expect(parseYearCell('2030 target')).toEqual({ year: 2030, role: 'target' });
    expect(parseYearCell('202')).toEqual({ year: undefined, truncated: '202', role: 'actual' });
    expect(parseYearCell('Unit')).toBeUndefined();
    expect(parseYearCell('1335')).toBeUndefined();
  });

  it('reads an earlier year\'s total column beside a year\'s gender columns ("2021/22 total")', () => {
    expect(parseYearCell('2021/22 total')).toEqual({ year: 2022, role: 'actual' });
    expect(parseYearCell('FY21 Total')).toEqual({ year: 2021, role: 'actual' });
    expect(parseYearCell('Total')).toBeUndefined();
  });

  it("reads a year's plan column as a target and its fact column as the year", () => {
    expect(parseYearCell('2026 plan')).toEqual({ year: 2026, role: 'target' });
    expect(parseYearCell('2026 fact')).toEqual({ year: 2026, role: 'actual' });
    expect(parseYearCell('Budget 2026')).toEqual({ year: 2026, role: 'target' });
    expect(parseYearCell('Plan')).toBeUndefined();
  });

  it('reads a Chinese target table\'s "target value" and "actual value" columns by their role', () => {
    expect(parseYearCell('2027年目标值')).toEqual({ year: 2027, role: 'target' });
    expect(parseYearCell('2027年實際值')).toEqual({ year: 2027, role: 'actual' });
  });

  it('reads a year inside brackets or next to words naming its role', () => {
    expect(parseYearCell('Base year (2018)')).toEqual({ year: 2018, role: 'base' });
    expect(parseYearCell('2027 performance')).toEqual({ year: 2027, role: 'actual' });
    expect(parseYearCell('Progress')).toBeUndefined();
  });
});

describe('resolveYears', () => {
  it('fills a cut-short year from the column sequence', () => {
    const cells = ['Unit', '2021', '2022', '202'].map(parseYearCell);
    expect(resolveYears(cells, 2023)).toEqual([undefined, 2021, 2022, 2023]);
    expect(resolveYears(['2023', '2022', '202'].map(parseYearCell), 2023)).toEqual([2023, 2022, 2021]);
    expect(resolveYears([parseYearCell('202')], 2024)).toEqual([2024]);
    expect(resolveYears([parseYearCell('201')], 2024)).toEqual([undefined]);
  });
});

describe('a base year named in brackets after it', () => {
  it('reads "FY18 (base)" and "2018 (base year)" as base-year columns', () => {
    expect(parseYearCell('FY18 (base)')).toEqual({ year: 2018, role: 'base' });
    expect(parseYearCell('2018 (base year)')).toEqual({ year: 2018, role: 'base' });
    expect(parseYearCell('基準年（2018年度）')).toEqual({ year: 2018, role: 'base' });
    expect(parseYearCell('2018（基準年）')).toEqual({ year: 2018, role: 'base' });
  });
});

describe('Uzbek year headings', () => {
  it('reads "2029-y." and "2029-yil" (yil, year, hyphened on) as the year', () => {
    expect(parseYearCell('2029-y.')).toEqual({ year: 2029, role: 'actual' });
    expect(parseYearCell('2029-yil')).toEqual({ year: 2029, role: 'actual' });
    expect(parseYearCell('2029-yoz')).toBeUndefined();
  });
});

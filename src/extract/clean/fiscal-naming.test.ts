import { describe, expect, it } from 'vitest';
import { namesFiscalYearsByStart, toEndYearNames, toFyNames } from './fiscal-naming.js';

describe('namesFiscalYearsByStart', () => {
  it('reads a reporting period whose FY label is the year it starts in', () => {
    expect(namesFiscalYearsByStart(['Period: FY2031 (Apr. 1, 2031 – Mar. 31, 2032).'])).toBe(true);
    expect(namesFiscalYearsByStart(['"FY2019" means the fiscal year ending', 'March 31, 2020.'])).toBe(true);
    expect(namesFiscalYearsByStart(['for the fiscal year ended 31 March 2028 (FY2027)'])).toBe(true);
  });

  it('reads a Japanese reporting period whose 年度 starts in its year', () => {
    expect(namesFiscalYearsByStart(['報告対象期間：2031年度（2031年4月1日～2032年3月31日）'])).toBe(true);
    expect(namesFiscalYearsByStart(['2031年度（2032年3月期）の業績'])).toBe(true);
    // A Chinese 年度 is the calendar year.
    expect(namesFiscalYearsByStart(['报告期间：2031年度（2031年1月1日至2031年12月31日）'])).toBe(false);
  });

  it('keeps the usual naming by the year a fiscal year ends, and an undecided report', () => {
    expect(namesFiscalYearsByStart(['FY2024 (1 July 2023 to 30 June 2024)'])).toBe(false);
    expect(namesFiscalYearsByStart(['In FY2024 we cut emissions by 4%.'])).toBe(false);
    // Both namings stated: nothing is rewritten.
    const both = ['FY2022 (April 1, 2022 – March 31, 2023)', 'FY2021 (1 April 2020 to 31 March 2021)'];
    expect(namesFiscalYearsByStart(both)).toBe(false);
  });
});

describe('toEndYearNames', () => {
  it('moves single-year labels to the year they end, keeping two-year labels', () => {
    expect(toEndYearNames('FY2029 FY 2030 FY31 FY2030/31 FY99')).toBe('FY2030 FY 2031 FY32 FY2030/31 FY00');
  });

  it('moves Japanese 年度 labels, leaving calendar dates', () => {
    expect(toEndYearNames('2030年度  2031年度  2031年4月1日')).toBe('2031年度  2032年度  2031年4月1日');
  });
});

describe('toFyNames', () => {
  it('writes JSE-style "F2025" year labels as "FY2025", leaving codes alone', () => {
    expect(toFyNames('Group F2026 (F2025: 0.31)')).toBe('Group FY2026 (FY2025: 0.31)');
    expect(toFyNames('pump F2025-A, AF2025, F20251, F1999')).toBe('pump F2025-A, AF2025, F20251, FY1999');
  });

  it('writes the Malay "TK2025" (Tahun Kewangan) as "FY2025", at the same width', () => {
    expect(toFyNames('Petunjuk   TK2026   TK 2025')).toBe('Petunjuk   FY2026   FY 2025');
    expect(toFyNames('kod ATK2025, TK2025-B, TK20251')).toBe('kod ATK2025, TK2025-B, TK20251');
  });
});

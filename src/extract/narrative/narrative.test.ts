import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { extractNarrative } from './extract-narrative.js';
import { findZeroStatements } from './zero-statements.js';
import { splitSentences } from './sentences.js';

function figures(text: string, reportYear = 2021) {
  const lines = toReportLines(docFromText(text));
  return extractNarrative(lines, { reportYear, skip: new Set() }).map((m) => ({
    value: m.value,
    unit: m.unit,
    year: m.year,
    basis: m.basis,
  }));
}

describe('extractNarrative', () => {
  it('reads counts with their subject and shares with what they are of', () => {
    expect(
      figures(
        'As at 31 December 2021, the Group had a total of 259 technical personnel, accounting for 56.7% of its headcount.',
      ),
    ).toEqual([
      { value: '259', unit: 'technical personnel', year: 2021, basis: 'actual' },
      { value: '56.7', unit: '%', year: 2021, basis: 'actual' },
    ]);
  });
  it('keeps money with its printed scale and dates it by the sentence', () => {
    expect(figures('In February 2020, we donated RMB600,000 and RMB 3.44 million in cash.')).toEqual([
      { value: '600000', unit: 'RMB', year: 2020, basis: 'actual' },
      { value: '3.44', unit: 'RMB million', year: 2020, basis: 'actual' },
    ]);
  });
  it('turns statements of no incidents into zeros, one per year of "the past three years"', () => {
    const found = figures('In the past three years, the Group had no work-related fatalities.', 2021);
    expect(found.map((f) => [f.value, f.year])).toEqual([
      ['0', 2021],
      ['0', 2020],
      ['0', 2019],
    ]);
  });
  it('keeps targets apart with their target years, pairing "respectively"', () => {
    expect(
      figures(
        'Capacity will grow to 600,000 tons and 900,000 tons by the end of 2025 and 2030 respectively.',
        2023,
      ),
    ).toEqual([
      { value: '600000', unit: 'tons', year: 2025, basis: 'target' },
      { value: '900000', unit: 'tons', year: 2030, basis: 'target' },
    ]);
  });
  it('reads a prior-year comparative printed in brackets', () => {
    expect(
      figures('The Group had 1,234 employees (2021: 1,100) and a turnover rate of 12% (2021: 9%).', 2022),
    ).toEqual([
      { value: '1234', unit: 'employees', year: 2022, basis: 'actual' },
      { value: '12', unit: '%', year: 2022, basis: 'actual' },
      { value: '1100', unit: 'employees', year: 2021, basis: 'actual' },
      { value: '9', unit: '%', year: 2021, basis: 'actual' },
    ]);
  });
  it('dates a figure by a year printed in brackets after it', () => {
    expect(
      figures('Scope 3 emissions were 2,207,000 mtCO2e (FY22) and 2,622,000 mtCO2e (FY21).', 2023).map(
        (f) => [f.value, f.year],
      ),
    ).toEqual([
      ['2207000', 2022],
      ['2622000', 2021],
    ]);
  });
  it('skips years, dates, codes, ranks, ages, durations and phone numbers', () => {
    const text = [
      'In 2019, on 31 December, ISO 14001 and GB/T 2589-2020 applied to employees under 30 years old.',
      'We ranked 23rd in the Top 50 list, won 5 champions and answer within 24 hours; Tel: 010-66536198.',
      'The Group implements 5 working days and a 13-level structure for 2 consecutive years.',
    ].join('\n');
    expect(figures(text)).toEqual([]);
  });
});

describe('findZeroStatements', () => {
  it('finds recorded zeros but not policies or aims', () => {
    expect(
      findZeroStatements('During the Reporting Period, there was no lawsuit related to corruption.'),
    ).toHaveLength(1);
    expect(findZeroStatements('No one in the Company suffered from occupational diseases.')).toHaveLength(1);
    expect(findZeroStatements('We have zero tolerance for corruption cases.')).toHaveLength(0);
    expect(findZeroStatements('We strive to ensure no accidents happen.')).toHaveLength(0);
    expect(findZeroStatements('It has no material impact.')).toHaveLength(0);
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations', () => {
    const s = splitSentences('Qingdao Co., Ltd. donated 5 devices. It also trained 30 staff (e.g. Mr. Li).');
    expect(s.map((x) => x.text)).toEqual([
      'Qingdao Co., Ltd. donated 5 devices.',
      'It also trained 30 staff (e.g. Mr. Li).',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../test/support/doc-from-text.js';
import { toReportLines } from '../layout/index.js';
import { findReportYear, yearOf } from './report-year.js';

const yearIn = (...lines: string[]): number | undefined =>
  findReportYear(toReportLines(docFromText(lines.join('\n'))));

describe('yearOf', () => {
  it('names a fiscal year over two calendar years by the year it ends in', () => {
    expect(yearOf('2024/25')).toBe(2025);
    expect(yearOf('FY23/24')).toBe(2024);
    expect(yearOf('FY2026-27')).toBe(2027);
    expect(yearOf('2021–2022')).toBe(2022);
    expect(yearOf('FY1999/00')).toBe(2000);
    expect(yearOf('FY27')).toBe(2027);
    expect(yearOf('2023')).toBe(2023);
  });
  it('reads a span of several years as no report year', () => {
    expect(yearOf('2021–2025')).toBeUndefined();
    expect(yearOf('2024/23')).toBeUndefined();
  });
});

describe('findReportYear', () => {
  it('takes the end of a Korean reporting period over the publication year on the title', () => {
    expect(
      yearIn(
        '2033 지속가능경영보고서',
        '2033 SUSTAINABILITY REPORT',
        '보고 기간: 2032년 1월 1일 ~ 2032년 12월 31일',
      ),
    ).toBe(2032);
  });
  it('takes the year of a Chinese title over the earlier year its pages print more often', () => {
    const earlier = ['（2030年：1.37）', '2030年为57,008小时', '较2030年减少'];
    expect(yearIn('青岚精密制造股份有限公司 2031年度环境、社会及治理报告', ...earlier)).toBe(2031);
    expect(yearIn('青嵐物業服務集團有限公司  2031年度環境、社會及管治報告', ...earlier)).toBe(2031);
    expect(yearIn('青岚集团2031年可持续发展报告', ...earlier)).toBe(2031);
  });

  it('takes the end year of a fiscal year printed on the title', () => {
    expect(yearIn('Harbour Transit Holdings', 'ESG Report FY23/24')).toBe(2024);
    expect(yearIn('Meridian Mills Bhd', 'Sustainability Report 2022/23')).toBe(2023);
    expect(yearIn('Environmental, Social and Governance Report 2026-27')).toBe(2027);
    expect(yearIn('FY2020/21 Sustainability Report')).toBe(2021);
    expect(yearIn('2018–2019 Corporate Social Responsibility Report')).toBe(2019);
    expect(yearIn('Kestrel Foods', 'FY28 Impact Report')).toBe(2028);
  });
  it('takes the end of a stated period before any title', () => {
    expect(yearIn('Sustainability Report 2022/23', 'Covering the financial year ended 31 July 2023.')).toBe(
      2023,
    );
    expect(yearIn('Our report covers the twelve months ending September 30, 2021.')).toBe(2021);
    expect(yearIn('This report is for the year ended 31 March 2019 and its targets.')).toBe(2019);
    expect(
      yearIn('Report 2016', 'The figures cover the financial year ended', '30 June 2017 for all sites.'),
    ).toBe(2017);
  });
  it('keeps a calendar title year, past a multi-year plan printed near it', () => {
    expect(yearIn('Our 2020–2025 climate plan', '2023 Sustainability Report')).toBe(2023);
    expect(yearIn('Sustainability Report 2022', 'Progress on the 2019-2030 roadmap')).toBe(2022);
  });
  it('counts a fiscal year by its end when the title is split over lines', () => {
    expect(
      yearIn('FY21/22', 'SUSTAINABILITY', 'REPORT', 'Highlights of FY21/22', 'Since 2021 we have reported.'),
    ).toBe(2022);
  });
});

describe('a date wrapped onto the next line', () => {
  it('names the report year only when the joined sentence speaks of a period', () => {
    expect(
      yearIn(
        'Harwick Metals Sustainability Data 2024',
        'Our former segment structure applied up to 30 June',
        '2019 and that is how we reported our emissions then.',
      ),
    ).toBe(2024);
    expect(
      yearIn(
        'Harwick Metals',
        'This data book covers the financial year ended 30 June',
        '2024 for all sites.',
      ),
    ).toBe(2024);
  });
});

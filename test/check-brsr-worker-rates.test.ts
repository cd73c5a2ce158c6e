// SEBI's BRSR safety table prints each figure by "Employees" and "Workers" in a category column, and
// the hours worked only in the prose under it ("Workers, including contract workers, worked …").
// Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (workersRate: string) =>
  [
    'Sahyadri Resins Limited - Business Responsibility and Sustainability Report FY 2024-25',
    '',
    'Safety Incident/Number                     Category          FY 2024-25            FY 2023-24',
    'Lost Time Injury Frequency Rate (LTIFR)',
    '(per one million-person hours worked)      Employees                 0.41              0.65',
    `                                           Workers                   ${workersRate}              1.37`,
    'Total recordable work-related injuries',
    '                                           Employees                    5                 7',
    '                                           Workers                     19                23',
    '',
    'Employees worked 4,862,300 person-hours in FY 2024-25 (FY 2023-24: 4,615,900) and recorded',
    '2 lost time injuries (FY 2023-24: 3). Workers, including contract workers, worked 9,214,700',
    'person-hours (FY 2023-24: 8,791,200), with 9 lost time injuries (FY 2023-24: 12).',
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('BRSR safety rates by employees and workers', () => {
  it('gives each rate, injury count and the prose hours the group its row or sentence names', () => {
    const of = (metric: string) =>
      facts(REPORT('0.98'))
        .filter((f) => f.metric === metric && f.period.year === 2025)
        .map((f) => [f.quantity.value.toString(), f.dims.employment_type]);
    expect(of('safety.lost_time_injury_rate')).toEqual([
      ['0.41', 'employee'],
      ['0.98', 'worker'],
    ]);
    expect(of('safety.hours_worked')).toEqual([
      ['4862300', 'employee'],
      ['9214700', 'worker'],
    ]);
    expect(of('safety.lost_time_injuries')).toEqual([
      ['2', 'employee'],
      ['9', 'worker'],
    ]);
  });

  it("checks the workers' rate against the workers' injuries and hours, not the employees'", () => {
    // Workers: 9 × 1,000,000 / 9,214,700 = 0.98; employees: 2 × 1,000,000 / 4,862,300 = 0.41.
    const rated = (rate: string) =>
      checkFacts({ facts: facts(REPORT(rate)) }).findings.filter((f) => f.rule === 'rate.injury');
    expect(rated('0.98')).toEqual([]);
    expect(rated('1.18').map((f) => f.expected)).toEqual(['0.98']);
  });
});

// A Taiwanese occupational-safety table (職業災害統計): the disabling-injury frequency rate (FR, per
// 10^6 hours worked) checked against its injuries and hours; the severity rate (SR) and the combined
// index (FSI), printed with no unit under a caption naming employees, are no headcount. Invented figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (fr: string) =>
  [
    '青山精機股份有限公司 114年度永續報告書',
    '',
    '表8　職業災害統計（員工）',
    '  項目                          單位            112年度         113年度         114年度',
    '  總經歷工時                    小時          2,104,300       2,218,600       2,290,500',
    '  失能傷害件數                  件                    5               3               6',
    '  失能傷害損失日數              日                  121              64             133',
    `  失能傷害頻率（FR）¹                                2.38            1.35           ${fr}`,
    '  失能傷害嚴重率（SR）¹                                58              29              58',
    '  綜合傷害指數（FSI）                                0.37            0.20            0.37',
    '  註1：FR＝失能傷害件數×10⁶／總經歷工時；SR＝損失日數×10⁶／總經歷工時。',
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a Taiwanese occupational-safety table', () => {
  it('reads FR as the lost-time injury rate and its rows by their Chinese names', () => {
    const of2025 = facts(REPORT('2.62')).filter((f) => f.period.year === 2025);
    const metric = (value: string) => of2025.find((f) => f.quantity.value.toString() === value)?.metric;
    expect(metric('2290500')).toBe('safety.hours_worked');
    expect(metric('6')).toBe('safety.lost_time_injuries');
    expect(metric('133')).toBe('safety.lost_days');
    expect(metric('2.62')).toBe('safety.lost_time_injury_rate');
    expect(of2025.filter((f) => f.metric === 'workforce.total')).toEqual([]);
  });

  it('checks FR against the injuries per million hours worked', () => {
    const rated = (fr: string) =>
      checkFacts({ facts: facts(REPORT(fr)) }).findings.filter((f) => f.rule === 'rate.injury');
    // 6 × 10^6 / 2,290,500 = 2.62.
    expect(rated('2.62')).toEqual([]);
    expect(rated('3.62').length).toBe(1);
  });
});

// A Chinese report's safety table with its hours worked and injury rate stated in prose, and a sentence
// counting the staff who took a course, as HKEX (Traditional) and SSE/SZSE (Simplified) reports print
// them. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const SIMPLIFIED = (rate: string, trained: string) =>
  [
    '青岚精密制造股份有限公司 2031年度环境、社会及治理报告',
    '',
    '表5  员工人数',
    '指标                  单位          2031年        2030年',
    '员工总数              人             3,456         3,310',
    '工伤人数              人                41            47',
    '',
    `本年度总工作时数为7,120,500小时（2030年：6,884,200小时），按每200,000工作小时计算的工伤率为${rate}（2030年：1.37）。`,
    `年内共${trained}名员工完成反腐败培训。`,
    '',
  ].join('\n');

const TRADITIONAL = (rate: string, trained: string) =>
  [
    '青嵐物業服務集團有限公司  2031年度環境、社會及管治報告',
    '',
    '表5  僱員人數',
    '指標                  單位          2031年        2030年',
    '僱員總數              人             3,456         3,310',
    '工傷人數              人                41            47',
    '',
    `本年度總工作時數為7,120,500小時（2030年：6,884,200小時），按每200,000工作小時計算的工傷率為${rate}（2030年：1.37）。`,
    `年內共${trained}名僱員完成反貪污培訓。`,
    '',
  ].join('\n');

function findings(text: string, rule: string) {
  const facts = extractDocument(docFromText(text)).facts.map((f) => f.fact);
  return checkFacts({ facts }).findings.filter((f) => f.rule === rule);
}

describe.each([
  ['Simplified', SIMPLIFIED],
  ['Traditional', TRADITIONAL],
])('a %s Chinese report’s prose', (_, report) => {
  // 41 × 200,000 / 7,120,500 = 1.15; 47 × 200,000 / 6,884,200 = 1.37.
  it('checks the injury rate against the injuries and the hours worked it states', () => {
    expect(findings(report('1.15', '3,402'), 'rate.injury')).toEqual([]);
    const [wrong, ...rest] = findings(report('1.51', '3,402'), 'rate.injury');
    expect(rest).toEqual([]);
    expect([wrong?.actual, wrong?.expected]).toEqual(['1.51', '1.15']);
  });

  it('holds the staff who took a course to the staff total', () => {
    // Anti-corruption trainees are among the year's staff (count.within, GRI 205-2).
    expect(findings(report('1.15', '3,402'), 'count.within')).toEqual([]);
    expect(findings(report('1.15', '3,521'), 'count.within').map((f) => f.actual)).toEqual(['3521']);
  });
});

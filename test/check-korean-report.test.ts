// A Korean sustainability report (지속가능경영보고서): tables with "2031년" columns and "(단위: 톤)" captions,
// rows named in Korean with English in brackets or without, and prose whose figures come before the verb
// ("…은 N tCO2eq로 전년 대비 N% 감소하였습니다"). Invented company, wordings and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = (hazardous: string, change: string) =>
  [
    '                    2032 지속가능경영보고서',
    '                    청솔화학 주식회사',
    '',
    '  보고 기간: 2031년 1월 1일 ~ 2031년 12월 31일',
    '',
    '폐기물 현황                                                    (단위: 톤)',
    '구분                                  2029년        2030년        2031년',
    '──────────────────────────────────────────────────────────────────────',
    '폐기물 발생량                          52,410        50,180        48,960',
    `  지정폐기물                            3,120         2,980        ${hazardous}`,
    '  일반폐기물                           49,290        47,200        46,170',
    '재활용률 (%)                             81.2          82.6          84.1',
    '──────────────────────────────────────────────────────────────────────',
    '',
    '온실가스 배출량                                          (단위: tCO2eq)',
    '구분                                  2029년        2030년        2031년',
    '──────────────────────────────────────────────────────────────────────',
    '직접 배출                             118,400       114,250       109,870',
    '간접 배출                              86,120        84,630        80,410',
    '──────────────────────────────────────────────────────────────────────',
    '',
    `  2031년 직접 배출량은 109,870 tCO2eq로 전년 대비 ${change}% 감소하였습니다. 청솔화학은 2040년까지`,
    '  배출량을 50% 줄이는 것을 목표로 하고 있습니다.',
  ].join('\n');

const extract = (text: string) => extractDocument(docFromText(text)).facts.map((f) => f.fact);
const rule = (text: string, id: string) =>
  checkFacts({ facts: extract(text) }).findings.filter((f) => f.rule === id);

describe('a Korean report', () => {
  it('names rows by the Korean vocabulary and reads a change stated in prose', () => {
    const facts = extract(report('2,790', '3.8'));
    const hazardous = facts.find((f) => f.label?.includes('지정폐기물') && f.period.year === 2031);
    expect(hazardous?.metric).toBe('waste.hazardous');
    // The prose figure repeats the table's (merged with it); its change is of Scope 1, in 2031.
    const prose = facts.filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 22);
    expect(prose.map((f) => [f.metric, f.dims['of'], f.dims['direction'], f.period.year])).toEqual([
      ['change', 'ghg.scope1', 'decrease', 2031],
    ]);
  });

  it('finds a waste total its parts do not add to', () => {
    expect(rule(report('2,790', '3.8'), 'sum.components')).toEqual([]);
    const findings = rule(report('2,970', '3.8'), 'sum.components');
    expect(findings.map((f) => f.source.map((s) => s.line))).toEqual([[9, 10, 11]]);
  });

  it('checks a change stated in prose against the table (114,250 to 109,870 is -3.8%)', () => {
    expect(rule(report('2,790', '3.8'), 'change.stated')).toEqual([]);
    expect(rule(report('2,790', '6.2'), 'change.stated').map((f) => f.source.map((s) => s.line))).toEqual([
      [22, 18],
    ]);
  });

  it('reads a unit column of Korean counters (명) as units, keeping each row its own label', () => {
    const text = [
      '보고 기간: 2031년 1월 1일 ~ 2031년 12월 31일',
      '',
      '임직원 현황',
      '항목                                  단위      2029년      2030년      2031년',
      '──────────────────────────────────────────────────────────────────────────',
      '총 임직원                             명         4,702       4,771       4,836',
      '  여성                                명           512         541         580',
      '신규 채용                             명           182         176         158',
      '──────────────────────────────────────────────────────────────────────────',
    ].join('\n');
    const rows = extract(text).filter((f) => f.period.year === 2031);
    expect(rows.map((f) => [f.label, f.metric])).toEqual([
      ['총 임직원', 'workforce.total'],
      ['여성', 'workforce.total'],
      ['신규 채용', 'hires.count'],
    ]);
  });
});

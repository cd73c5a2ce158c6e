// A Chinese manufacturer's intensity named by the units of product it is per ("万台空调综合能耗",
// "吨钢综合能耗"), in a KPI table and in the chairman's sentence stating its change. Company and figures
// are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { chinesePerOutputPhrase } from '../src/extract/classify/chinese-per-output.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (change: string) =>
  [
    '青岚家电股份有限公司 2031年度可持续发展报告',
    '',
    '董事长致辞',
    `2031年，公司继续推进节能改造，万台空调综合能耗同比下降${change}%，较上年明显改善。`,
    '',
    '表4　能源消耗',
    '  指标                  单位                  2030年        2031年',
    '  综合能耗合计          吨标准煤              84,120.5      86,410.2',
    '  万台空调综合能耗      吨标准煤/万台         60.213        58.284',
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a Chinese intensity named by the units of product it is per', () => {
  it('reads the name as an intensity, never as the total its closing words name', () => {
    expect(chinesePerOutputPhrase('万条轮胎综合能耗')).toBe('单位产品综合能耗');
    expect(chinesePerOutputPhrase('每千件产品耗水量')).toBe('用水强度');
    expect(chinesePerOutputPhrase('吨钢碳排放')).toBe('碳排放强度');
    expect(chinesePerOutputPhrase('综合能耗合计')).toBeUndefined();
    expect(chinesePerOutputPhrase('万元营业收入综合能耗')).toBeUndefined();
    expect(chinesePerOutputPhrase('条轮胎综合能耗')).toBeUndefined();
  });

  it('gives the table row and the stated change the intensity metric', () => {
    const read = facts(REPORT('3.2'));
    const change = read.find((f) => f.metric === 'change');
    expect(change?.dims.of).toBe('energy.intensity');
    const row = read.filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 9);
    expect(row.map((f) => f.metric)).toEqual(['energy.intensity', 'energy.intensity']);
  });

  it('checks the stated change against the intensity row, not the total', () => {
    const stated = (c: string) =>
      checkFacts({ facts: facts(REPORT(c)) }).findings.filter((f) => f.rule === 'change.stated');
    // 58.284 / 60.213 − 1 = −3.2%; the total rose 2.7%.
    expect(stated('3.2')).toEqual([]);
    const wrong = stated('9.4');
    expect(wrong.length).toBe(1);
    expect(wrong[0]?.message).toContain('60.213');
  });
});

// Chinese tables printed one after another, as SSE/SZSE/BSE sustainability reports print them: one with a
// unit column (单位), then one naming its unit in the heading of its one figure column (金额（万元）).
// Each table's scale is its own. Companies and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = [
  '北岭新材料股份有限公司 2031年度可持续发展报告',
  '',
  '表4  能源消耗',
  '指标                    单位              2030年        2031年',
  '外购电力                万千瓦时          4,215.60      4,382.15',
  '天然气                  万立方米            318.42        296.80',
  '',
  '表5  环保投入（2031年）',
  '项目                               金额（万元）',
  '除尘设施改造                            512.30',
  '污水站提标                              186.45',
  '在线监测运维                             94.85',
  '合计                                    793.60',
  '',
  '全年环保投入7.94亿元，同比增长6.2%。',
  '',
].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a 万元 heading after a table with a unit column', () => {
  it('scales the figures under 金额（万元） by 10,000 and gives the total row the caption’s metric', () => {
    const total = facts(REPORT).find(
      (f) => f.provenance.kind === 'document' && f.provenance.location.line === 13,
    );
    expect(total?.metric).toBe('environment.investment');
    expect(total?.quantity.value.toString()).toBe('7936000');
    expect(total?.quantity.unit.symbol).toBe('RMB');
  });

  it('finds a chairman-style 亿元 figure a hundred times the table’s total', () => {
    const { findings } = checkFacts({ facts: facts(REPORT) });
    const slip = findings.find((f) => f.rule === 'duplicate.value');
    expect(slip?.message).toContain('7.94 亿元');
  });
});

// A Chinese report's KPI table and the sentence that states its changes, as SSE/SZSE reports print
// them ("同比下降5.5%", "较2030年增长4.4%"). Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (ghgChange: string, staffChange: string) =>
  [
    '青岚精密制造股份有限公司 2031年度环境、社会及治理报告',
    '',
    '指标                  单位                  2031年        2030年',
    '温室气体排放总量      吨二氧化碳当量        57,555.6      60,900.9',
    '员工总数              人                    3,456         3,310',
    '',
    `2031年，公司温室气体排放总量为57,555.6吨二氧化碳当量，同比下降${ghgChange}%。员工总数为3,456人，较2030年增长${staffChange}%。全年志愿服务时长达12,400小时。`,
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a Chinese report’s prose', () => {
  it('reads its figures by their Chinese subjects', () => {
    const found = facts(REPORT('5.5', '4.4'))
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 7)
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims.of ?? '', f.dims.direction ?? '']);
    expect(found).toContainEqual(['community.volunteer_hours', '12400', '', '']);
    expect(found).toContainEqual(['change', '5.5', 'ghg.total', 'decrease']);
    expect(found).toContainEqual(['change', '4.4', 'workforce.total', 'increase']);
  });

  it('checks each stated change against the table’s two years', () => {
    const stated = (g: string, s: string) =>
      checkFacts({ facts: facts(REPORT(g, s)) }).findings.filter((f) => f.rule === 'change.stated');
    // 57,555.6 / 60,900.9 − 1 = −5.5%; 3,456 / 3,310 − 1 = +4.4%.
    expect(stated('5.5', '4.4')).toEqual([]);
    expect(stated('8.5', '4.4').length).toBe(1);
    expect(stated('5.5', '6.4').length).toBe(1);
  });
});

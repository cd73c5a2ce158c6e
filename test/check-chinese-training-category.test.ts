// A mainland Chinese report's training table by employee category (SSE/SZSE 2024 guideline, GRI 404-1):
// the corner cell names the breakdown without "按" and the average column is headed "人均学时". Company and
// figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (technicians: string) =>
  [
    '云川新材料股份有限公司 2031年度可持续发展报告',
    '',
    '表7  员工培训情况（2031年）',
    '  员工类别          受训人数（人）   培训总学时（小时）   人均学时（小时）',
    '  管理人员                   312             14,040               45.0',
    `  技术人员                   845             41,405               ${technicians}`,
    '  生产人员                 2,130             63,900               30.0',
    '  合计                     3,287            119,345               36.3',
    '全年员工培训覆盖率100%。',
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a Chinese training table by employee category', () => {
  it('reads each row as its category and the 人均学时 column as the average', () => {
    // The 合计 row is the whole; only the category rows are asserted here.
    const averages = facts(REPORT('49.0'))
      .filter((f) => f.metric === 'training.hours_average')
      .slice(0, 3);
    expect(averages.map((f) => [f.dims.employee_category, f.quantity.value.toString()])).toEqual([
      ['管理人员', '45'],
      ['技术人员', '49'],
      ['生产人员', '30'],
    ]);
  });

  it('redoes each category’s average from its hours and headcount', () => {
    const run = (v: string) => checkFacts({ facts: facts(REPORT(v)) }).findings;
    expect(run('49.0').filter((f) => f.severity === 'error')).toEqual([]);
    const wrong = run('54.0').filter((f) => f.rule === 'average.total');
    expect(wrong.map((f) => [f.severity, f.actual])).toEqual([['error', '54']]);
  });
});

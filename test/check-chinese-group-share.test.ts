// A group's share stated after 占 / 佔 in Chinese prose, in Simplified and Traditional script: the
// share of the people counted before it (or named before 占), checked against those counts. Company
// and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(`青岚精密制造 2031年度环境、社会及治理报告\n\n${text}\n`)).facts.map(
    (f) => f.fact,
  );
}

const shares = (text: string) =>
  facts(text)
    .filter((f) => f.quantity.unit.symbol === '%')
    .map((f) => [f.metric, f.quantity.value.toString(), f.dims]);

const shareFindings = (text: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === 'share.count');

describe('a group’s share after 占 in Chinese prose', () => {
  it('names the share of the counted group by the count’s gender and category, in both scripts', () => {
    expect(shares('2031年，公司员工总数为2,740人，其中女性员工1,096人，占员工总数的40.0%。')).toEqual([
      ['workforce.share', '40', { gender: 'female' }],
    ]);
    expect(shares('2031年底全體員工1,250人，其中女性員工475人，佔全體員工38.0%。')).toEqual([
      ['workforce.share', '38', { gender: 'female' }],
    ]);
    expect(shares('2031年，其中女性管理者52人，佔管理層26.0%。')).toEqual([
      ['workforce.share', '26', { gender: 'female', employee_category: 'management' }],
    ]);
    expect(shares('2031年，僱員總數5,120人，女性佔43.5%。')).toEqual([
      ['workforce.share', '43.5', { gender: 'female' }],
    ]);
  });

  it('leaves a share of another whole (new hires, revenue) unnamed as a workforce share', () => {
    const other = shares('2031年，其中女性员工212人，占新进员工的47.0%。研发投入占营业收入的6.2%。');
    expect(other.map((s) => s[0])).not.toContain('workforce.share');
  });

  it('checks the share against the count over the headcount', () => {
    // 1,096 / 2,740 = 40.0%; 41.6% is no rounding of it.
    expect(shareFindings('2031年，公司员工总数为2,740人，其中女性员工1,096人，占员工总数的40.0%。')).toEqual(
      [],
    );
    expect(
      shareFindings('2031年，公司员工总数为2,740人，其中女性员工1,096人，占员工总数的41.6%。').length,
    ).toBe(1);
    expect(shareFindings('2031年，僱員總數5,120人，女性佔45.3%。女性僱員2,227人。').length).toBe(1);
  });

  it('reads a bare gender after 其中 as that gender among the people counted before, and minority staff as a group', () => {
    const text = '2031年末，公司共有在职员工3,180人，其中女性1,207人，占比41.2%；少数民族员工96人。';
    const counts = facts(text)
      .filter((f) => f.quantity.unit.symbol !== '%')
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims]);
    expect(counts).toEqual([
      ['workforce.total', '3180', {}],
      ['workforce.total', '1207', { gender: 'female' }],
      ['workforce.total', '96', { ethnicity: 'ethnic_minority' }],
    ]);
    // 1,207 / 3,180 = 38.0%, not the 41.2% printed.
    expect(shareFindings(text).map((f) => [f.severity, f.expected])).toEqual([['error', '37.96']]);
  });
});

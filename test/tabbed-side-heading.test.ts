// A side heading parted from its paragraph by a tab ("B7 反贪污⇥本年度…"), as a PDF converter prints a
// heading set in the margin: the lines make a block no table reads, and its prose is still prose.
// Invented company, wordings and figures.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const report = [
  '松岭物流控股有限公司',
  '2031年环境、社会及管治报告',
  '',
  '表5\t按职级划分的雇员',
  '职级\t2031年\t2030年',
  '管理人员\t212\t205',
  '司机及一般员工\t1,028\t1,011',
  '雇员总数\t1,240\t1,216',
  '',
  '客户资料：本集团按照《个人资料（私隐）条例》处理托运人及收货人的资料，所有仓库员工均须签署保密承诺；本年度',
  '并无经证实的客户资料外泄事件。货件追踪系统的数据存放于本地伺服器，并每年由独立机构进行渗透测试。',
  '',
  'B7 反贪污\t本年度并无针对本集团或其雇员的已审结贪污诉讼案件（2030年：0宗）。',
  '年内共1,318名雇员完成网上反贪污培训，合共2,636小时；董事会全体7名董事亦已出席相关讲座。',
  '',
  '本集团设有举报政策，雇员及外界人士可透过电邮直接向审核委员会主席举报，举报人身份绝对保密。',
].join('\n');

const facts = () => extractDocument(docFromText(report)).facts.map((f) => f.fact);

describe('a side heading tabbed before its paragraph', () => {
  it('leaves the paragraph to the prose reader', () => {
    const values = facts()
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 14)
      .map((f) => f.quantity.value.toString());
    expect(values).toContain('1318');
  });

  it('so the trained staff are checked against the headcount', () => {
    const found = checkFacts({ facts: facts() }).findings.filter((f) =>
      f.source.some((s) => 'line' in s && s.line === 14),
    );
    expect(found.map((f) => f.rule)).toContain('count.within');
  });
});

// A side heading tabbed before its disclosure codes ("Our people⇥GRI 2-7, 405-1"), then a paragraph whose
// lines end mid-sentence: the lines are prose, though none of them ends a sentence.
const english = [
  'Tamsin Valley Foods plc',
  'Sustainability Report 2031',
  '',
  'Our people\tGRI 2-7, 405-1',
  '',
  'At the end of 2031 we employed 1,240 people (2030: 1,216), all of them at the two canneries in',
  'the valley. Women make up 58.4% of our workforce (759 of 1,240',
  'employees) and hold most of the supervisory posts on the packing lines.',
].join('\n');

describe('a side heading tabbed before its codes', () => {
  it('leaves the wrapped lines of the paragraph below to the prose reader', () => {
    const facts = extractDocument(docFromText(english)).facts.map((f) => f.fact);
    const values = facts
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 7)
      .map((f) => f.quantity.value.toString());
    expect(values).toContain('58.4');
  });
});

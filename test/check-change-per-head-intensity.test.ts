// Extraction and check together on a Chinese livestock report: the chairman's letter states a change of
// an energy intensity per head ("单位出栏生猪综合能耗同比下降7.5%") right after another figure's clause, and a
// table prints that intensity in 千克标准煤/头 beside one per revenue. Company, wording and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = [
  '江南牧业2025年度可持续发展报告',
  '',
  '表3  能源消耗',
  '指标                          单位                    2023年        2024年        2025年',
  '————————————————————————————————————————————',
  '综合能源消耗量                吨标准煤             41,523.72     45,952.45     50,201.28',
  '单位出栏生猪综合能耗          千克标准煤/头            15.21         15.62         15.80',
  '单位营业收入综合能耗          吨标准煤/百万元          8.774         8.414         8.574',
  '',
  '董事长致辞',
  '2025年，公司生猪出栏248.6万头，粪污资源化利用率提升至95.1%，单位出栏生猪综合能耗同比下降7.5%。',
  '',
].join('\n');

const facts = () => extractDocument(docFromText(REPORT)).facts.map((f) => f.fact);

describe('a stated change of a per-head energy intensity', () => {
  it('reads the per-head row as an energy intensity under its own label', () => {
    const row = facts().filter((f) => f.label === '单位出栏生猪综合能耗' && f.period.year === 2025);
    expect(row.map((f) => f.metric)).toEqual(['energy.intensity']);
    expect(row[0]?.dims.denominator).toBe('头');
  });

  it('takes the subject its own clause names, not the rate counted before it', () => {
    const change = facts().find((f) => f.metric === 'change');
    expect(change?.dims.of).toBe('energy.intensity');
    expect(change?.label).toContain('单位出栏生猪综合能耗');
  });

  it('compares the change with the per-head row, not the one per revenue', () => {
    const found = checkFacts({ facts: facts() }).findings.filter((f) => f.rule === 'change.stated');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('15.62');
  });
});

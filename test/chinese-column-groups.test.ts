// A Chinese table of two column groups over the same years (a count, then its rate), aligned by
// character as PDF-to-text output places each glyph. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = [
  '青岚精密制造股份有限公司 2031年度环境、社会及治理报告',
  '',
  '表6  员工离职情况',
  '                       离职人数（人）                 离职率（%）',
  '                   2030年     2031年         2030年     2031年',
  '  男性                 512       548          14.2      15.0',
  '  女性                 371       402          16.8      17.3',
  '合计                   883       950          15.1      15.9',
  '',
].join('\n');

describe('a Chinese table of a count and its rate over the same years', () => {
  it('reads the count group as leavers and the rate group as turnover rates, each of its year', () => {
    const facts = extractDocument(docFromText(REPORT))
      .facts.map((f) => f.fact)
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 6);
    expect(
      facts.map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, f.period.year]),
    ).toEqual([
      ['turnover.count', '512', 'persons', 2030],
      ['turnover.count', '548', 'persons', 2031],
      ['turnover.rate', '14.2', '%', 2030],
      ['turnover.rate', '15', '%', 2031],
    ]);
  });
});

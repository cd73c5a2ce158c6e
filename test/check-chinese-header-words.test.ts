// A Chinese one-year table headed by words alone ("类别 指标 单位 数值", no year in the header), as
// SZSE/SSE reports print their workforce tables, its year in the caption. Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const REPORT = (header: string, share: string) =>
  [
    '青岚精密制造股份有限公司 2031年度环境、社会及治理报告',
    '',
    '表5  2031年员工构成',
    header,
    '总体        员工总数            人        5,120',
    '按性别      男性员工            人        3,380',
    '            女性员工            人        1,740',
    '管理层      管理人员            人        410',
    '            其中：女性管理人员  人        97',
    `            女性管理人员占比    %         ${share}`,
    '注：女性管理人员占比＝女性管理人员÷管理人员×100%。',
    '',
  ].join('\n');

const shareFindings = (header: string, share: string) =>
  checkFacts({
    facts: extractDocument(docFromText(REPORT(header, share))).facts.map((f) => f.fact),
  }).findings.filter((f) => f.rule === 'share.count' && f.severity === 'error');

describe('a Chinese table headed by words parted by spaces', () => {
  const headers = [
    '类别        指标                单位      数值',
    '类别 指标 单位 数值',
    '類別        指標                單位      數值',
  ];
  it.each(headers)('reads its rows as the caption’s headcounts under "%s"', (header) => {
    // 97 / 410 = 23.7%.
    expect(shareFindings(header, '23.7')).toEqual([]);
    expect(shareFindings(header, '27.3').length).toBe(1);
  });
});

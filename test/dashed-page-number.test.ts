// A Chinese table continued over a page break whose page number is printed between dashes ("- 7 -")
// under a running footer: the rows after the break keep the years of the columns above it. Company
// and figures are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const filler = (n: number) => `第${String(n)}部分说明：本公司持续完善环境管理体系，推进节能降耗与清洁生产。`;

function page(no: number, body: readonly string[]): string[] {
  return [
    filler(no),
    filler(no + 1),
    ...body,
    '',
    `                                            - ${String(no)} -`,
    '                                        青岚造纸股份有限公司  2031年度可持续发展报告',
    '',
  ];
}

const REPORT = [
  ...page(3, ['公司概况']),
  ...page(4, ['治理结构']),
  ...page(5, ['环境管理']),
  ...page(6, [
    '表4  温室气体排放',
    '  指标                          单位                  2031年        2030年        2029年',
    '  范围一合计                    吨CO2e            412,305.18    398,772.40    381,904.66',
  ]),
  '  范围二：外购电力              吨CO2e            126,480.92    119,306.25    121,877.03',
  '  范围一和范围二合计            吨CO2e            538,786.10    518,078.65    503,781.69',
  '',
  '气候目标：持续降低单位产品排放强度。',
].join('\n');

describe('a table continued after a page number printed between dashes', () => {
  it('reads the rows after the break in the years of the columns above it', () => {
    const rows = extractDocument(docFromText(REPORT))
      .facts.map((f) => f.fact)
      .filter((f) => f.metric === 'ghg.scope1_2')
      .map((f) => [f.period.year, f.quantity.value.toString()]);
    expect(rows).toEqual([
      [2031, '538786.1'],
      [2030, '518078.65'],
      [2029, '503781.69'],
    ]);
  });
});

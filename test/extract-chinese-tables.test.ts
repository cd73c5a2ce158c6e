// Chinese-only tables as SSE/SZSE and HKEX issuers print them: years headed "2031年" / "2031年度", units
// in full-width brackets after the label ("（吨二氧化碳当量）") or in a unit column, and a "同比变化"
// column comparing the years. Companies and figures are invented.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}
const byLine = (found: ReturnType<typeof facts>, line: number) =>
  found
    .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === line)
    .map((f) => [f.period.year, f.quantity.value.toString(), f.quantity.unit.symbol]);

const BRACKETED = [
  '碧川环境科技股份有限公司 2031年度可持续发展报告',
  '',
  '指标名称                              2031年度       2030年度',
  '范围1温室气体排放（吨二氧化碳当量）    8,120.4        8,560.2',
  '耗电量（万千瓦时）                    3,210.6        3,356.2',
  '综合能源消耗量（万吨标准煤）          1.26           1.31',
  '耗水量（万立方米）                    86.4           90.2',
  '人均培训时数（小时／人）              28.4           26.1',
  '',
].join('\n');

const CHANGE = [
  '表1 温室气体排放',
  '',
  '指标                  单位                  2031年        2030年       同比变化',
  '温室气体排放总量      吨二氧化碳当量        57,555.6      60,900.9     -5.5%',
  '外购电力              万千瓦时              6,512.3       6,840.1      -4.8%',
  '',
].join('\n');

describe('Chinese tables', () => {
  it('reads a unit in full-width brackets after the label, under 年度 year columns', () => {
    const found = facts(BRACKETED);
    expect(byLine(found, 4)).toEqual([
      [2031, '8120.4', 'tCO2e'],
      [2030, '8560.2', 'tCO2e'],
    ]);
    expect(byLine(found, 5).map((r) => r[2])).toEqual(['10,000 kWh', '10,000 kWh']);
    expect(byLine(found, 6).map((r) => r[2])).toEqual(['10,000 tce', '10,000 tce']);
    expect(byLine(found, 7).map((r) => r[2])).toEqual(['10,000 m3', '10,000 m3']);
    expect(byLine(found, 8).map((r) => r[2])).toEqual(['hours/person', 'hours/person']);
  });

  it('reads a 同比变化 column as stated changes, never as a year', () => {
    const found = facts(CHANGE);
    const row = found.filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 4);
    expect(
      row.filter((f) => f.metric !== 'change').map((f) => [f.period.year, f.quantity.value.toString()]),
    ).toEqual([
      [2031, '57555.6'],
      [2030, '60900.9'],
    ]);
    const change = row.find((f) => f.metric === 'change');
    expect([change?.dims.of, change?.quantity.value.toString()]).toEqual(['ghg.total', '-5.5']);
  });
});

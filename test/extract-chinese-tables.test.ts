// Chinese-only tables as SSE/SZSE and HKEX issuers print them: years headed "2031年" / "2031年度", units
// in full-width brackets after the label ("（吨二氧化碳当量）") or in a unit column, and a "同比变化"
// column comparing the years. Companies and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { byLine, facts } from './support/facts-by-line.js';

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

// The change column printed with an arrow glued to the figure, a rule line under the heading.
const ARROWED = [
  '表3 能源消耗',
  '  指标                  单位                  2030年        2031年        同比',
  '  ──────────────────────────────────────────',
  '  外购电力              万千瓦时            7,214.60      7,603.20        ↑5.4%',
  '  原煤                  吨                  42,186.4      35,020.1       ↓17.0%',
  '',
].join('\n');

describe('Chinese tables', () => {
  it('reads a unit in full-width brackets after the label, under 年度 year columns', () => {
    const found = facts(BRACKETED);
    expect(byLine(found, 4)).toEqual([
      [2031, '8120.4', 'tCO2e'],
      [2030, '8560.2', 'tCO2e'],
    ]);
    // 万千瓦时 is 10,000 kWh: the electricity row is converted to the catalogue's MWh.
    expect(byLine(found, 5)).toEqual([
      [2031, '32106', 'MWh'],
      [2030, '33562', 'MWh'],
    ]);
    expect(byLine(found, 6)).toEqual([
      [2031, '12600', 'tce'],
      [2030, '13100', 'tce'],
    ]);
    expect(byLine(found, 7)).toEqual([
      [2031, '864000', 'm3'],
      [2030, '902000', 'm3'],
    ]);
    expect(byLine(found, 8).map((r) => r[2])).toEqual(['hours', 'hours']);
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

  it('reads the rows of a 同比 column whose changes carry a rising or falling arrow', () => {
    const found = facts(ARROWED);
    expect(byLine(found, 4).slice(0, 2)).toEqual([
      [2030, '72146', 'MWh'],
      [2031, '76032', 'MWh'],
    ]);
    const changes = found.filter((f) => f.metric === 'change').map((f) => f.quantity.value.toString());
    expect(changes).toEqual(['5.4', '-17']);
  });
});

// A Hong Kong issuer's Traditional Chinese KPI table: a unit column in Chinese, counted nouns (家, 宗),
// rows by gender and by region under "按…劃分" headings.
const HONG_KONG = (total: string) =>
  [
    '翠嶺控股有限公司 2031年環境、社會及管治報告',
    '',
    '指標                                 單位                 2031年         2030年',
    '範圍1溫室氣體排放                    噸二氧化碳當量       1,240.5        1,310.2',
    '範圍2溫室氣體排放                    噸二氧化碳當量       6,820.3        7,045.8',
    '溫室氣體排放總量                     噸二氧化碳當量       8,060.8        8,356.0',
    '有害廢棄物                           噸                   12.4           13.8',
    `僱員總數                             人                   ${total}          2,298`,
    '按性別劃分',
    '男性                                 人                   1,402          1,371',
    '女性                                 人                   954            927',
    '按地區劃分',
    '香港                                 人                   1,120          1,098',
    '中國內地                             人                   1,236          1,200',
    '每名僱員平均受訓時數                 小時                 18.2           16.9',
    '供應商數目                           家                   286            271',
    '客戶投訴                             宗                   9              12',
    '',
  ].join('\n');

describe('Chinese row labels', () => {
  it('names each row by the catalogue’s Chinese wordings, with its unit, gender and region', () => {
    const found = facts(HONG_KONG('2,356'))
      .filter((f) => f.period.year === 2031)
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol, JSON.stringify(f.dims)]);
    expect(found).toEqual([
      ['ghg.scope1', '1240.5', 'tCO2e', '{}'],
      ['ghg.scope2', '6820.3', 'tCO2e', '{}'],
      ['ghg.total', '8060.8', 'tCO2e', '{}'],
      ['waste.hazardous', '12.4', 't', '{}'],
      ['workforce.total', '2356', 'persons', '{}'],
      ['workforce.total', '1402', 'persons', '{"gender":"male"}'],
      ['workforce.total', '954', 'persons', '{"gender":"female"}'],
      ['workforce.total', '1120', 'persons', '{"region":"香港"}'],
      ['workforce.total', '1236', 'persons', '{"region":"中國內地"}'],
      ['training.hours_average', '18.2', 'hours', '{}'],
      ['suppliers.count', '286', 'count', '{}'],
      ['product.complaints', '9', 'count', '{}'],
    ]);
  });

  it('checks a total against its gender and region rows, and no error where they add up', () => {
    const errors = (total: string) =>
      checkFacts({ facts: facts(HONG_KONG(total)) }).findings.filter((f) => f.rule === 'sum.breakdown');
    expect(errors('2,356')).toEqual([]);
    expect(errors('2,366').length).toBeGreaterThan(0);
  });

  it('reads a 其中 row and the indented row under it as parts of the whole by gender', () => {
    const text = [
      '指标                  单位        2031年      2030年',
      '员工总数              人          3,456       3,310',
      '其中：男性            人          2,210       2,130',
      '      女性            人          1,246       1,180',
      '',
    ].join('\n');
    const found = facts(text)
      .filter((f) => f.period.year === 2031)
      .map((f) => [f.metric, f.quantity.value.toString(), f.dims.gender]);
    expect(found).toEqual([
      ['workforce.total', '3456', undefined],
      ['workforce.total', '2210', 'male'],
      ['workforce.total', '1246', 'female'],
    ]);
  });
});

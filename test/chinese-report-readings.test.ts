// Readings of Chinese KPI tables and prose as SSE/SZSE issuers print them in Simplified Chinese and HKEX
// issuers in Traditional Chinese: "其中：" lists, Scope 1 and 2 combined, key-figure tiles with units
// glued to their figures, management staff, anti-corruption training, and spending in 亿元. Companies
// and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}
const lineOf = (f: ReturnType<typeof facts>[number]) =>
  f.provenance.kind === 'document' ? f.provenance.location.line : undefined;
const rows = (found: ReturnType<typeof facts>, year: number) =>
  found
    .filter((f) => f.period.year === year && f.metric !== 'change')
    .map((f) => [lineOf(f), f.metric, f.quantity.value.toString(), JSON.stringify(f.dims)]);
const findings = (text: string, rule: string) =>
  checkFacts({ facts: facts(text) }).findings.filter((f) => f.rule === rule);

// A waste table whose "其中：" list goes on in rows indented under it, as mainland reports print it.
const OF_WHICH = (latest: string) =>
  [
    '表3  废弃物',
    '指标                          单位          2029年       2030年       2031年',
    '----------------------------------------------------------------------------',
    '一般工业固体废物产生量        吨           5,214.6      5,388.1      5,402.9',
    `危险废物产生量                吨             742.3        768.9      ${latest}`,
    '  其中：废乳化液              吨             401.5        412.2        398.6',
    '        废活性炭              吨             188.4        201.3        214.8',
    '        废油漆桶              吨             152.4        155.4        168.1',
    '危险废物合规处置率            %                100          100          100',
    '----------------------------------------------------------------------------',
  ].join('\n');

describe('a 其中 list over indented rows', () => {
  it('reads every indented row as a part of the whole, named after the list marker', () => {
    const found = facts(OF_WHICH('781.5')).filter((f) => f.period.year === 2031);
    const parts = found.filter((f) => [6, 7, 8].includes(lineOf(f) ?? 0));
    expect(parts.map((f) => [f.metric, f.label, f.dims.waste_type])).toEqual([
      ['waste.hazardous', '其中:废乳化液', '废乳化液'],
      ['waste.hazardous', '其中:废活性炭', '废活性炭'],
      ['waste.hazardous', '其中:废油漆桶', '废油漆桶'],
    ]);
  });

  it('checks the whole against its listed parts where the other years confirm them', () => {
    expect(findings(OF_WHICH('781.5'), 'sum.table-rows')).toEqual([]);
    const errors = findings(OF_WHICH('818.5'), 'sum.table-rows');
    expect(errors.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '781.5', '818.5']]);
  });

  it('ends the list at a row printed back at the whole’s indent', () => {
    const found = facts(OF_WHICH('781.5')).filter((f) => lineOf(f) === 9);
    expect(found.map((f) => f.label)).not.toContain('其中:危险废物合规处置率');
  });
});

describe('Scope 1 and 2 combined', () => {
  it('reads 范围一和范围二 and 範圍一及範圍二 before a longer Scope 2 wording as the combined scopes', () => {
    const text = [
      '某某科技股份有限公司 2031年度可持续发展报告',
      '',
      '全年范围一和范围二温室气体排放总量同比下降7.4%，单位产值能耗持续下降。',
      '本年度範圍一及範圍二溫室氣體排放較去年減少6.1%。',
      '',
    ].join('\n');
    const changes = facts(text).filter((f) => f.metric === 'change');
    expect(changes.map((f) => [lineOf(f), f.dims.of, f.quantity.value.toString()])).toEqual([
      [3, 'ghg.scope1_2', '7.4'],
      [4, 'ghg.scope1_2', '6.1'],
    ]);
  });
});

describe('key-figure tiles with Chinese units glued to the figures', () => {
  it('reads each name with its own figure, a long unit leaving one space before the next name', () => {
    const text = [
      '某某装备股份有限公司 2031年度ESG报告',
      '',
      '二、2031年度关键绩效',
      '',
      '营业收入              27.45亿元               研发投入              1.93亿元',
      '员工总数              2,871人                 综合能源消耗量        9,402.18吨标准煤',
      '范围一+范围二排放     38,217.64吨二氧化碳当量 员工培训覆盖率        97.3%',
      '',
    ].join('\n');
    expect(rows(facts(text), 2031).map((r) => [r[0], r[1], r[2]])).toEqual([
      [5, 'economic.revenue', '2745000000'],
      [5, 'innovation.rd_investment', '193000000'],
      [6, 'workforce.total', '2871'],
      [6, 'energy.total_tce', '9402.18'],
      [7, 'ghg.scope1_2', '38217.64'],
      [7, 'training.trained_share', '97.3'],
    ]);
  });
});

// A headcount table by position and age, then the staff overview with its management rows.
const STAFF = (share: string) =>
  [
    '表5  员工构成（单位：人）',
    '类别                              男性        女性        合计',
    '----------------------------------------------------------------',
    '按岗位',
    '  生产人员                       1,602         318       1,920',
    '  行政管理人员                     126          95         221',
    '按年龄',
    '  30岁以下                         604         172         776',
    '  30-50岁                        1,002         211       1,213',
    '  50岁以上                         122          30         152',
    '合计                             1,728         413       2,141',
    '----------------------------------------------------------------',
    '',
    '表6  员工概况',
    '指标                          单位          2030年       2031年',
    '----------------------------------------------------------------',
    '员工总数                      人             2,012        2,141',
    `女性员工占比                  %               18.7        ${share}`,
    '管理层人数                    人               142          151',
    '女性管理者占比                %               21.1         23.8',
    '----------------------------------------------------------------',
  ].join('\n');

describe('staff categories in Chinese', () => {
  it('reads positions and age bands under 按岗位 and 按年龄, and management among the measure’s words', () => {
    const found = facts(STAFF('19.3')).filter((f) => f.period.year === 2031 && f.dims.gender === undefined);
    expect(found.map((f) => [f.metric, f.quantity.value.toString(), JSON.stringify(f.dims)])).toEqual([
      ['workforce.total', '1920', '{"employee_category":"生产人员"}'],
      ['workforce.total', '221', '{"employee_category":"行政管理人员"}'],
      ['workforce.total', '776', '{"age":"<30"}'],
      ['workforce.total', '1213', '{"age":"30-50"}'],
      ['workforce.total', '152', '{"age":">50"}'],
      ['workforce.total', '2141', '{}'],
      ['workforce.total', '2141', '{}'],
      ['workforce.total', '151', '{"employee_category":"management"}'],
    ]);
    const shares = facts(STAFF('19.3')).filter(
      (f) => f.metric === 'workforce.share' && f.period.year === 2031,
    );
    expect(shares.map((f) => JSON.stringify(f.dims))).toEqual([
      '{"gender":"female"}',
      '{"gender":"female","employee_category":"management"}',
    ]);
  });

  it('checks the share of women against the headcount by gender, the managers’ share apart', () => {
    expect(findings(STAFF('19.3'), 'share.count')).toEqual([]);
    expect(findings(STAFF('22.6'), 'share.count').map((f) => f.actual)).toEqual(['22.6']);
  });
});

describe('anti-corruption training and environmental spending', () => {
  it('reads anti-corruption training coverage apart from staff training coverage', () => {
    const text = [
      '某某股份有限公司 2031年度可持续发展报告',
      '',
      '报告期内，公司反腐败培训覆盖率100%，员工培训覆盖率96.2%。',
      '本年度董事及員工反貪污培訓覆蓋率為98%。',
      '全年组织廉洁培训26场。',
      '',
    ].join('\n');
    // 26 sessions (场) of integrity training count no people trained.
    const found = facts(text)
      .filter((f) => f.metric !== 'unclassified')
      .map((f) => [lineOf(f), f.metric, f.quantity.value.toString()]);
    expect(found).toEqual([
      [3, 'corruption.training_share', '100'],
      [3, 'training.trained_share', '96.2'],
      [4, 'corruption.training_share', '98'],
    ]);
  });

  it('finds environmental spending in 亿元 that exceeds the revenue', () => {
    const text = (unit: string) =>
      [
        '某某股份有限公司 2031年度可持续发展报告',
        '',
        '2031年，公司实现营业收入36.40亿元，同比增长6.2%。',
        `全年环保投入2,415.80${unit}，主要用于废气治理设施改造。`,
        '',
      ].join('\n');
    expect(findings(text('万元'), 'magnitude.plausible')).toEqual([]);
    expect(findings(text('亿元'), 'magnitude.plausible')).toHaveLength(1);
  });
});

// A letter stating the year's work-safety spending in 亿元 and the safety table printing it in 万元.
const SAFETY_SPEND = (letter: string) =>
  [
    '某某股份有限公司 2031年度可持续发展报告',
    '',
    `董事长致辞：全年安全生产投入${letter}亿元，较上年有所增加。`,
    '',
    '表6  安全绩效',
    '指标                          单位          2029年       2030年       2031年',
    '----------------------------------------------------------------------------',
    '总工时                        小时       9,214,300    9,402,600    9,688,100',
    '安全生产投入                  万元        1,842.30     2,016.75     2,274.60',
    '----------------------------------------------------------------------------',
    '',
  ].join('\n');

describe('work-safety spending', () => {
  it('reads the letter and the table row as one metric', () => {
    const found = facts(SAFETY_SPEND('0.23')).filter((f) => f.period.year === 2031);
    expect(found.filter((f) => [3, 9].includes(lineOf(f) ?? 0)).map((f) => [lineOf(f), f.metric])).toEqual([
      [3, 'safety.investment'],
      [9, 'safety.investment'],
    ]);
  });

  it('warns when the letter prints the table’s amount ten times over', () => {
    expect(findings(SAFETY_SPEND('0.23'), 'duplicate.value').filter((f) => f.severity !== 'info')).toEqual(
      [],
    );
    const slipped = findings(SAFETY_SPEND('2.27'), 'duplicate.value').filter((f) => f.severity !== 'info');
    expect(slipped.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ['warning', '22746000', '227000000'],
    ]);
  });
});

// The same KPI table and sentences in Traditional and in Simplified Chinese: both read alike.
const TRADITIONAL = [
  '翠峰控股有限公司 2031年環境、社會及管治報告',
  '',
  '表2  環境關鍵績效指標',
  '指標                          單位                 2030年       2031年',
  '----------------------------------------------------------------------',
  '範圍一溫室氣體排放            噸二氧化碳當量      4,812.6      4,410.2',
  '範圍二溫室氣體排放            噸二氧化碳當量     12,630.4     11,905.8',
  '溫室氣體排放總計              噸二氧化碳當量     17,443.0     16,316.0',
  '外購電力                      千瓦時          18,204,000   17,610,000',
  '綜合能源消耗量                噸標準煤            2,840.5      2,712.3',
  '有害廢棄物                    噸                    86.4         79.2',
  '耗水量                        立方米             142,600      138,400',
  '環保投入                      港幣千元             8,420        9,160',
  '----------------------------------------------------------------------',
  '',
  '綜合能源消耗量較去年下降4.5%，耗水量較去年減少2.9%。',
  '本年度反腐敗培訓覆蓋率為100%。',
  '',
].join('\n');
const SIMPLIFIED = [
  '翠峰控股有限公司 2031年环境、社会及管治报告',
  '',
  '表2  环境关键绩效指标',
  '指标                          单位                 2030年       2031年',
  '----------------------------------------------------------------------',
  '范围一温室气体排放            吨二氧化碳当量      4,812.6      4,410.2',
  '范围二温室气体排放            吨二氧化碳当量     12,630.4     11,905.8',
  '温室气体排放总计              吨二氧化碳当量     17,443.0     16,316.0',
  '外购电力                      千瓦时          18,204,000   17,610,000',
  '综合能源消耗量                吨标准煤            2,840.5      2,712.3',
  '有害废弃物                    吨                    86.4         79.2',
  '耗水量                        立方米             142,600      138,400',
  '环保投入                      港币千元             8,420        9,160',
  '----------------------------------------------------------------------',
  '',
  '综合能源消耗量较去年下降4.5%，耗水量较去年减少2.9%。',
  '本年度反腐败培训覆盖率为100%。',
  '',
].join('\n');

describe('Traditional Chinese', () => {
  const read = (text: string) =>
    facts(text).map((f) => [
      lineOf(f),
      f.metric,
      f.period.year,
      f.quantity.value.toString(),
      f.quantity.unit.symbol,
      JSON.stringify(f.dims),
    ]);

  it('reads a KPI table, its changes and its sentences as their Simplified form reads', () => {
    expect(read(TRADITIONAL)).toEqual(read(SIMPLIFIED));
  });

  it('reads the Traditional table’s units, totals and stated changes', () => {
    const found = read(TRADITIONAL).filter((r) => r[2] === 2031);
    expect(found).toEqual([
      [6, 'ghg.scope1', 2031, '4410.2', 'tCO2e', '{}'],
      [7, 'ghg.scope2', 2031, '11905.8', 'tCO2e', '{}'],
      [8, 'ghg.total', 2031, '16316', 'tCO2e', '{}'],
      [9, 'energy.electricity', 2031, '17610', 'MWh', '{}'],
      [10, 'energy.total_tce', 2031, '2712.3', 'tce', '{}'],
      [11, 'waste.hazardous', 2031, '79.2', 't', '{}'],
      [12, 'water.consumption', 2031, '138400', 'm3', '{}'],
      [13, 'environment.investment', 2031, '9160', 'HKD thousand', '{}'],
      [16, 'change', 2031, '4.5', '%', '{"of":"energy.total_tce","direction":"decrease"}'],
      [16, 'change', 2031, '2.9', '%', '{"of":"water.consumption","direction":"decrease"}'],
      [17, 'corruption.training_share', 2031, '100', '%', '{}'],
    ]);
  });
});

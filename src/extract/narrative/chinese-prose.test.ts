import { describe, expect, it } from 'vitest';
import { changesOf, figuresOf, mentionsOf } from './testing/read-mentions.js';

// Chinese sentences as SSE/SZSE and HKEX reports write them, no spaces between words. Invented figures.
describe('Chinese prose', () => {
  it('reads each figure with its unit, named by its clause and dated by the year the sentence opens with', () => {
    const text =
      '2031年，公司温室气体排放总量为57,555.6吨二氧化碳当量。员工总数为3,456人，人均培训时长为32.5小时。全年公益捐赠共计356.8万元。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['公司温室气体排放总量', '57555.6', '吨二氧化碳当量', 2031],
      ['员工总数', '3456', '人', 2031],
      ['人均培训时长', '32.5', '小时', 2031],
      ['全年公益捐赠', '356.8', '万元', 2031],
    ]);
  });

  it('gives an amount in 元 the currency printed before its figure (港幣, 美元), the renminbi when none is', () => {
    const text =
      '2031年，氣候適應開支為港幣14.2百萬元，綠色收益為美元3.5百萬元，內部碳價為每噸港幣200元的影子碳價。公益捐赠共计356.8万元。';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.unit])).toEqual([
      ['14.2', '港幣百萬元'],
      ['3.5', '美元百萬元'],
      ['200', '港幣元'],
      ['356.8', '万元'],
    ]);
  });

  it('gives an amount in 元 after 新臺幣, the New Taiwan dollar, that currency', () => {
    expect(
      mentionsOf('本年度社區投入新臺幣3,215千元，營收為新臺幣41.7億元。', 2031).map((m) => [m.value, m.unit]),
    ).toEqual([
      ['3215', '新臺幣千元'],
      ['41.7', '新臺幣億元'],
    ]);
  });

  it('reads 同比下降 and 较2030年增长 as stated changes of the figure before them', () => {
    expect(
      changesOf(
        '公司温室气体排放总量为57,555.6吨二氧化碳当量，同比下降5.5%。员工总数为3,456人，较2030年增长4.4%。',
        2031,
      ),
    ).toEqual([
      { value: '5.5', direction: 'decrease', of: '57555.6 吨二氧化碳当量' },
      { value: '4.4', direction: 'increase', of: '3456 人' },
    ]);
  });

  it('reads a figure named per 万元 of revenue or output in its unit over that money, an intensity', () => {
    const text =
      '2031年，每万元产值综合能耗0.0538吨标准煤，万元营业收入碳排放强度0.1873吨，同比下降4.6%；亿元营收用水量812立方米。';
    expect(mentionsOf(text, 2031).map((m) => [m.value, m.unit])).toEqual([
      ['0.0538', '吨标准煤/万元'],
      ['0.1873', '吨/万元'],
      ['812', '立方米/亿元'],
    ]);
    expect(changesOf(text, 2031)).toEqual([{ value: '4.6', direction: 'decrease', of: '0.1873 吨/万元' }]);
  });

  it('reads Japanese 前年度比 N% 減少 / 増加, the verb after the percentage, as a stated change', () => {
    expect(
      changesOf('2031年度の温室効果ガス排出量は57,555t-CO2で、前年度比5.5%減少しました。', 2031),
    ).toEqual([{ value: '5.5', direction: 'decrease', of: '57555 t-CO2' }]);
    expect(changesOf('売上高は前年比3.1%増加しました。', 2031)).toEqual([
      { value: '3.1', direction: 'increase', of: '売上高は' },
    ]);
  });

  it('reads no figure from digits glued to a unit or a chemical symbol (千m³, CO2)', () => {
    const text = '2031年，公司取水量为4,690.1千m³，CO2排放量为57,555.6吨。';
    expect(mentionsOf(text, 2031).map((m) => m.value)).not.toContain('3');
    expect(mentionsOf(text, 2031).map((m) => m.value)).not.toContain('2');
  });

  it('reads a change with no figure before it as a change of its clause’s subject, since a named year', () => {
    expect(changesOf('报告期内，公司用水量较2029年减少12.3%。', 2031)).toEqual([
      { value: '12.3', direction: 'decrease', of: '公司用水量', since: 2029 },
    ]);
  });

  it('joins a sentence wrapped over fixed-width lines, each as wide as an English line of 80', () => {
    const text = [
      '本年度公司安全环保投入共计1,286.40万元，其中清洁生产技术改造投资为642.15万元，',
      '较上年减少6.8%，主要由于部分项目已于上年完成。',
    ].join('\n');
    expect(changesOf(text, 2031)).toEqual([{ value: '6.8', direction: 'decrease', of: '642.15 万元' }]);
  });

  it('reads the clauses after a target that are of the year itself', () => {
    const text = '公司力争到2040年实现碳中和，并于2031年建成储能电站，全年储能放电量为2,415,600千瓦时。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit])).toEqual([
      ['全年储能放电量', '2415600', '千瓦时'],
    ]);
  });

  it('leaves the operands of a formula alone ("÷管理人员×100%")', () => {
    expect(figuresOf('注：女性员工占比＝女性员工人数÷员工总数×100%。', 2031)).toEqual([]);
  });

  it('leaves a coefficient per litre or cubic metre of fuel (每公升, 每立方公尺) alone, reading the amount used', () => {
    const text =
      '熱值採用：液化石油氣每公升6,350千卡、燃料油每立方公尺9,120千卡。本年度燃料油使用量為412.6公秉。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value])).toEqual([['本年度燃料油使用量', '412.6']]);
  });

  it('leaves targets and dates alone', () => {
    expect(figuresOf('公司计划到2035年将碳排放强度降低30%。截至2031年12月31日，', 2031)).toEqual([]);
  });

  it('reads a bracketed earlier year as that year’s figure of the same subject, dating nothing after it', () => {
    const text =
      '本年度總工作時數為8,204,600小時（2030年：7,915,300小時），按每1,000,000工作小時計算的工傷率為2.07（上年：2.40）。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['本年度總工作時數', '8204600', '小時', 2031],
      ['本年度總工作時數', '7915300', '小時', 2030],
      ['按每1,000,000工作小時計算的工傷率', '2.07', '', 2031],
      ['按每1,000,000工作小時計算的工傷率', '2.40', '', 2030],
    ]);
  });

  it('names a figure whose clause gives only its year by the figure before it', () => {
    const text = '本年度员工培训总时数为61,420小时，2030年为57,008小时。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.year])).toEqual([
      ['本年度员工培训总时数', '61420', 2031],
      ['本年度员工培训总时数', '57008', 2030],
    ]);
  });

  it('names a count by the people its classifier counts and what they did', () => {
    const simplified = mentionsOf('年内共2,318名员工完成反腐败培训，董事会全体7位董事亦已参加。', 2031);
    expect(simplified.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['年内共 员工完成反腐败培训', '2318', '名'],
      ['董事会全体 董事亦已参加', '7', '位'],
    ]);
    const traditional = mentionsOf('全年合共1,077名僱員參加職業安全培訓。', 2031);
    expect(traditional.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['全年合共 僱員參加職業安全培訓', '1077', '名'],
    ]);
  });

  it("reads both figures of a change told 由…下降至… as its subject's, each of the year printed before it", () => {
    const text = '2031年，公司综合能耗由2030年的8,420吨标准煤下降至7,960吨标准煤。';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value, m.unit, m.year])).toEqual([
      ['公司综合能耗', '8420', '吨标准煤', 2030],
      ['公司综合能耗', '7960', '吨标准煤', 2031],
    ]);
  });

  it('parts key figures printed on one line between bullets (◆ ● ■ ▶), each named by its own words', () => {
    const text =
      '2031年亮点：　● 门店412家　■ 用电量8,615.2万千瓦时　▶ 志愿服务3,180小时　◆ 公益捐赠126.4万元';
    expect(mentionsOf(text, 2031).map((m) => [m.label, m.value])).toEqual([
      ['门店', '412'],
      ['用电量', '8615.2'],
      ['志愿服务', '3180'],
      ['公益捐赠', '126.4'],
    ]);
  });
});

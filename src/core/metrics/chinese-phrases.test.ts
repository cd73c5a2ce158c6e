import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';

// Row labels as Chinese-language reports print them (metrics.zh.data.json): no spaces between words,
// a term inside a longer label, Simplified on the mainland and Traditional in Hong Kong. Invented
// wordings in the style of SSE/SZSE and HKEX reports.
const LABELS: readonly (readonly [string, string])[] = [
  ['范围一温室气体排放', 'ghg.scope1'],
  ['2031年范围1温室气体排放(吨二氧化碳当量)', 'ghg.scope1'],
  ['其中：能源间接温室气体排放(范围二)', 'ghg.scope2'],
  ['溫室氣體排放總量', 'ghg.total'],
  // Taiwanese reports name the scopes 範疇 (TWSE/TPEx sustainability report rules).
  ['類別1 直接溫室氣體排放（範疇一）', 'ghg.scope1'],
  ['範疇二排放量', 'ghg.scope2'],
  ['範疇一及範疇二溫室氣體排放合計', 'ghg.scope1_2'],
  ['排放强度(千克二氧化碳当量/吨熟料)', 'ghg.intensity'],
  ['综合能源消耗量(万吨标准煤)', 'energy.total_tce'],
  ['生产基地耗电量', 'energy.electricity'],
  ['天然气消耗量', 'energy.natural_gas'],
  // Biogas from a farm's digesters is a renewable fuel, one row of an energy table among the others.
  ['沼气', 'energy.fuel_renewable'],
  ['沼气消耗量（万立方米）', 'energy.fuel_renewable'],
  ['总取水量', 'water.withdrawal'],
  ['生产用水量', 'water.consumption'],
  ['废水排放量', 'water.discharge'],
  ['危险废物产生量', 'waste.hazardous'],
  ['無害廢棄物', 'waste.non_hazardous'],
  ['一般工业固体废物产生量', 'waste.non_hazardous'],
  ['僱員總數', 'workforce.total'],
  ['员工流失率', 'turnover.rate'],
  ['每名僱員平均受訓時數', 'training.hours_average'],
  ['受训员工比例', 'training.trained_share'],
  ['因工亡故人數', 'safety.fatalities'],
  ['因工伤损失工作日数', 'safety.lost_days'],
  ['本年度總工作時數', 'safety.hours_worked'],
  ['每20万工时工伤率', 'safety.injury_rate'],
  ['年内共 雇员完成网上反贪污培训', 'corruption.training_participants'],
  ['按地区划分的供应商数量', 'suppliers.count'],
  ['客户投诉数量', 'product.complaints'],
  ['公益捐赠总额', 'community.donations'],
  ['研发经费投入(亿元)', 'innovation.rd_investment'],
  ['研发人员总数', 'innovation.rd_employees'],
  ['员工志愿服务时长', 'community.volunteer_hours'],
  // Prose names the average and the total without 时长 ("员工人均培训40.2小时", "累计培训96,300学时").
  ['员工人均培训', 'training.hours_average'],
  ['員工人均培訓', 'training.hours_average'],
  ['累计培训', 'training.hours_total'],
  ['全年累計培訓', 'training.hours_total'],
  ['培训学时', 'training.hours_total'],
  // A coal miner's rows: its output is not coal it burns, and its energy per tonne mined is an intensity.
  ['2031年原煤产量(万吨)', 'production.output'],
  ['井口原煤(锅炉自用)', 'energy.coal'],
  ['吨煤综合能耗(千克标准煤/吨)', 'energy.intensity'],
  // A livestock producer's energy per head sold and energy per revenue.
  ['单位出栏生猪综合能耗', 'energy.intensity'],
  ['单位营业收入综合能耗', 'energy.intensity'],
  ['屋顶光伏发电量', 'energy.renewable'],
  ['百万工时损工率', 'safety.lost_time_injury_rate'],
  // Funds put into safe production, beside environmental spending in mainland reports.
  ['安全生产投入(万元)', 'safety.investment'],
  ['全年安全投入', 'safety.investment'],
  ['井下损工事件数', 'safety.lost_time_injuries'],
  // A bank's operational footprint per employee.
  ['人均温室气体排放量(吨二氧化碳当量/人)', 'ghg.intensity'],
];

describe('Chinese wordings of the catalogue', () => {
  it('finds each metric inside a label written without spaces, in Simplified or Traditional', () => {
    for (const [label, id] of LABELS) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('never matches a phrase across a figure printed between two characters', () => {
    expect(findMetricsByPhrase('用水1,204,300量').map((m) => m.metric.id)).not.toContain('water.consumption');
    expect(phraseKey('2025年用水量')).toBe('\ue000 年 用 水 量');
    // A single digit is a word of the phrase ("范围1"), and English around a figure reads as before.
    expect(phraseKey('范围1排放')).toBe('范 围 1 排 放');
    expect(phraseKey('saving 10,800 tons of standard coal')).toBe('sav ton of standard coal');
  });
});

import { foldTraditionalChinese } from '../../core/index.js';

/**
 * English names of the row labels Chinese-only ESG tables print (terms of the SZSE/SSE sustainability
 * reporting guidelines, GB/T 2589 energy statistics and GB/T 32150 GHG accounting), so a row with no
 * English line is still classified through the English metric catalogue.
 */
const CHINESE_LABELS = [
  ['外购电力', 'Purchased electricity'],
  ['电力', 'Electricity'],
  ['天然气', 'Natural gas'],
  ['柴油', 'Diesel'],
  ['汽油', 'Gasoline'],
  ['外购蒸汽', 'Purchased steam'],
  ['外购热力', 'Purchased heat'],
  ['综合能源消耗总量', 'Total comprehensive energy consumption'],
  ['综合能耗', 'Comprehensive energy consumption'],
  ['范围一排放', 'Scope 1 emissions'],
  ['范围二排放', 'Scope 2 emissions'],
  ['范围三排放', 'Scope 3 emissions'],
  ['温室气体排放总量', 'Total GHG emissions'],
  ['新鲜水用量', 'Fresh water consumption'],
  ['用水量', 'Water consumption'],
  ['总用水量', 'Total water consumption'],
  ['废水排放量', 'Wastewater discharged'],
  ['化学需氧量', 'Chemical oxygen demand (COD)'],
  ['氨氮', 'Ammonia nitrogen'],
  ['氮氧化物', 'Nitrogen oxides (NOx)'],
  ['二氧化硫', 'Sulphur dioxide (SO2)'],
  ['颗粒物', 'Particulate matter'],
  ['挥发性有机物', 'Volatile organic compounds (VOCs)'],
  ['危险废物产生量', 'Hazardous waste generated'],
  ['一般工业固体废物产生量', 'General industrial solid waste generated'],
  ['环保投入', 'Environmental protection investment'],
  ['员工总数', 'Total employees'],
  ['男性', 'Male'],
  ['女性', 'Female'],
  ['新进员工', 'New hires'],
  ['离职员工', 'Employees who left'],
  ['员工流失率', 'Employee turnover rate'],
  ['员工培训总时长', 'Total training hours'],
  ['人均培训时长', 'Average training hours per employee'],
  ['因工死亡人数', 'Work-related fatalities'],
  ['因工伤损失工作日数', 'Lost days due to work injury'],
  ['安全生产投入', 'Work safety investment'],
  ['公益捐赠', 'Charitable donations'],
] as const;

// Header words over a table's label and unit columns, in Chinese and in Korean (항목 item, 구분 category,
// 단위 unit: Korean reports head their data tables so).
const CHINESE_HEADERS = [
  ['指标', 'Indicator'],
  ['项目', 'Item'],
  ['类别', 'Category'],
  ['单位', 'Unit'],
  ['항목', 'Item'],
  ['구분', 'Category'],
  ['단위', 'Unit'],
] as const;

const ENGLISH_OF = new Map<string, string>(CHINESE_LABELS);
const HEADER_OF = new Map<string, string>(CHINESE_HEADERS);

/** The English of a Chinese or Korean header word cell ("单位", "單位", "단위" → "Unit"), else the cell as printed. */
export function englishHeaderWord(cell: string): string {
  // Hong Kong reports print the header in Traditional Chinese ("指標", "單位").
  return HEADER_OF.get(foldTraditionalChinese(cell.trim())) ?? cell;
}

// A unit in full-width or plain brackets after the term: "员工流失率（%）", "人均培训时长（小时）".
const BRACKET_UNIT = /[（(]([^（）()]{1,12})[）)]$/u;

/**
 * The English label of a Chinese row label, with its part-of prefix ("其中：") and bracketed unit
 * kept; undefined when the term is not known.
 */
export function englishLabel(
  label: string,
  translateUnit: (u: string) => string | undefined,
): string | undefined {
  const t = label.trim();
  const part = /^其中[:：]\s*/u.exec(t);
  let core = part ? t.slice(part[0].length) : t;
  const bracket = BRACKET_UNIT.exec(core);
  core = bracket ? core.slice(0, bracket.index).trim() : core;
  // Hong Kong issuers print the terms in Traditional Chinese ("外購電力").
  const english = ENGLISH_OF.get(foldTraditionalChinese(core));
  if (english === undefined) return undefined;
  const unit = bracket?.[1] === undefined ? undefined : (translateUnit(bracket[1]) ?? bracket[1]);
  return `${part ? 'of which: ' : ''}${english}${unit === undefined ? '' : ` (${unit})`}`;
}

import { YEAR_WORD_AFTER } from './year-word.js';
import { foldTraditionalChinese } from '../../core/index.js';

/**
 * Words that head the columns of a Chinese table (Simplified; Traditional is folded to Simplified
 * first): the label columns ("类别", "指标", "项目"), the unit column ("单位") and the figure columns
 * ("数值", "数据", "年度"). SZSE, SSE and HKEX reports head their tables with them; prose never prints
 * a run of them parted by spaces.
 */
const CJK_HEADER_WORDS = new Set([
  '类别',
  '类型',
  '分类',
  '范畴',
  '维度',
  '层面',
  '议题',
  '指标',
  '指标名称',
  '关键绩效指标',
  '绩效指标',
  '项目',
  '内容',
  '明细',
  '单位',
  '计量单位',
  '数值',
  '数据',
  '数量',
  '金额',
  '绩效',
  '年度',
  '年份',
  '说明',
  '备注',
  '序号',
]);

// "2025年", "2025年度", "2025": a year's column in the same header.
const YEAR_WORD = new RegExp(String.raw`^(?:19|20)\d{2}${YEAR_WORD_AFTER}?$`);

/**
 * The cells of a Chinese header line whose words are parted by spaces, however many ("类别 指标 单位
 * 数值", "類別   指標   單位   2025年"): each word a header word or a year, three or more of them and
 * at least two header words. Undefined for any other line, so prose and labels stay whole.
 */
export function cjkHeaderCells(line: string): string[] | undefined {
  const words = line.trim().split(/[ \u3000]+/);
  if (words.length < 3) return undefined;
  let named = 0;
  for (const word of words) {
    if (CJK_HEADER_WORDS.has(foldTraditionalChinese(word))) named++;
    else if (!YEAR_WORD.test(word)) return undefined;
  }
  return named >= 2 ? words : undefined;
}

// "2025年人数", "2024年度排放量": a Chinese year heading with its column's measure glued after the year word.
const DATED_MEASURE = /^(?:19|20)\d{2}\s?年度?\p{Script=Han}{1,8}$/u;
// A short Chinese heading ("占比", "2024年人数", "2023年"): Han characters, perhaps after a year.
const CJK_HEADING = /^(?:(?:19|20)\d{2}\s?年度?)?\p{Script=Han}{1,10}$|^(?:19|20)\d{2}\s?年度?$/u;

/** True for a Chinese year heading that names its column's measure too ("2025年人数", "2024年度占比"). */
export function isDatedCjkMeasure(cell: string): boolean {
  return DATED_MEASURE.test(cell.trim());
}

/**
 * Parts Chinese headings that a narrow column left two spaces apart ("占比  2024年人数"): a Han heading
 * is printed twice as wide as its characters count, so two spaces are a column's gutter, and prose sets
 * no spaces between words. Only when one of them is a year's heading; any other cell is left whole.
 */
export function splitCjkHeadings(cell: string): string[] {
  const pieces = cell.trim().split(/ {2,}/);
  if (pieces.length < 2 || !pieces.every((p) => CJK_HEADING.test(p))) return [cell];
  return pieces.some((p) => /^(?:19|20)\d{2}/.test(p)) ? pieces : [cell];
}

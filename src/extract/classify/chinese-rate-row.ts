import { foldTraditionalChinese } from '../../core/index.js';

// "失能傷害嚴重率（SR）", "綜合傷害指數（FSI）", "離職率⁵": a Chinese label ending in a rate (率) or an
// index (指数), before its bracketed abbreviation and footnote mark.
const RATE_OR_INDEX = /(?:率|指数)\s*(?:[(（][A-Za-z]{1,6}[)）])?\s*[\d¹²³⁴⁵⁶⁷⁸⁹⁰]*$/u;

/**
 * Whether a table row's Chinese label names a rate or an index: its figure is no count of what the
 * table's caption counts ("職業災害統計（員工）" over "失能傷害嚴重率（SR） | 26" is no headcount).
 */
export function namesChineseRate(label: string): boolean {
  return RATE_OR_INDEX.test(foldTraditionalChinese(label.trim()));
}

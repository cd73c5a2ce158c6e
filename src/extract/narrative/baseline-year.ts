import { fiscalYears } from './printed-years.js';

// A base year printed with the baseline a figure states: "the FY2021 baseline of 13,240 tCO2e",
// "a 2018 base of 96,500 tCO2e", "the 2018/19 baseline of …", "in the base year 2020 were 51,300 tCO2e".
const YEAR = '(?:FY\\s?)?((?:19|20)\\d{2}(?:\\s?[/\\-–]\\s?\\d{2})?)';
const AMOUNT_LEAD =
  '(?:about\\s+|approximately\\s+|around\\s+)?(?:RMB|HKD|USD|EUR|GBP|(?:HK|US|S|A|NT)?\\$|€|£|¥)?\\s?';
const YEAR_BEFORE_BASE = new RegExp(
  `\\b${YEAR}\\s+base(?:line)?(?:\\s+year)?(?:\\s+(?:emissions|level|figure|value))?\\s+(?:of|was|were|at|:)\\s+${AMOUNT_LEAD}$`,
  'i',
);
const YEAR_AFTER_BASE = new RegExp(
  `\\bbase(?:line)?\\s+year\\s+(?:of\\s+)?\\(?${YEAR}\\)?\\s*,?\\s*(?:(?:was|were|of|at|stood\\s+at|totall?ed|amounted\\s+to|:)\\s+)?${AMOUNT_LEAD}$`,
  'i',
);
// How far before the figure the baseline's words may start.
const REACH = 80;

/**
 * The base year of a figure stated as a baseline, when the year is printed with it: the figure is an
 * actual of that year (GRI 305-5, a target's base), not of the target year the sentence names nor of
 * the report year. Undefined when the words before the figure state no baseline with its year.
 */
export function baselineYear(sentence: string, at: number, reportYear: number): number | undefined {
  const before = sentence.slice(Math.max(0, at - REACH), at);
  const printed = (YEAR_BEFORE_BASE.exec(before) ?? YEAR_AFTER_BASE.exec(before))?.[1];
  if (printed === undefined) return undefined;
  const compact = printed.replace(/\s/g, '');
  const year = /[/\-–]/.test(compact) ? fiscalYears(`FY${compact}`)[0]?.year : Number(compact);
  return year !== undefined && year <= reportYear ? year : undefined;
}

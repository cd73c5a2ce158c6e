import { isChangeHeading, isStandardHeading } from '../layout/index.js';
import type { HeaderColumn } from './header.js';

// What a column holds as its heading says: a change between the years, a base year or target, a page
// reference, remarks; and the words that head the label column.

// Header words over a label column; a cut-off word ("Key Performance Indicato") still counts.
/** Header words over a label column ("Indicator", "Items"), not a title that names the table. */
export const HEADER_LABEL =
  /^(?:types?|items?|indicat\w*|kpis?|key performance indicat\w*|categor\w*|metrics?|units?|years?|aspects?|descriptions?)\b/i;

/** A column headed by the per cent sign alone ("%", "(%)"), printed beside a year's count ("2025 | % | 2024 | %"). */
export function isPercentSignHeading(text: string): boolean {
  return /^\(?%\)?$/.test(text.trim());
}

/**
 * A column that compares the years rather than holding a figure: "Change (%)", "YoY", "Variance", or
 * the Greek delta of German and Nordic reports ("Δ in %", "Δ %", "Delta").
 */
export function isChangeColumn(column: HeaderColumn): boolean {
  return column.year === undefined && isChangeHeading(column.text);
}

// "Base year", "Target year", "Baseline value" (or a bare "Baseline") beside a year column: a targets table prints each
// target's base year, base value and deadline in columns of their own. Their cells are years, or a
// figure of the year the row's base-year cell names, never figures of the columns' year.
const DATED_COLUMN =
  /^(?:(?:base(?:line)?|target|deadline|reference|goal)\s+year|base(?:line)?(?:\s+year)?\s+(?:value|level|figure|amount)|baseline)$/i;

// "Page", "Page no.", "Section", "Chapter": a SASB or GRI index prints each metric's value and the page
// or section of the report it is on ("1,761.2 | 4.4"). Chinese indices head it 页码 / 頁碼 / 页次 / 所在页码
// or 本报告章节 / 章节.
const PAGE_COLUMN =
  /^(?:pages?|page\s+(?:no\.?|numbers?|references?)|p\.|sections?|section\s+(?:no\.?|references?)|chapters?|(?:所在)?[页頁][码碼次]|(?:本报告|本報告)?章[节節](?:位置)?)$/i;

/** True for the heading of an index's page or section column ("Page", "Section"). */
export function isReferenceHeading(text: string): boolean {
  return PAGE_COLUMN.test(text.trim());
}

// "Fact/plan, %", "Actual vs budget (%)", "% of plan": the year's actual as a share of its plan, a
// comparison of two columns, as reports translated from Russian print beside "2025 plan | 2025 fact".
const PLAN_FULFILMENT =
  /^(?:(?:fact|actual)\s*(?:\/|vs\.?|versus|against|to)\s*(?:plan|budget)\b|%\s*of\s+(?:plan|budget)\b|(?:plan|budget)\s+(?:fulfil+ment|execution|achieved)\b)/i;

// "Conversion factor", "折标系数" (the factor to tonnes of standard coal), "折算系数": an energy table prints
// each fuel's factor in a column of its own between the unit and the years; it is no figure of a year.
const CONVERSION_FACTOR =
  /^(?:(?:energy\s+)?conversion\s+(?:factors?|coefficients?)|(?:折标准?煤?|折算|换算|折標準?煤?|換算)(?:系数|係數)|标煤系数|標煤係數)$/i;

/** True for the heading of an energy table's conversion-factor column ("Conversion factor", "折标系数"). */
export function isConversionFactorHeading(text: string): boolean {
  return CONVERSION_FACTOR.test(text.trim());
}

/**
 * True for the heading of a column whose cells are no figures of the table's years: a target's base
 * year, base value or deadline ("Base year", "Base value"), the page an index points to ("Page") or
 * the share of a plan fulfilled ("Fact/plan, %"), or an energy table's conversion factor.
 */
export function holdsNoFigureOfYear(text: string): boolean {
  const t = text.trim();
  return DATED_COLUMN.test(t) || PAGE_COLUMN.test(t) || PLAN_FULFILMENT.test(t) || CONVERSION_FACTOR.test(t);
}

/**
 * A "Target" or "Goal" column with no year of its own (a targets table's last column, "Target value"):
 * its figures are targets.
 */
export function isUndatedTarget(column: HeaderColumn | undefined): boolean {
  return (
    column !== undefined &&
    column.year === undefined &&
    /^(?:targets?|goals?)(?:\s+(?:values?|levels?|figures?|amounts?))?$/i.test(column.text.trim())
  );
}

/**
 * True for the heading of a column of remarks beside the year columns ("Notes", "Remarks", "Boundary",
 * "Data source"): it heads words, not figures, so a row of years ending in it is still a header.
 */
export function isRemarkHeading(text: string): boolean {
  const t = text.trim();
  return REMARK_COLUMN.test(t) || isStandardHeading(t);
}

const REMARK_COLUMN =
  /^(?:notes?|remarks?|comments?|footnotes?|(?:data\s+)?sources?|boundary|assurance|references?|codes?)$/i;

import { statedYear } from '../period/index.js';
import type { FieldBlock, FigureField } from './field-blocks.js';

/** When a field's figure is for: its year and whether it is a target. */
export interface FieldPeriod {
  readonly year: number;
  readonly target: boolean;
}

const YEAR = /\b((?:19|20)\d{2})\b/;
// A figure field whose value is a year says which year (a row's "Base year", "Target year").
const YEAR_VALUE = /^(?:19|20)\d{2}$/;
const YEAR_LABEL = /\byear\b/i;
// What the label says its figure is for (CDP C4.1a / C4.2a targets, C7.9a changes).
const IN_BASE_YEAR = /^base year\b|\b(?:in|for|of) (?:the )?base year\b/i;
const IN_TARGET_YEAR = /^target(?:ed)? (?:year\b|reduction\b)|\b(?:in|for|by) (?:the )?target year\b/i;
const IN_PREVIOUS_YEAR = /\b(?:in|for) (?:the )?previous (?:reporting )?year\b/i;
const PAST_YEAR = /^past year (\d{1,2})$/i;

/** Whether a figure field only states a year ("Base year" over "2019"): it dates the row, it is no figure. */
export function isYearField(field: FigureField): boolean {
  return YEAR_VALUE.test(field.value) && YEAR_LABEL.test(field.label);
}

/**
 * The period of a figure in a row of fields. The label decides first ("… in base year", "… in target
 * year", "… in the previous reporting year"); then the row: the year its end date falls in ("End date"
 * over "December 31 2024"), else its header ("Past year 2" is two years before the reporting year), else
 * a year the question states ("… (megaliters/year, 2025)"), else the reporting year.
 */
export function fieldPeriod(
  field: FigureField,
  block: FieldBlock,
  question: string,
  reportYear: number,
): FieldPeriod | undefined {
  const own = (pattern: RegExp) => yearField(block, pattern);
  if (IN_BASE_YEAR.test(field.label)) return at(own(/^base year$/i));
  if (IN_TARGET_YEAR.test(field.label)) {
    const year = own(/^target year$/i);
    return year === undefined ? undefined : { year, target: true };
  }
  const rowYear = blockYear(block, reportYear) ?? statedYear(question, reportYear) ?? reportYear;
  if (IN_PREVIOUS_YEAR.test(field.label)) return { year: rowYear - 1, target: false };
  return { year: rowYear, target: false };
}

/** The year of a row of fields, from its end (or start) date, its year field or its header. */
function blockYear(block: FieldBlock, reportYear: number): number | undefined {
  const dated = (label: string) => Number(YEAR.exec(block.answers.get(label) ?? '')?.[1] ?? NaN) || undefined;
  const past = Number(PAST_YEAR.exec(block.header)?.[1] ?? NaN);
  return (
    dated('end date') ??
    dated('period end date') ??
    dated('start date') ??
    dated('period start date') ??
    yearField(block, /^(?:reporting )?year$/i) ??
    (/^reporting year$/i.test(block.header) ? reportYear : undefined) ??
    (Number.isNaN(past) ? undefined : reportYear - past)
  );
}

function yearField(block: FieldBlock, label: RegExp): number | undefined {
  const field = block.figures.find((f) => label.test(f.label) && isYearField(f));
  return field === undefined ? undefined : Number(field.value);
}

function at(year: number | undefined): FieldPeriod | undefined {
  return year === undefined ? undefined : { year, target: false };
}

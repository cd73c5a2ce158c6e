import { parseYearCell } from './year-cell.js';

/** A row's label with the year printed after it taken off, and that year. */
export interface LabelYear {
  readonly label: string;
  readonly year: number;
}

// "Ash to landfill, 2022/23", "Coal burnt (FY2023)": a name, then a comma or a bracket, then a year.
const YEAR_AFTER_LABEL = /^(\p{L}.*?\p{L}\)?)\s*(?:,\s*([^,()]{4,12})|\(\s*([^()]{4,12})\s*\))$/u;

// A deadline or a base names a target's or a baseline's year, not the year a figure was measured in.
const NOT_MEASURED = /\b(?:target|goal|ambition|commitment|base(?:line)?|by)\b/i;

/**
 * The year a row's label ends in ("Ash to landfill, 2022/23 | 29,860 t" under the columns of later
 * years, a glance box adding an older year as a row of its own): the year of the row's one figure. Only
 * a year that has passed by the report's year, and never a target's or a base year's.
 */
export function yearAfterLabel(label: string, reportYear: number): LabelYear | undefined {
  const m = YEAR_AFTER_LABEL.exec(label.trim());
  const [, name = '', afterComma, inBrackets] = m ?? [];
  const cell = parseYearCell(afterComma ?? inBrackets ?? '');
  if (!m || NOT_MEASURED.test(label) || cell?.year === undefined || cell.role !== 'actual') return undefined;
  return cell.year <= reportYear ? { label: name, year: cell.year } : undefined;
}

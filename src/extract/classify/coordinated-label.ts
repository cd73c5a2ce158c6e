import { phraseKey, type Metric } from '../../core/index.js';

// "Technical and R&D staff", "Sales & marketing personnel": two categories joined before a noun of people.
const COORDINATED = /^(.+?)\s+(?:and|&)\s+(.+?)\s+(?:staff|employees?|personnel|workers|people)$/i;

/**
 * True when a row label joins two categories of people ("Technical and R&D staff") and the catalogue
 * phrase that matched names only one of them ("R&D staff"): the row is a category of a headcount
 * breakdown, not the narrower metric that phrase stands for. A phrase that spans the join
 * ("research and development personnel") names the row.
 */
export function namesOneOfTwoCategories(label: string, phrase: string, metric: Metric): boolean {
  if (metric.kind !== 'count' || metric.unit !== 'persons') return false;
  const core = label.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  const parts = COORDINATED.exec(core);
  if (!parts) return false;
  // Every word of the phrase lies in one side of the join (with the people noun).
  const words = phraseKey(phrase).split(' ');
  const side = (text: string) =>
    new Set(phraseKey(`${text} staff employee personnel worker people`).split(' '));
  const [, first = '', second = ''] = parts;
  return [side(first), side(second)].some((s) => words.every((w) => s.has(w)));
}

/**
 * True when a row the breakdown names as a staff category ("技术研发人员" under "按岗位", "R&D staff" under
 * "Employees by category") matched a headcount metric with no category of its own (the R&D headcount):
 * in a table by category the row is one category of the table's measure (its headcount, its people
 * trained), not that narrower metric.
 */
export function namesCategoryRow(label: string, category: string | undefined, metric: Metric): boolean {
  if (metric.kind !== 'count' || metric.unit !== 'persons' || metric.dims.includes('employee_category'))
    return false;
  return category !== undefined && category === label.trim().toLowerCase();
}

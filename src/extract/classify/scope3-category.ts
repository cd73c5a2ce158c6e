import type { Dims } from '../../core/index.js';
import { chooseMetric, type MetricChoice, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

/**
 * The fifteen Scope 3 categories by the subject their rows name (GHG Protocol Corporate Value Chain
 * (Scope 3) Standard, table 5.4). "Transportation and distribution" and "leased assets" alone could be
 * upstream or downstream, so only the worded direction names one.
 */
const SUBJECTS: readonly (readonly [string, RegExp])[] = [
  ['1', /\bpurchased goods\b/],
  ['2', /\bcapital goods\b/],
  // "Fuel- and energy-related activities", as CDP prints it "Fuel-and-energy-related activities".
  ['3', /\bfuel[- ]+(?:and|&)[- ]+energy\b/],
  ['4', /\bupstream transport/],
  // "Waste generated in operations", printed short as "waste in operations".
  ['5', /\bwaste (?:generated\b|in operations\b)/],
  ['6', /\bbusiness travel\b/],
  ['7', /\bemployee commut/],
  ['8', /\bupstream leased\b/],
  ['9', /\bdownstream transport/],
  ['10', /\bprocessing of sold\b/],
  ['11', /\buse of sold\b/],
  ['12', /\bend[- ]of[- ]life\b/],
  ['13', /\bdownstream leased\b/],
  ['14', /\bfranchises?\b/],
  ['15', /\binvestments?\b/],
];

// Any category's subject, worded with or without its direction.
const ANY_SUBJECT = /\b(?:transportation and distribution|leased assets)\b/;

/**
 * The GHG Protocol Scope 3 category a row names, 1 to 15: by its number ("Category 6: Business travel",
 * "Scope 3 — category 1", "Cat. 4 Upstream transportation") where the row or its group speaks of Scope 3
 * or the row names a category's subject; by its subject alone ("Business travel") only where the row or
 * its group speaks of Scope 3. `l` and `g` are the row label and its group, lower-cased.
 */
export function scope3Category(l: string, g: string): string | undefined {
  const scope3 = /\bscope\s*3\b/.test(`${l} ${g}`);
  const bySubject = SUBJECTS.find(([, subject]) => subject.test(l))?.[0];
  const n = /\b(?:category|cat\.?)\s*(\d{1,2})\b/.exec(l)?.[1];
  if (n === undefined) return scope3 ? bySubject : undefined;
  if (Number(n) < 1 || Number(n) > 15) return undefined;
  return scope3 || bySubject !== undefined || ANY_SUBJECT.test(l) ? n : undefined;
}

/**
 * The Scope 3 emissions of a row that names a category by its number ("Cat. 1 Purchased goods (milk,
 * cans)") where its words matched no catalogue phrase and the emissions table's caption ("Gross GHG
 * emissions") named the broad total: a category's emissions are Scope 3 (GHG Protocol Scope 3
 * Standard, ch. 5), never the company's total. Undefined when the row names no category or the
 * choice is no emissions metric, or already one broken down by category.
 */
export function scope3CategoryRow(
  choice: MetricChoice | undefined,
  dims: Dims,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
): MetricChoice | undefined {
  if (dims.scope3_category === undefined || choice?.metric.dimension !== 'ghg') return undefined;
  if (choice.metric.dims.includes('scope3_category')) return undefined;
  return chooseMetric(['scope 3 emissions'], printed, 1, cache);
}

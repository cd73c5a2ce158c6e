import type { Mention } from '../mention/index.js';
import { chooseMetric, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

/**
 * A row named only by the total below it ("Construction sites (MWh)" over "Total purchased
 * electricity (MWh)"): it is that quantity for the segment its label names.
 */
export function partOfTotal(
  m: Mention,
  printed: PrintedUnit | undefined,
  dims: Record<string, string>,
  cache: PhraseCache | undefined,
): ReturnType<typeof chooseMetric> {
  if (m.partOf === undefined || Object.keys(dims).length > 0) return undefined;
  const choice = chooseMetric([m.partOf], printed, 1, cache, () => true);
  if (choice?.metric.dims.includes('segment')) dims.segment = m.label.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return choice;
}

import { EsgError } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { FactorLibrary } from '../factors/index.js';
import { MethodContext, type MethodOptions } from '../methods/index.js';
import { buildFact, type CalculatedFact } from './build-fact.js';
import { denominators } from './denominators.js';
import { intensities, safetyRates, scope1And2 } from './derived.js';
import { contributionsOf } from './dispatch.js';
import { DraftBook } from './draft.js';

/** What a calculation needs besides the input groups. */
export interface CalculateOptions extends Partial<MethodOptions> {
  /** The reporting entity named in every fact. */
  readonly entity: string;
  readonly library: FactorLibrary;
}

/** The facts of one calculation and the notes a reader should see (stale factors, fallbacks). */
export interface CalcResult {
  readonly facts: readonly CalculatedFact[];
  readonly notes: readonly string[];
}

const METRIC_ORDER = [
  'ghg.',
  'energy.',
  'water.',
  'waste.',
  'safety.',
  'workforce.',
  'hires.',
  'turnover.',
  'training.',
];

/** Output order: year, then GHG, energy, water, waste, safety, workforce…, then fewer dimensions first. */
export function orderFacts(a: CalculatedFact, b: CalculatedFact): number {
  const rank = (m: string) => METRIC_ORDER.findIndex((p) => m.startsWith(p));
  return (
    a.period.year - b.period.year ||
    rank(a.metric) - rank(b.metric) ||
    a.metric.localeCompare(b.metric) ||
    Object.keys(a.dims).length - Object.keys(b.dims).length ||
    JSON.stringify(a.dims).localeCompare(JSON.stringify(b.dims))
  );
}

/**
 * Applies the methods to summed activity groups and returns facts with lineage. Every missing
 * factor is collected first and reported in one REFERENCE_DATA error, so no fact is ever built
 * from a partial calculation.
 */
export function calculate(groups: readonly ActivityGroup[], options: CalculateOptions): CalcResult {
  const ctx = new MethodContext(options.library, { gwpSet: options.gwpSet ?? 'AR5' });
  const book = new DraftBook();
  for (const g of groups) for (const c of contributionsOf(ctx, g)) book.add(c);
  const byYear = denominators(ctx, groups);
  if (ctx.missing.length > 0) {
    const lines = [...new Set(ctx.missing)];
    throw new EsgError(
      'REFERENCE_DATA',
      [
        `cannot compute: ${lines.length} missing factor(s); nothing was computed`,
        ...lines.map((l) => `  ${l}`),
      ].join('\n'),
    );
  }
  scope1And2(book);
  intensities(ctx, book, byYear);
  safetyRates(ctx, book);
  const facts = [...book.drafts.values()].map((d) => buildFact(options.entity, d)).sort(orderFacts);
  return { facts, notes: [...ctx.notes] };
}

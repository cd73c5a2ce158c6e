import type { Dims } from '../../core/index.js';
import { withoutKey, type SeriesKey } from '../fact-index/index.js';
import {
  addIntervals,
  gapBetween,
  midpoint,
  overlaps,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations } from '../relations/index.js';
import type { RuleContext } from './rule.js';
import { tableCellOf } from './table-grid.js';

/** The ways a total's part is printed: each option is the figures that together make the part. */
export interface PartOptions {
  readonly options: readonly (readonly Figure[])[];
  /** False when an option stands for the part only through a list that may leave items out. */
  readonly complete: boolean;
}

/**
 * How a part of a total is printed: the part itself (one option per Scope 2 method when the total names
 * none) or, when the report leaves it out, its own parts (no "Direct energy" row, but diesel and petrol
 * rows under a total energy). Undefined when a printing disagrees with another (nothing can be
 * concluded).
 */
export function partOptions(
  ctx: RuleContext,
  series: SeriesKey,
  metric: string,
  dims: Dims,
): PartOptions | undefined {
  const own = candidates(ctx, series, metric, dims);
  if (own === undefined) return undefined;
  if (own.length > 0) return { options: own.map((f) => [f]), complete: true };
  // One level down only: a sub-total's sub-parts, never deeper, so a part cannot be counted twice.
  for (const sub of relations().sums) {
    if (sub.total !== metric) continue;
    const lists = sub.parts.map((m) => candidates(ctx, series, m, dims));
    if (lists.some((l) => l === undefined)) continue;
    const present = lists.filter((l): l is Figure[] => l !== undefined && l.length > 0);
    if (present.length === 0) continue;
    const options = combinations(present.map((l) => l.map((f) => [f])));
    return { options, complete: sub.complete && present.length === lists.length };
  }
  return { options: [], complete: true };
}

/**
 * A part printed in the total's own table row under a narrower name than the total's (a years-as-rows
 * table's "Scope 3 (business travel)" column beside its "Total" column): the total adds the part as
 * printed there. Undefined unless exactly one figure of the part shares the total's row and year.
 */
export function rowPart(ctx: RuleContext, total: Figure, metric: string): PartOptions | undefined {
  const cell = tableCellOf(total);
  if (!cell) return undefined;
  const row = ctx.facts.metric(metric).filter((f) => {
    const at = tableCellOf(f);
    return at?.line === cell.line && at.page === cell.page && f.fact.period.year === total.fact.period.year;
  });
  const [only] = row;
  return only && row.length === 1 ? { options: [[only]], complete: true } : undefined;
}

/**
 * The printing of a part metric with the total's dims, or one per Scope 2 method when the total names
 * none; undefined when the part is printed with values that disagree.
 */
function candidates(ctx: RuleContext, series: SeriesKey, metric: string, dims: Dims): Figure[] | undefined {
  // A Scope 2 method narrows only Scope 2 (GHG Protocol Scope 2 Guidance, ch. 4: dual reporting):
  // a location-based total's Scope 1 is the plain Scope 1.
  if (dims.scope2_method !== undefined && !hasScope2Method(ctx, metric)) {
    return candidates(ctx, series, metric, withoutKey(dims, 'scope2_method'));
  }
  const exact = ctx.facts.at(series, metric, dims);
  // A plain Scope 2 printed beside both methods may be a row of it read as the whole ("Scope 2 –
  // purchased steam"): a total naming no method may be over either method too.
  const methods = () =>
    dims.scope2_method === undefined
      ? (ctx.facts.breakdownsOf({ ...series, metric }, dims).find((b) => b.by === 'scope2_method')?.parts ??
        [])
      : [];
  if (exact) return [exact, ...methods()];
  const printed = ctx.facts.find({ ...series, metric }, dims);
  if (printed.length > 0) {
    const subtotal = subtotalOf(printed);
    return subtotal ? [subtotal] : undefined;
  }
  if (dims.scope2_method !== undefined) return [];
  const byMethod = ctx.facts.breakdownsOf({ ...series, metric }, dims).find((b) => b.by === 'scope2_method');
  return byMethod ? [...byMethod.parts] : [];
}

/** True when some printing of the metric names a Scope 2 method. */
function hasScope2Method(ctx: RuleContext, metric: string): boolean {
  return ctx.facts.metric(metric).some((f) => f.fact.dims.scope2_method !== undefined);
}

/** Every way of picking one option per list, each way the options' figures together (at most 64). */
export function combinations(lists: readonly (readonly (readonly Figure[])[])[]): Figure[][] {
  let out: Figure[][] = [[]];
  for (const list of lists) out = out.flatMap((prefix) => list.map((o) => [...prefix, ...o])).slice(0, 64);
  return out;
}

/**
 * The "Subtotal" row among printings that disagree only because the rows above it, its items
 * ("Natural gas | Diesel | Petrol | Subtotal"), were read as the same metric: the subtotal is their
 * sum, so it stands for the part once, and its items are not printings of it.
 */
function subtotalOf(printed: readonly Figure[]): Figure | undefined {
  const subtotals = printed.filter((f) => /^\s*sub-?\s?total\b/i.test(f.fact.label ?? ''));
  const [subtotal] = subtotals;
  if (!subtotal || subtotals.length !== 1) return undefined;
  const items = printed.filter((f) => f !== subtotal);
  const line = (f: Figure): number | undefined =>
    f.fact.provenance.kind === 'document' ? f.fact.provenance.location.line : undefined;
  const at = line(subtotal);
  if (at === undefined || items.some((f) => (line(f) ?? at) >= at)) return undefined;
  return overlaps(addIntervals(items.map((f) => f.range)), subtotal.range) ? subtotal : undefined;
}

/**
 * A mismatch by more than half the total is more likely figures that do not belong together (a row
 * read into the wrong table) than a report's arithmetic slip, which is small: only a warning.
 */
export function gross(sum: Interval, total: Interval): boolean {
  const mid = midpoint(total).abs();
  return gapBetween(sum, total).gt(mid.div(2));
}

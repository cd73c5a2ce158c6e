import { convert, dec, tryParseUnit, type Decimal } from '../../core/index.js';
import type { FactJson } from '../client/index.js';

/** A headline figure: the organisation's own total, or the sum of its sites' figures. */
export interface Headline {
  readonly value: Decimal;
  readonly unit: string;
  /** `total` when one fact states it; `sites` when summed from `siteCount` site figures. */
  readonly from: 'total' | 'sites';
  readonly siteCount: number;
  /** The facts the figure comes from (one for a total). */
  readonly facts: readonly FactJson[];
}

/** What a headline needs: the metric, its fixed breakdown and the unit to show. */
export interface HeadlineSpec {
  readonly metric: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly unit: string;
}

function sameDims(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function withoutSite(dims: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(dims)) if (k !== 'site') rest[k] = v;
  return rest;
}

/** The fact's value in `unit`, exactly; undefined when the unit is unknown or of another dimension. */
export function valueIn(fact: FactJson, unit: string): Decimal | undefined {
  const from = tryParseUnit(fact.unit);
  const to = tryParseUnit(unit);
  if (from === undefined || to === undefined || from.dimension !== to.dimension) return undefined;
  return convert({ value: dec(fact.value), unit: from }, to).value;
}

/**
 * The year's headline for a metric, from actual, not rejected facts: the fact with exactly the
 * spec's dimensions (the organisation's total) when there is one; otherwise the exact sum of the
 * site figures with those dimensions plus `site`, one per site. Undefined when neither exists.
 */
export function headlineValue(
  facts: readonly FactJson[],
  spec: HeadlineSpec,
  year: number,
): Headline | undefined {
  const usable = facts.filter(
    (f) => f.metric === spec.metric && f.year === year && f.basis === 'actual' && f.status !== 'rejected',
  );
  for (const fact of usable) {
    if (!sameDims(fact.dims, spec.dims)) continue;
    const value = valueIn(fact, spec.unit);
    if (value !== undefined) return { value, unit: spec.unit, from: 'total', siteCount: 0, facts: [fact] };
  }
  const bySite = new Map<string, { fact: FactJson; value: Decimal }>();
  for (const fact of usable) {
    const site = fact.dims.site;
    if (site === undefined || bySite.has(site) || !sameDims(withoutSite(fact.dims), spec.dims)) continue;
    const value = valueIn(fact, spec.unit);
    if (value !== undefined) bySite.set(site, { fact, value });
  }
  if (bySite.size === 0) return undefined;
  const parts = [...bySite.values()];
  const value = parts.reduce((sum, p) => sum.plus(p.value), dec(0));
  return { value, unit: spec.unit, from: 'sites', siteCount: parts.length, facts: parts.map((p) => p.fact) };
}

import { dec, type Dims } from '../../core/index.js';
import { dimsKey, seriesOf, type Breakdown, type SeriesKey } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  addIntervals,
  exactly,
  midpoint,
  overlaps,
  scaleInterval,
  type Interval,
} from '../precision/index.js';
import { relations } from '../relations/index.js';
import { baseRange } from './convert-figure.js';
import { groupsOf, populationSplits } from './population-split.js';
import type { Rule, RuleContext } from './rule.js';

const HUNDRED = exactly(dec(100));

/** One split of one population: the shares by `by` of the group `parent` in one year. */
interface Split {
  readonly series: SeriesKey;
  readonly parent: Dims;
  readonly breakdown: Breakdown;
  /** The shares' sum in per cent, within their printed rounding. */
  readonly sum: Interval;
  /** The values of `by` the split has ("female|male"), sorted. */
  readonly values: string;
}

/**
 * Shares of one population by gender, age band or category are disjoint and, when every group is
 * printed, make up the whole (GRI 405-1 b: percentage of employees per category in each diversity
 * category). A figure with two dims ("Executive Female 44.7%") may be a share of the category or of
 * the gender, so a split is read as a partition only when another year or group of the same table
 * adds up to 100% the same way; then one that does not, beyond the printed rounding, is an error.
 */
export const sharePartitionRule: Rule = {
  id: 'share.partition',
  title: 'Shares of one population by gender, age or category add up to 100%',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const metric of partitionMetrics()) {
      for (const family of families(ctx, metric).values()) out.push(...checkFamily(family));
    }
    return out;
  },
};

/** Share metrics whose only reading is a group over the population it belongs to (workforce.share). */
function partitionMetrics(): string[] {
  return relations()
    .shares.filter((s) => s.formulas.every((f) => f.denominator === 'parent'))
    .map((s) => s.share);
}

/** Every split of a metric, grouped by what is split and how: the key `by` and the parent's dim names. */
function families(ctx: RuleContext, metric: string): Map<string, Split[]> {
  const out = new Map<string, Split[]>();
  const seen = new Set<string>();
  for (const share of ctx.facts.representatives(metric)) {
    if (share.fact.basis !== 'actual') continue;
    const series = seriesOf(share.fact);
    for (const split of populationSplits(share.fact.dims)) {
      const { by, parent } = split;
      const id = `${series.entity}|${series.year}|${by}|${dimsKey(parent)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const groups = groupsOf(ctx.facts, series, split);
      if (!groups || groups.parts.length < 2 || groups.parts.length !== groups.breakdown.parts.length)
        continue;
      const { breakdown, parts } = groups;
      const sum = scaleInterval(addIntervals(parts.map(baseRange)), dec(100));
      const values = parts
        .map((p) => (p.fact.dims[by] ?? '').toLowerCase())
        .sort()
        .join('|');
      const family = `${series.entity}|${by}|${Object.keys(parent).sort().join(',')}`;
      const list = out.get(family) ?? [];
      list.push({ series, parent, breakdown, sum, values });
      out.set(family, list);
    }
  }
  return out;
}

/**
 * The splits of a family that do not add up to 100%, when others of it do: one with the same groups
 * as a split that adds up, or one above 100% (disjoint groups never exceed their whole).
 */
function checkFamily(family: readonly Split[]): CheckFinding[] {
  const whole = family.filter((s) => overlaps(s.sum, HUNDRED));
  if (whole.length === 0) return [];
  const out: CheckFinding[] = [];
  for (const split of family) {
    if (overlaps(split.sum, HUNDRED)) continue;
    const over = split.sum.lo.gt(100);
    const sameGroups = whole.find((w) => w.values === split.values);
    if (!over && !sameGroups) continue;
    out.push(report(split, sameGroups ?? whole[0]));
  }
  return out;
}

function report(split: Split, witness: Split | undefined): CheckFinding {
  const { parts, by } = split.breakdown;
  const over = split.sum.lo.gt(100);
  const group = Object.values(split.parent).join(', ') || 'all employees';
  const listed = parts.map((p) => `${p.fact.dims[by] ?? ''} ${showFigure(p)}`).join(' + ');
  const seen = witness
    ? ` The same split adds up to 100% for ${Object.values(witness.parent).join(', ') || 'all employees'} in ` +
      `${witness.series.year} (${witness.breakdown.parts.map(whereOf).join(', ')}).`
    : '';
  return makeFinding(sharePartitionRule.id, {
    severity: severityFor('error', parts),
    message:
      `The shares of ${group} by ${by.replace(/_/g, ' ')} in ${split.series.year} ` +
      `(${listed}, ${parts.map(whereOf).join(', ')}) add up to ` +
      `${showRange(split.sum, Math.max(...parts.map(placesOf)))}%, ${over ? 'more' : 'less'} than 100% beyond their rounding.` +
      seen,
    figures: parts,
    expected: '100',
    actual: decimalString(midpoint(split.sum), Math.max(...parts.map(placesOf))),
  });
}

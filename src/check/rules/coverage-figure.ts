import { dec, type Dims } from '../../core/index.js';
import type { SeriesKey } from '../fact-index/index.js';
import type { Figure, Interval } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { RuleContext } from './rule.js';

/** How many people a printed coverage ("Training coverage 100%") says were counted in a group. */
export interface CoveredCount {
  /** The coverage figure the bound comes from. */
  readonly coverage: Figure;
  /** The group's headcount figure. */
  readonly headcount: Figure;
  /** The range of people covered (trained) in the group. */
  readonly covered: Interval;
}

/**
 * Bounds the people covered in a group from a coverage share: for the group itself, share × headcount;
 * from an overall share, the group's headcount less everyone the overall share leaves out (an overall
 * 100%, i.e. ≥ 99.5% as printed, leaves at most 0.5% of all staff untrained, in any group).
 */
export function coveredCount(
  ctx: RuleContext,
  series: SeriesKey,
  coverageMetric: string,
  headcountMetric: string,
  dims: Dims,
): CoveredCount | undefined {
  const headcount = ctx.facts.at(series, headcountMetric, dims);
  if (!headcount) return undefined;
  const n = baseRange(headcount);
  const own = ctx.facts.at(series, coverageMetric, dims);
  if (own && own.qualifier === 'exact') {
    const c = share(own);
    return { coverage: own, headcount, covered: { lo: n.lo.times(c.lo), hi: n.hi.times(c.hi) } };
  }
  const overall = Object.keys(dims).length > 0 ? ctx.facts.at(series, coverageMetric, {}) : undefined;
  const everyone = ctx.facts.at(series, headcountMetric, {});
  if (!overall || overall.qualifier !== 'exact' || !everyone) return undefined;
  const left = baseRange(everyone).hi.times(dec(1).minus(share(overall).lo));
  const lo = n.lo.minus(left);
  return { coverage: overall, headcount, covered: { lo: lo.gt(0) ? lo : dec(0), hi: n.hi } };
}

/** A coverage figure as a fraction, capped at 1 (no group is more than fully covered). */
function share(f: Figure): Interval {
  const r = baseRange(f);
  const one = dec(1);
  return { lo: r.lo.gt(one) ? one : r.lo, hi: r.hi.gt(one) ? one : r.hi };
}

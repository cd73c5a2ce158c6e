import { dec, type Dims } from '../../core/index.js';
import { dimsKey, seriesOf, withoutKey, type SeriesKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  nameOf,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  divideIntervals,
  intersect,
  midpoint,
  multiplyIntervals,
  scaleInterval,
  subtractInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations } from '../relations/index.js';
import { baseRange, countsNonPeople } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';

const HEADCOUNT = 'workforce.total';

/** A rate of a group's headcount with the count it is of, and the headcounts it may imply. */
interface Reading {
  readonly rate: Figure;
  readonly count: Figure;
  /** One headcount per definition the report may use (GRI 401-1 leaves turnover's base open). */
  readonly headcounts: readonly Interval[];
}

/**
 * Rates of one group's headcount printed side by side without the headcount ("New hires 168, 34.6%;
 * leavers 122, 19.6%"): each rate and its count imply the headcount, and they must imply the same
 * one. With the headcount printed, share.count checks each rate against it.
 */
export const sharedBaseRule: Rule = {
  id: 'share.base',
  title: 'Rates of the same headcount imply the same headcount',
  run(ctx) {
    const out: CheckFinding[] = [];
    const seen = new Set<string>();
    for (const relation of relations().shares) {
      if (!relation.formulas.some((f) => f.denominator.startsWith(HEADCOUNT))) continue;
      for (const rate of ctx.facts.representatives(relation.share)) {
        const series = seriesOf(rate.fact);
        const key = `${series.entity}|${series.year}|${series.basis}|${dimsKey(rate.fact.dims)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding = check(ctx, series, rate.fact.dims);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

function check(ctx: RuleContext, series: SeriesKey, dims: Dims): CheckFinding | undefined {
  if (ctx.facts.at(series, HEADCOUNT, dims)) return undefined;
  const readings = relations().shares.flatMap((relation) => {
    const r = reading(ctx, series, dims, relation);
    return r ? [r] : [];
  });
  const share = workforceShare(ctx, series, dims);
  if (share) return againstShare(ctx, share, readings);
  if (readings.length < 2) return undefined;
  const [first, ...rest] = readings;
  if (!first) return undefined;
  for (const other of rest) {
    const meet = first.headcounts.some((a) => other.headcounts.some((b) => intersect(a, b)));
    if (meet) continue;
    const [base] = first.headcounts;
    const [implied] = other.headcounts;
    if (!base || !implied) continue;
    // The rate the second count would have on the first rate's headcount (its plain definition).
    const expected = divideIntervals(baseRange(other.count), base);
    if (!expected) continue;
    const percent = scaleInterval(expected, dec(100));
    const name = (f: Figure) => ctx.metric(f.fact.metric)?.label.toLowerCase() ?? f.fact.metric;
    return makeFinding(sharedBaseRule.id, {
      severity: 'warning',
      message:
        `For ${nameOf(first.rate)}, the ${name(first.rate)} ${showFigure(first.rate)} of ${showFigure(first.count)} ` +
        `(${whereOf(first.rate)}) implies a headcount of ${showRange(base, 0)}, but the ${name(other.rate)} ` +
        `${showFigure(other.rate)} of ${showFigure(other.count)} (${whereOf(other.rate)}) implies ${showRange(implied, 0)}; ` +
        `on the first headcount ${showFigure(other.count)} is ${showRange(percent, 1)}%. Both are rates of the group's headcount.`,
      figures: [other.rate, other.count, first.rate, first.count],
      expected: decimalString(midpoint(percent), placesOf(other.rate) + 1),
      actual: decimalString(other.rate.value, placesOf(other.rate)),
    });
  }
  return undefined;
}

/** A group's headcount from its printed share of the whole: 22.7% of 2,140 employees. */
interface ShareBase {
  readonly headcount: Interval;
  readonly share: Figure;
  readonly whole: Figure;
}

function workforceShare(ctx: RuleContext, series: SeriesKey, dims: Dims): ShareBase | undefined {
  const keys = Object.keys(dims);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) return undefined;
  const share = ctx.facts.at(series, 'workforce.share', dims);
  const whole = ctx.facts.at(series, HEADCOUNT, withoutKey(dims, key));
  if (!share || !whole || share.unit.dimension !== 'fraction') return undefined;
  return { headcount: multiplyIntervals(baseRange(share), baseRange(whole)), share, whole };
}

/** Each rate's implied headcount against the one its group's share of the workforce gives. */
function againstShare(
  ctx: RuleContext,
  base: ShareBase,
  readings: readonly Reading[],
): CheckFinding | undefined {
  for (const r of readings) {
    if (r.headcounts.some((h) => intersect(h, base.headcount))) continue;
    const [implied] = r.headcounts;
    const expected = divideIntervals(baseRange(r.count), base.headcount);
    if (!implied || !expected) continue;
    const percent = scaleInterval(expected, dec(100));
    const name = ctx.metric(r.rate.fact.metric)?.label.toLowerCase() ?? r.rate.fact.metric;
    return makeFinding(sharedBaseRule.id, {
      severity: 'warning',
      message:
        `For ${nameOf(r.rate)}, ${showFigure(base.share)} (${whereOf(base.share)}) of ${showFigure(base.whole)} ` +
        `(${whereOf(base.whole)}) is ${showRange(base.headcount, 0)} people, but the ${name} ${showFigure(r.rate)} of ` +
        `${showFigure(r.count)} (${whereOf(r.rate)}) implies ${showRange(implied, 0)}; on that headcount ` +
        `${showFigure(r.count)} is ${showRange(percent, 1)}%.`,
      figures: [r.rate, r.count, base.share, base.whole],
      expected: decimalString(midpoint(percent), placesOf(r.rate) + 1),
      actual: decimalString(r.rate.value, placesOf(r.rate)),
    });
  }
  return undefined;
}

function reading(
  ctx: RuleContext,
  series: SeriesKey,
  dims: Dims,
  relation: ReturnType<typeof relations>['shares'][number],
): Reading | undefined {
  const rate = ctx.facts.at(series, relation.share, dims);
  if (!rate || rate.unit.dimension !== 'fraction') return undefined;
  const r = baseRange(rate);
  if (r.lo.lte(0)) return undefined;
  for (const formula of relation.formulas) {
    if (!formula.denominator.startsWith(HEADCOUNT)) continue;
    const count = ctx.facts.at(series, formula.numerator, dims);
    if (!count || count.unit.dimension !== 'count' || countsNonPeople(count)) continue;
    const n = baseRange(count);
    const plain = divideIntervals(n, r);
    if (!plain) continue;
    // rate = count ÷ (headcount + count) gives headcount = count ÷ rate − count.
    const both = relation.formulas.some((f) => f.denominator === `${HEADCOUNT}+numerator`);
    const headcounts = both ? [plain, subtractInterval(plain, n)] : [plain];
    return { rate, count, headcounts };
  }
  return undefined;
}

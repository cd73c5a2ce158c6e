import { dec, type Dims } from '../../core/index.js';
import { seriesOf, type SeriesKey } from '../fact-index/index.js';
import { makeFinding, showRange, type CheckFinding } from '../finding/index.js';
import {
  addIntervals,
  divideIntervals,
  intersect,
  multiplyIntervals,
  overlaps,
  scaleInterval,
  subtractInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';

const RATE = 'turnover.rate';
const HEADCOUNT = 'workforce.total';

/** Leavers from a rate and a headcount, by the two bases reports use (GRI 401-1 leaves it open). */
const FORMULAS = {
  /**
   * rate = leavers ÷ (headcount + leavers), so leavers = rate × headcount ÷ (1 − rate); a rate that
   * may reach 100% cannot be on this basis (it would imply no or negative leavers).
   */
  'headcount + leavers': (r: Interval, n: Interval) =>
    r.hi.gte(1) ? undefined : divideIntervals(multiplyIntervals(r, n), subtractInterval(ONE, r)),
  /** rate = leavers ÷ headcount. */
  headcount: (r: Interval, n: Interval) => multiplyIntervals(r, n),
} as const;

const ONE: Interval = { lo: dec(1), hi: dec(1) };
const HUNDREDTH = dec('0.01');

/**
 * Turnover rates by gender, by age and by region each imply how many people left; every breakdown
 * counts the same leavers, so the implied totals must meet (000: 186–190 leavers in all three).
 */
export const turnoverBreakdownRule: Rule = {
  id: 'turnover.breakdowns',
  title: 'Turnover rates by gender, age and region imply the same number of leavers',
  run(ctx) {
    const out: CheckFinding[] = [];
    const seen = new Set<string>();
    for (const rate of ctx.facts.representatives(RATE)) {
      for (const key of Object.keys(rate.fact.dims)) {
        const parent = Object.fromEntries(Object.entries(rate.fact.dims).filter(([k]) => k !== key));
        const id = `${rate.fact.entity}|${rate.fact.period.year}|${JSON.stringify(parent)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const finding = check(ctx, seriesOf(rate.fact), parent);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

function check(ctx: RuleContext, series: SeriesKey, parent: Dims): CheckFinding | undefined {
  const overallRate = ctx.facts.at(series, RATE, parent);
  const overallHeadcount = ctx.facts.at(series, HEADCOUNT, parent);
  const groups = ctx.facts.breakdownsOf({ ...series, metric: RATE }, parent);
  const rateOf = rateReader([...(overallRate ? [overallRate] : []), ...groups.flatMap((g) => g.parts)]);
  const implied = Object.keys(FORMULAS).map((name) => {
    const formula = FORMULAS[name as keyof typeof FORMULAS];
    const totals: { by: string; leavers: Interval; figures: Figure[] }[] = [];
    const r = overallRate ? rateOf(overallRate) : undefined;
    const overall = r && overallHeadcount ? formula(r, baseRange(overallHeadcount)) : undefined;
    if (overall && overallRate && overallHeadcount)
      totals.push({ by: 'overall', leavers: overall, figures: [overallRate, overallHeadcount] });
    for (const { by, parts } of groups) {
      const t = leaversOf(ctx, series, parts, parent, by, (f, n) => {
        const rate = rateOf(f);
        return rate ? formula(rate, n) : undefined;
      });
      if (t && covers(t.headcount, overallHeadcount)) totals.push({ by, ...t });
    }
    return { name, totals };
  });
  // A basis that cannot take every rate (one of 100% or more on headcount + leavers) is no basis.
  const most = Math.max(...implied.map((i) => i.totals.length));
  const bases = implied.filter((i) => i.totals.length === most);
  const [first, second] = bases;
  if (!first || most < 2) return undefined;
  // Consistent when any basis lets every breakdown's leavers meet.
  if (
    bases.some((i) =>
      i.totals.reduce<Interval | undefined>(
        (acc, t) => (acc ? intersect(acc, t.leavers) : undefined),
        i.totals[0]?.leavers,
      ),
    )
  )
    return undefined;
  // A count below zero means the inputs are not what the rule takes them for: no finding.
  if (first.totals.some((t) => t.leavers.lo.isNegative())) return undefined;
  const figures = first.totals.flatMap((t) => t.figures);
  const ranges = first.totals.map((t) => `${t.by.replace(/_/g, ' ')} ${showRange(t.leavers, 0)}`).join(', ');
  const also = second ? `; leavers ÷ ${second.name} disagrees too` : '';
  return makeFinding(turnoverBreakdownRule.id, {
    severity: 'warning',
    message:
      `The turnover rates and headcounts imply different numbers of leavers by breakdown (${ranges}, ` +
      `taking rate = leavers ÷ ${first.name === 'headcount' ? 'headcount' : '(headcount + leavers)'}${also}), ` +
      'but every breakdown counts the same leavers.',
    figures,
  });
}

/**
 * How to read the rates of one check as fractions: a percentage as such; a bare number as a
 * percentage when any of them is above 1 (the % sign printed once in the table's title, "Turnover
 * rate (%)"), else as a fraction; any other unit is no rate.
 */
function rateReader(rates: readonly Figure[]): (f: Figure) => Interval | undefined {
  const bare = (f: Figure) => f.unit.symbol === '' && f.unit.dimension === 'count';
  const percent = rates.some((f) => bare(f) && f.range.hi.gt(1));
  return (f) => {
    if (f.unit.dimension === 'fraction') return baseRange(f);
    if (!bare(f)) return undefined;
    return percent ? scaleInterval(f.range, HUNDREDTH) : f.range;
  };
}

/**
 * A breakdown whose parts' headcounts cannot make up the overall headcount leaves some people out (a
 * row the extractor did not read, "Other"), so its leavers cannot be compared with the others'.
 */
function covers(headcount: Interval, overall: Figure | undefined): boolean {
  return overall === undefined || overlaps(headcount, baseRange(overall));
}

function leaversOf(
  ctx: RuleContext,
  series: SeriesKey,
  parts: readonly Figure[],
  parent: Dims,
  by: string,
  formula: (rate: Figure, n: Interval) => Interval | undefined,
): { leavers: Interval; headcount: Interval; figures: Figure[] } | undefined {
  if (parts.length < 2) return undefined;
  const each: Interval[] = [];
  const heads: Interval[] = [];
  const figures: Figure[] = [];
  for (const rate of parts) {
    const value = rate.fact.dims[by];
    if (value === undefined) return undefined;
    const headcount = ctx.facts.at(series, HEADCOUNT, { ...parent, [by]: value });
    const leavers = headcount ? formula(rate, baseRange(headcount)) : undefined;
    if (!headcount || !leavers) return undefined;
    each.push(leavers);
    heads.push(baseRange(headcount));
    figures.push(rate, headcount);
  }
  return { leavers: addIntervals(each), headcount: addIntervals(heads), figures };
}

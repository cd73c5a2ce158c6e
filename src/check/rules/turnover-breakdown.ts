import { dec, type Dims } from '../../core/index.js';
import { seriesOf, type SeriesKey } from '../fact-index/index.js';
import { makeFinding, showRange, type CheckFinding } from '../finding/index.js';
import {
  addIntervals,
  divideIntervals,
  intersect,
  multiplyIntervals,
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
  /** rate = leavers ÷ (headcount + leavers), so leavers = rate × headcount ÷ (1 − rate). */
  'headcount + leavers': (r: Interval, n: Interval) =>
    divideIntervals(multiplyIntervals(r, n), subtractInterval(ONE, r)),
  /** rate = leavers ÷ headcount. */
  headcount: (r: Interval, n: Interval) => multiplyIntervals(r, n),
} as const;

const ONE: Interval = { lo: dec(1), hi: dec(1) };

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
  const groups = ctx.facts.breakdownsOf({ ...series, metric: RATE }, parent);
  const implied = Object.keys(FORMULAS).map((name) => {
    const formula = FORMULAS[name as keyof typeof FORMULAS];
    const totals: { by: string; leavers: Interval; figures: Figure[] }[] = [];
    const overallRate = ctx.facts.at(series, RATE, parent);
    const overallHeadcount = ctx.facts.at(series, HEADCOUNT, parent);
    const overall =
      overallRate && overallHeadcount
        ? formula(baseRange(overallRate), baseRange(overallHeadcount))
        : undefined;
    if (overall && overallRate && overallHeadcount)
      totals.push({ by: 'overall', leavers: overall, figures: [overallRate, overallHeadcount] });
    for (const { by, parts } of groups) {
      const t = leaversOf(ctx, series, parts, parent, by, formula);
      if (t) totals.push({ by, ...t });
    }
    return { name, totals };
  });
  const [first] = implied;
  if (!first || first.totals.length < 2) return undefined;
  // Consistent when any basis lets every breakdown's leavers meet.
  if (
    implied.some((i) =>
      i.totals.reduce<Interval | undefined>(
        (acc, t) => (acc ? intersect(acc, t.leavers) : undefined),
        i.totals[0]?.leavers,
      ),
    )
  )
    return undefined;
  const figures = first.totals.flatMap((t) => t.figures);
  const ranges = first.totals.map((t) => `${t.by.replace(/_/g, ' ')} ${showRange(t.leavers, 0)}`).join(', ');
  return makeFinding(turnoverBreakdownRule.id, {
    severity: 'warning',
    message:
      `The turnover rates and headcounts imply different numbers of leavers by breakdown (${ranges}, ` +
      `taking rate = leavers ÷ (headcount + leavers); leavers ÷ headcount disagrees too), but every breakdown counts the same leavers.`,
    figures,
  });
}

function leaversOf(
  ctx: RuleContext,
  series: SeriesKey,
  parts: readonly Figure[],
  parent: Dims,
  by: string,
  formula: (r: Interval, n: Interval) => Interval | undefined,
): { leavers: Interval; figures: Figure[] } | undefined {
  if (parts.length < 2) return undefined;
  const each: Interval[] = [];
  const figures: Figure[] = [];
  for (const rate of parts) {
    const value = rate.fact.dims[by];
    if (value === undefined) return undefined;
    const headcount = ctx.facts.at(series, HEADCOUNT, { ...parent, [by]: value });
    const leavers = headcount ? formula(baseRange(rate), baseRange(headcount)) : undefined;
    if (!headcount || !leavers) return undefined;
    each.push(leavers);
    figures.push(rate, headcount);
  }
  return { leavers: addIntervals(each), figures };
}

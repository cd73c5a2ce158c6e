import { dec } from '../../core/index.js';
import { seriesOf } from '../fact-index/index.js';
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
  divideIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations, type Relations } from '../relations/index.js';
import { baseRange, distinctParts } from './convert-figure.js';
import { coveredCount } from './coverage-figure.js';
import { checkEachOf, type Rule, type RuleContext } from './rule.js';

/**
 * When everyone was trained (coverage 100%), total hours ÷ headcount is the overall average, and a
 * weighted mean lies within the range of the group averages: 310,553 h ÷ 10,724 = 28.96 h cannot sit
 * below every group's average of 35.95 h or more.
 */
export const averageImpliedRule: Rule = {
  id: 'average.implied',
  title: 'Total ÷ headcount lies within the range of the group averages when everyone is counted',
  run: (ctx) => checkEachOf(ctx, relations().averages, (r) => r.total, check),
};

function check(
  ctx: RuleContext,
  relation: Relations['averages'][number],
  total: Figure,
): CheckFinding | undefined {
  const series = seriesOf(total.fact);
  const dims = total.fact.dims;
  if (ctx.facts.at(series, relation.average, dims)) return undefined;
  const [headcountMetric] = relation.counts;
  const covered =
    headcountMetric && relation.coverage !== undefined
      ? coveredCount(ctx, series, relation.coverage, headcountMetric, dims)
      : undefined;
  const perHead = covered ? divideIntervals(baseRange(total), baseRange(covered.headcount)) : undefined;
  const perCovered = covered ? divideIntervals(baseRange(total), covered.covered) : undefined;
  if (!covered || !perHead || !perCovered) return undefined;
  // Per person trained, the overall average lies between total ÷ headcount and total ÷ fewest trained.
  const implied: Interval = { lo: perHead.lo, hi: perCovered.hi };
  const { coverage, headcount } = covered;
  for (const { by, parts } of ctx.facts.breakdownsOf({ ...series, metric: relation.average }, dims)) {
    const groups = distinctParts(parts, by);
    if (groups.length < 2) continue;
    const ranges = groups.map(baseRange);
    const span: Interval = {
      lo: ranges.reduce((m, r) => (r.lo.lt(m) ? r.lo : m), ranges[0]?.lo ?? dec(0)),
      hi: ranges.reduce((m, r) => (r.hi.gt(m) ? r.hi : m), ranges[0]?.hi ?? dec(0)),
    };
    if (overlaps(span, implied)) continue;
    const [first] = groups;
    if (!first) continue;
    const toUnit = dec(1).div(first.unit.toBase);
    const places = placesOf(first);
    const figures = [total, headcount, coverage, ...groups];
    return makeFinding(averageImpliedRule.id, {
      severity: severityFor('error', figures),
      message:
        `${showFigure(total)} (${whereOf(total)}) over ${showFigure(headcount)} (${whereOf(headcount)}), with ${showFigure(coverage)} trained ` +
        `(${whereOf(coverage)}), is an overall average of ${showRange(scaleInterval(implied, toUnit), places)} ${first.unit.symbol}, ` +
        `outside the averages by ${by.replace(/_/g, ' ')} (${showRange(scaleInterval(span, toUnit), places)}); a weighted mean cannot leave that range.`,
      figures,
      expected: decimalString((implied.hi.lt(span.lo) ? span.lo : span.hi).times(toUnit), places),
      actual: decimalString(midpoint(perHead).times(toUnit), places),
    });
  }
  return undefined;
}

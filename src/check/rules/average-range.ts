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
import { seriesOf } from '../fact-index/index.js';
import { overlaps, type Figure, type Interval } from '../precision/index.js';
import { distinctParts, rangesIn } from './convert-figure.js';
import { relations } from '../relations/index.js';
import type { Rule } from './rule.js';

/** Breakdowns of an average that partition the same people (not alternatives such as a method). */
const NOT_A_PARTITION = new Set(['scope2_method', 'denominator', 'scope', 'method', 'basis']);

/**
 * An overall average lies between the smallest and largest of the averages of the groups that make
 * it up: it is their weighted mean (training hours per employee overall vs by gender). So does an
 * overall rate that is a headcount-weighted mean of group rates (turnover overall vs by age).
 */
export const averageRangeRule: Rule = {
  id: 'average.range',
  title: 'An overall average or rate lies within the range of its group averages or rates',
  run(ctx) {
    const out: CheckFinding[] = [];
    const rates = new Set(relations().weightedRates.metrics);
    for (const metric of ctx.facts.metrics()) {
      for (const overall of ctx.facts.representatives(metric)) {
        if (ctx.kindOf(overall) !== 'average' && !rates.has(metric)) continue;
        for (const { by, parts } of ctx.facts.breakdownsOf(seriesOf(overall.fact), overall.fact.dims)) {
          if (NOT_A_PARTITION.has(by)) continue;
          const groups = distinctParts(parts, by);
          const ranges = groups.length >= 2 ? rangesIn(groups, overall.unit) : undefined;
          if (!ranges) continue;
          const span: Interval = {
            lo: ranges.reduce((m, r) => (r.lo.lt(m) ? r.lo : m), ranges[0]?.lo ?? overall.value),
            hi: ranges.reduce((m, r) => (r.hi.gt(m) ? r.hi : m), ranges[0]?.hi ?? overall.value),
          };
          if (overlaps(span, overall.range)) continue;
          out.push(finding(overall, by, groups, span));
        }
      }
    }
    return out;
  },
};

function finding(overall: Figure, by: string, groups: readonly Figure[], span: Interval): CheckFinding {
  const places = placesOf(overall);
  const what = overall.unit.symbol === '%' ? 'rate' : 'average';
  return makeFinding(averageRangeRule.id, {
    severity: severityFor('error', [overall, ...groups]),
    message:
      `The overall ${what} ${showFigure(overall)} (${whereOf(overall)}) is outside the range of the ${what}s by ` +
      `${by.replace(/_/g, ' ')} (${showRange(span, places)}); a weighted mean of groups cannot leave that range.`,
    figures: [overall, ...groups],
    // The nearest value the overall figure could take.
    expected: decimalString(overall.range.hi.lt(span.lo) ? span.lo : span.hi, places + 1),
    actual: decimalString(overall.value, places),
  });
}

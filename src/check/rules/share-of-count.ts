import { dec, type Dims } from '../../core/index.js';
import { seriesOf, withoutKey, type SeriesKey } from '../fact-index/index.js';
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
  divideIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations, type Relations } from '../relations/index.js';
import { baseRange, rangeIn } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';

type Formula = Relations['shares'][number]['formulas'][number];

/** Dims that qualify rather than split a population, so they never name the parent group. */
const QUALIFIERS = new Set(['denominator', 'scope2_method']);

/** A computed share with the figures it came from. */
interface Computed {
  readonly percent: Interval;
  readonly figures: readonly Figure[];
  readonly text: string;
}

/** Percentages against the counts they are computed from (female share, turnover, training coverage). */
export const shareOfCountRule: Rule = {
  id: 'share.count',
  title: 'A percentage agrees with the counts it is computed from',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const relation of relations().shares) {
      for (const share of ctx.facts.metric(relation.share)) {
        const computed = relation.formulas.flatMap((f) =>
          compute(ctx, seriesOf(share.fact), share.fact.dims, f),
        );
        if (computed.length === 0) continue;
        const printedPercent = scaleInterval(baseRange(share), dec(100));
        if (computed.some((c) => overlaps(c.percent, printedPercent))) continue;
        const [closest] = computed;
        if (!closest) continue;
        const figures = [share, ...closest.figures];
        out.push(
          makeFinding(shareOfCountRule.id, {
            severity: relation.formulas.length === 1 ? severityFor('error', figures) : 'warning',
            message:
              `${share.fact.label?.trim() || share.fact.metric} is printed as ${showFigure(share)} (${whereOf(share)}), ` +
              `but ${closest.text} gives ${showRange(closest.percent, 2)}%` +
              (computed.length > 1 ? `; no usual definition (${relation.why}) reproduces it.` : '.'),
            figures,
            expected: decimalString(midpoint(closest.percent), 2),
            actual: decimalString(share.value, placesOf(share)),
          }),
        );
      }
    }
    return out;
  },
};

function compute(ctx: RuleContext, series: SeriesKey, dims: Dims, formula: Formula): Computed[] {
  const numerator = ctx.facts.at(series, formula.numerator, dims);
  if (!numerator) return [];
  const denominators: { figure: Figure; plus?: Figure }[] = [];
  if (formula.denominator === 'parent') {
    for (const key of Object.keys(dims)) {
      if (QUALIFIERS.has(key)) continue;
      const parent = ctx.facts.at(series, formula.numerator, withoutKey(dims, key));
      if (parent) denominators.push({ figure: parent });
    }
  } else if (formula.denominator === 'workforce.total+numerator') {
    const headcount = ctx.facts.at(series, 'workforce.total', dims);
    if (headcount) denominators.push({ figure: headcount, plus: numerator });
  } else {
    const d = ctx.facts.at(series, formula.denominator, dims);
    if (d) denominators.push({ figure: d });
  }
  const out: Computed[] = [];
  for (const { figure, plus } of denominators) {
    const d = rangeIn(figure, numerator.unit);
    const extra = plus ? rangeIn(plus, numerator.unit) : undefined;
    if (!d || (plus && !extra)) continue;
    const ratio = divideIntervals(numerator.range, extra ? addIntervals([d, extra]) : d);
    if (!ratio) continue;
    const over = `${showFigure(figure)}${plus ? ` + ${showFigure(plus)}` : ''}`;
    out.push({
      percent: scaleInterval(ratio, dec(100)),
      figures: [numerator, figure],
      text: `${showFigure(numerator)} (${whereOf(numerator)}) over ${over} (${whereOf(figure)})`,
    });
  }
  return out;
}

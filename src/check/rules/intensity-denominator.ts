import { dec, type Decimal, type Dims } from '../../core/index.js';
import { dimsKey, seriesOf, withoutKey } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  divideIntervals,
  intersect,
  midpoint,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { relations } from '../relations/index.js';
import { baseRange, rangeIn } from './convert-figure.js';
import { readDenominator } from './denominator.js';
import type { Rule, RuleContext } from './rule.js';

/** One intensity's implied denominator (or a printed denominator such as headcount). */
interface Implied {
  readonly range: Interval;
  readonly figures: readonly Figure[];
  /** True for a printed denominator figure rather than an intensity. */
  readonly reference: boolean;
}

/**
 * Intensities that share a denominator (per person, per m², per RMB million of revenue) in the same
 * year must imply the same denominator: numerator ÷ intensity. One that implies a denominator about a
 * thousand times off is a kg-for-tonne or kWh-for-MWh slip; one somewhat off was divided by another
 * boundary's denominator.
 */
export const intensityDenominatorRule: Rule = {
  id: 'intensity.denominator',
  title: 'Intensities with the same denominator imply the same denominator',
  run(ctx) {
    const groups = new Map<string, Implied[]>();
    for (const relation of relations().intensities) {
      for (const intensity of ctx.facts.representatives(relation.intensity)) {
        const printedDen = intensity.fact.dims.denominator;
        if (printedDen === undefined) continue;
        const den = readDenominator(printedDen);
        const rest = withoutKey(intensity.fact.dims, 'denominator');
        const series = seriesOf(intensity.fact);
        const found = numeratorOf(ctx, intensity, relation.numerators, rest);
        const numerator = found?.figure;
        const ratio = found ? divideIntervals(found.range, intensity.range) : undefined;
        if (!numerator || !ratio) continue;
        const key = `${series.entity}|${series.year}|${series.basis}|${dimsKey(rest)}|${den.key}`;
        const implied: Implied = {
          range: scaleInterval(ratio, den.toBase),
          figures: [intensity, numerator],
          reference: false,
        };
        const list = groups.get(key);
        if (list) list.push(implied);
        else groups.set(key, [implied, ...references(ctx, intensity, den.key)]);
      }
    }
    return [...groups.values()].flatMap((g) => checkGroup(g));
  },
};

/**
 * The numerator of an intensity in its unit: the first numerator metric printed with the intensity's
 * other dims in a unit that converts. An intensity that names no Scope 2 method divides the one
 * total the report prints with a method, when it prints only one (GHG Protocol Scope 2 Guidance
 * 2015: a report may show both; an intensity then follows the one the total shows).
 */
function numeratorOf(
  ctx: RuleContext,
  intensity: Figure,
  metrics: readonly string[],
  rest: Dims,
): { figure: Figure; range: Interval } | undefined {
  const series = seriesOf(intensity.fact);
  for (const metric of metrics) {
    const plain = ctx.facts.at(series, metric, rest);
    const plainRange = plain ? rangeIn(plain, intensity.unit) : undefined;
    if (plain && plainRange) return { figure: plain, range: plainRange };
    if (rest.scope2_method !== undefined) continue;
    const byMethod = ['location', 'market']
      .map((method) => ctx.facts.at(series, metric, { ...rest, scope2_method: method }))
      .filter((f) => f !== undefined);
    const [only] = byMethod;
    const onlyRange = only && byMethod.length === 1 ? rangeIn(only, intensity.unit) : undefined;
    if (only && onlyRange) return { figure: only, range: onlyRange };
  }
  return undefined;
}

/** Printed denominators to compare with: year-end headcount, revenue. */
function references(ctx: RuleContext, intensity: Figure, denKey: string): Implied[] {
  const rest = withoutKey(intensity.fact.dims, 'denominator');
  const out: Implied[] = [];
  for (const d of relations().denominators) {
    if (denKey !== d.dimension && !(denKey === 'person' && d.dimension === 'count')) continue;
    const f = ctx.facts.at(seriesOf(intensity.fact), d.metric, rest);
    if (f && f.unit.dimension === d.dimension)
      out.push({ range: baseRange(f), figures: [f], reference: true });
  }
  return out;
}

function checkGroup(group: readonly Implied[]): CheckFinding[] {
  if (group.filter((g) => !g.reference).length + Math.min(1, group.filter((g) => g.reference).length) < 2)
    return [];
  const cluster = largestCluster(group);
  if (cluster.members.length === group.length) return [];
  const others = group.filter((g) => !cluster.members.includes(g));
  // With two that disagree and nothing else, report the pair once.
  if (cluster.members.length === 1 && group.length === 2)
    return [report(others[0] ?? group[1], cluster)].filter(isFinding);
  return others.map((o) => report(o, cluster)).filter(isFinding);
}

function report(
  outlier: Implied | undefined,
  cluster: { members: readonly Implied[]; common: Interval },
): CheckFinding | undefined {
  if (!outlier) return undefined;
  const ref = midpoint(cluster.common);
  const mine = midpoint(outlier.range);
  if (ref.lte(0) || mine.lte(0)) return undefined;
  const factor = mine.gt(ref) ? mine.div(ref) : ref.div(mine);
  const thousandfold = factor.gte(500) && factor.lte(2000);
  const figures = [...outlier.figures, ...cluster.members.flatMap((m) => m.figures)];
  const [head] = outlier.figures;
  if (!head) return undefined;
  const describe = (i: Implied): string =>
    i.reference
      ? `${i.figures[0] ? showFigure(i.figures[0]) : ''} (${i.figures[0] ? whereOf(i.figures[0]) : ''})`
      : `${i.figures[0]?.fact.label?.trim() || i.figures[0]?.fact.metric || ''} (${i.figures[0] ? whereOf(i.figures[0]) : ''})`;
  const message =
    `${outlier.reference ? 'The printed denominator' : 'This intensity'} ${describe(outlier)} implies a denominator of ` +
    `${showRange(outlier.range, places(outlier.range))}, but ${cluster.members.map(describe).join(', ')} ` +
    `${cluster.members.length === 1 ? 'implies' : 'imply'} ${showRange(cluster.common, places(cluster.common))}` +
    (thousandfold
      ? ` — about ${showNumber(factor, 0)} times apart: a unit slip (kg for t, kWh for MWh) is likely.`
      : outlier.reference
        ? '; the intensities may use an average or another boundary.'
        : '; it seems divided by a different boundary or unit.');
  return makeFinding(intensityDenominatorRule.id, {
    severity: outlier.reference ? 'info' : thousandfold ? severityFor('error', figures) : 'warning',
    message,
    figures,
    expected: decimalString(ref, 2),
    actual: decimalString(mine, 2),
  });
}

/** The largest set of ranges sharing a common value (an endpoint sweep; groups are small). */
function largestCluster(group: readonly Implied[]): { members: Implied[]; common: Interval } {
  let best: { members: Implied[]; common: Interval } | undefined;
  for (const candidate of group) {
    for (const point of [candidate.range.lo, candidate.range.hi, midpoint(candidate.range)]) {
      const members = group.filter((g) => g.range.lo.lte(point) && g.range.hi.gte(point));
      const preferIntensities = (m: Implied[]) => m.filter((x) => !x.reference).length;
      if (
        !best ||
        preferIntensities(members) > preferIntensities(best.members) ||
        (preferIntensities(members) === preferIntensities(best.members) &&
          members.length > best.members.length)
      ) {
        const common = members.reduce<Interval | undefined>(
          (acc, m) => (acc ? intersect(acc, m.range) : m.range),
          undefined,
        );
        if (common) best = { members, common };
      }
    }
  }
  const [first] = group;
  return best ?? { members: first ? [first] : [], common: first?.range ?? { lo: dec(0), hi: dec(0) } };
}

function places(r: Interval): number {
  const mid: Decimal = midpoint(r).abs();
  return mid.gte(100) ? 0 : mid.gte(1) ? 1 : 3;
}

function isFinding(f: CheckFinding | undefined): f is CheckFinding {
  return f !== undefined;
}

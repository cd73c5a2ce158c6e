import { countedThing, denominatorKind, type Decimal, type Dims } from '../../core/index.js';
import { dimsKey, senseOf, seriesOf, withoutKey, type SeriesKey } from '../fact-index/index.js';
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
import { divideIntervals, midpoint, scaleInterval, type Figure, type Interval } from '../precision/index.js';
import { relations } from '../relations/index.js';
import { baseRange, rangeIn } from './convert-figure.js';
import { readDenominator, type Denominator } from './denominator.js';
import { largestCluster, type Cluster, type Implied } from './intensity-cluster.js';
import { isCapacity } from './capacity-words.js';
import { otherYearDenominators } from './intensity-other-year.js';
import {
  outputConfirmed,
  outputMismatch,
  bareOutput,
  intensityProduct,
  productionReference,
  withConfirmedOutput,
} from './production-denominator.js';
import type { Rule, RuleContext } from './rule.js';

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
    const products = new Map<
      string,
      { intensity: Figure; dimension: string; products: Set<string | undefined> }
    >();
    for (const relation of relations().intensities) {
      for (const intensity of ctx.facts.representatives(relation.intensity)) {
        const printedDen = intensity.fact.dims.denominator;
        if (printedDen === undefined) continue;
        const rest = withoutKey(intensity.fact.dims, 'denominator');
        const series = seriesOf(intensity.fact);
        const unitless = isUnitless(intensity);
        const read = readDenominator(printedDen);
        // "t CO2e / liikevaihto": revenue named without its currency or scale, read as the report prints it.
        const scaleless = unitless || revenueNamed(read);
        const den = scaleless ? unitlessDenominator(ctx, intensity, read) : read;
        if (!den) continue;
        const readings = numeratorsOf(ctx, relation.numerators, series, rest).flatMap((numerator) => {
          // Printed without a unit, an intensity divides the numerator as printed ("tCO2e / net revenue
          // (EUR million)", as the note below an ESRS E1-6 table says).
          const numRange = rangeIn(numerator, unitless ? numerator.printedUnit : intensity.unit);
          const ratio = numRange ? divideIntervals(numRange, intensity.range) : undefined;
          return ratio ? [{ range: scaleInterval(ratio, den.toBase), figures: [intensity, numerator] }] : [];
        });
        // Without a scale, only the numerators that imply about the printed denominator are read (the
        // label "Scope 1 + 2 / revenue" divides that sum, not the total with Scope 3 printed above it).
        const near = scaleless
          ? readings.filter((r) => nearReference(ctx, intensity, den.key, r.range))
          : readings;
        const [preferred] = near;
        if (!preferred) continue;
        const key = `${series.entity}|${series.year}|${series.basis}|${dimsKey(rest)}|${den.key}`;
        const implied: Implied = { ...preferred, alternatives: near, reference: false };
        const list = groups.get(key);
        if (list) list.push(implied);
        else groups.set(key, [implied, ...references(ctx, intensity, den.key)]);
        const product = unitless
          ? undefined
          : (intensityProduct(intensity, printedDen) ?? bareOutput(printedDen));
        const named = products.get(key);
        if (named) named.products.add(product);
        else products.set(key, { intensity, dimension: den.key, products: new Set([product]) });
      }
    }
    // The year's output joins a group whose intensities all name one product (or output in general).
    for (const [key, { intensity, dimension, products: named }] of products) {
      const [product] = named;
      const output =
        named.size === 1 && product !== undefined
          ? productionReference(ctx, intensity, dimension, product, [...METHOD_DIMS])
          : undefined;
      if (output) groups.get(key)?.push(output);
    }
    const confirmed = outputConfirmed([...groups.values()]);
    return [...groups.values()].flatMap((g) => {
      // Another year's denominator divided again explains an intensity's disagreement: the rest are
      // compared without it.
      const { findings, moved } = otherYearDenominators(ctx, g, intensityDenominatorRule.id);
      return [
        ...findings,
        ...checkGroup(
          g.filter((i) => !moved.has(i)),
          confirmed,
        ),
      ];
    });
  },
};

/** Dims that give a method of reading the same quantity, not a part of it (GHG Protocol Scope 2 Guidance). */
const METHOD_DIMS: ReadonlySet<string> = new Set(['scope2_method']);

/**
 * The figures an intensity may divide, the catalogue's first numerator first: each numerator metric
 * printed with the intensity's dims, or printed once per method (Scope 1 + 2 market- and location-based).
 * A numerator printed with values that disagree (a highlight misprinting the table's water withdrawn)
 * gives each of its printings last: the intensity may divide any of them, and with none taken it would
 * be judged over another numerator alone.
 */
function numeratorsOf(ctx: RuleContext, metrics: readonly string[], series: SeriesKey, rest: Dims): Figure[] {
  const out: Figure[] = [];
  const disputed: Figure[] = [];
  for (const metric of metrics) {
    const plain = ctx.facts.at(series, metric, rest);
    if (plain) out.push(plain);
    else disputed.push(...plainPrintings(ctx, { ...series, metric }, rest));
    for (const b of ctx.facts.breakdownsOf({ ...series, metric }, rest))
      if (METHOD_DIMS.has(b.by)) out.push(...b.parts);
  }
  return [...out, ...disputed];
}

/** The plain exact printings of a series whose printings disagree (none narrowed by their words). */
function plainPrintings(ctx: RuleContext, series: SeriesKey, dims: Dims): Figure[] {
  const label = ctx.metric(series.metric)?.label;
  return ctx.facts
    .find(series, dims)
    .filter((f) => f.qualifier === 'exact' && senseOf(f, label).markers.length === 0);
}

/** Printed denominators to compare with: year-end headcount, revenue. */
function references(ctx: RuleContext, intensity: Figure, denKey: string): Implied[] {
  // A Scope 2 method says how the numerator was read; the revenue or headcount it is divided by has none.
  const rest = [...METHOD_DIMS].reduce(withoutKey, withoutKey(intensity.fact.dims, 'denominator'));
  const out: Implied[] = [];
  for (const d of relations().denominators) {
    // Revenue is a denominator in whatever currency the report prints it (NT$, HK$ as well as RMB).
    const wanted = isMoney(d.dimension) && isMoney(denKey) ? denKey : d.dimension;
    if (denKey !== wanted && !(denKey === 'person' && d.dimension === 'count')) continue;
    const f = ctx.facts.at(seriesOf(intensity.fact), d.metric, rest);
    if (f && f.unit.dimension === wanted) {
      const reading = { range: baseRange(f), figures: [f] };
      out.push({ ...reading, alternatives: [reading], reference: true });
    }
  }
  return [...out, ...countedReferences(ctx, intensity, denKey)];
}

/** An intensity printed with no unit at all ("Total GHG emissions per net revenue | 660.4"). */
function isUnitless(f: Figure): boolean {
  return f.unit.symbol === '' && f.printedUnit.symbol === '';
}

/** "per net revenue", "/ liikevaihto", "pro Umsatz": revenue named without its currency or scale. */
function revenueNamed(den: Denominator): boolean {
  return !isMoney(den.key) && den.key !== 'person' && denominatorKind(den.key) === 'revenue';
}

/**
 * The denominator of an intensity printed without a unit: per person or per a unit it names as it
 * reads; per revenue named without its currency, the revenue as the report prints it (the currency and
 * scale of the year's revenue figure: "EUR million").
 */
function unitlessDenominator(ctx: RuleContext, intensity: Figure, den: Denominator): Denominator | undefined {
  if (!revenueNamed(den)) return den;
  const revenue = revenueOf(ctx, intensity);
  if (!revenue || !isMoney(revenue.unit.dimension)) return undefined;
  return { key: revenue.unit.dimension, toBase: revenue.printedUnit.toBase };
}

function revenueOf(ctx: RuleContext, intensity: Figure): Figure | undefined {
  const rest = [...METHOD_DIMS].reduce(withoutKey, withoutKey(intensity.fact.dims, 'denominator'));
  return ctx.facts.at(seriesOf(intensity.fact), 'economic.revenue', rest);
}

/**
 * A unitless intensity says nothing of its scale: it is compared only when it implies a denominator
 * within tenfold of the printed one, so that revenue printed in € thousand is never taken for the
 * € million the note divided by.
 */
function nearReference(ctx: RuleContext, intensity: Figure, denKey: string, range: Interval): boolean {
  const [reference] = references(ctx, intensity, denKey);
  if (!reference) return false;
  const [mine, theirs] = [midpoint(range), midpoint(reference.range)];
  return mine.gt(0) && theirs.gt(0) && mine.div(theirs).gt(0.1) && mine.div(theirs).lt(10);
}

function isMoney(dimension: string): boolean {
  return dimension.startsWith('money:');
}

/**
 * "vehicle", "store", "guest night", "teu", "tonne-km": a per-what that is a plain noun (up to three words), not
 * a unit or headcount.
 */
const NOUN = /^[a-z]{3,20}(?:[ -][a-z]{2,20}){0,2}$/;

/** One noun in the singular or plural ("vehicle", "vehicles"; "bus", "buses"). */
function sameNoun(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || `${x}s` === y || `${x}es` === y || `${y}s` === x || `${y}es` === x;
}

/**
 * A count of the thing an intensity is per, printed in the same year ("a fleet of 436 vehicles" for
 * "tCO2e per vehicle"), whatever metric it was read as: a reference like headcount is for per-person
 * intensities. Only when the year has one such count with the intensity's breakdown (a region's
 * intensity divides that region's count).
 */
function countedReferences(ctx: RuleContext, intensity: Figure, denKey: string): Implied[] {
  if (!NOUN.test(denKey) || denKey === 'person') return [];
  const year = intensity.fact.period.year;
  const part = dimsKey(withoutKey(intensity.fact.dims, 'denominator'));
  const counts = ctx.facts.figures.filter(
    (f) =>
      f.unit.dimension === 'count' &&
      sameNoun(countedThing(f.unit)?.noun ?? f.unit.symbol, denKey) &&
      !isCapacity(f) &&
      f.fact.period.year === year &&
      f.fact.entity === intensity.fact.entity &&
      f.fact.basis === 'actual' &&
      dimsKey(f.fact.dims) === part,
  );
  const [count] = counts;
  if (!count || counts.some((c) => !c.value.eq(count.value))) return [];
  const reading = { range: baseRange(count), figures: [count] };
  return [{ ...reading, alternatives: [reading], reference: true }];
}

function checkGroup(all: readonly Implied[], confirmed: ReadonlySet<string>): CheckFinding[] {
  const output = outputMismatch(all, confirmed, intensityDenominatorRule.id);
  if (output) return [output];
  const group = withConfirmedOutput(all, confirmed);
  if (group.filter((g) => !g.reference).length + Math.min(1, group.filter((g) => g.reference).length) < 2)
    return [];
  const cluster = largestCluster(group);
  if (cluster.members.length === group.length) return [];
  const others = group.filter((g) => !cluster.of.has(g));
  // With two that disagree and nothing else, report the pair once.
  if (cluster.members.length === 1 && group.length === 2)
    return [report(others[0] ?? group[1], cluster)].filter(isFinding);
  return others.map((o) => report(o, cluster)).filter(isFinding);
}

function report(outlier: Implied | undefined, cluster: Cluster): CheckFinding | undefined {
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
        : cluster.members.length === 1
          ? // Nothing else agrees with either: which one is off is not known.
            '; one of them seems divided by a different boundary or unit.'
          : '; it seems divided by a different boundary or unit.');
  return makeFinding(intensityDenominatorRule.id, {
    severity: outlier.reference ? 'info' : thousandfold ? severityFor('error', figures) : 'warning',
    message,
    figures,
    expected: decimalString(ref, 2),
    actual: decimalString(mine, 2),
  });
}

function places(r: Interval): number {
  const mid: Decimal = midpoint(r).abs();
  return mid.gte(100) ? 0 : mid.gte(1) ? 1 : 3;
}

function isFinding(f: CheckFinding | undefined): f is CheckFinding {
  return f !== undefined;
}

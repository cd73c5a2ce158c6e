import { dec, type Decimal } from '../../core/index.js';
import { senseOf, seriesOf, withoutKey, type SeriesKey } from '../fact-index/index.js';
import {
  decimalString,
  makeFinding,
  nameOf,
  placesOf,
  severityFor,
  showNumber,
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
import { perHeadcount, printedRateBase } from './rate-base.js';
import { fitsCount, hoursBeside, hoursOf, ownSentence, printedRange } from './injury-rate-sentence.js';
import type { Rule, RuleContext } from './rule.js';

type RateRelation = Relations['frequencyRates']['rates'][number];

/** Figures further apart than this many lines are not read as one table's rows. */
const TABLE_SPAN = 20;

/**
 * Injury frequency rates against the injuries and hours worked printed beside them (GRI 403-9: rate =
 * number ÷ hours worked × 200,000 or 1,000,000). The base is the one the rate's words print; when none
 * is printed, the rate passes if either base fits. Every table printing of a year's rate is tested, so a
 * slip in the safety table is found when the key-figures box prints the rate right.
 */
export const injuryRateRule: Rule = {
  id: 'rate.injury',
  title: 'An injury rate equals the injuries ÷ hours worked × its base (1,000,000 or 200,000 hours)',
  run(ctx) {
    const { bases, rates } = relations().frequencyRates;
    const out: CheckFinding[] = [];
    for (const relation of rates) {
      for (const printings of ratePrintings(ctx, relation)) {
        for (const printing of printings) {
          const others = printings.filter((p) => p !== printing);
          const finding = check(ctx, relation, printing, bases.map(dec), others);
          if (finding) out.push(finding);
        }
      }
    }
    return out;
  },
};

function check(
  ctx: RuleContext,
  relation: RateRelation,
  rate: Figure,
  bases: readonly Decimal[],
  otherPrintings: readonly Figure[],
): CheckFinding | undefined {
  // A rate in per cent or per 100 employees is of headcount (HKEX B2.1), not of hours worked.
  if (rate.unit.dimension !== 'count' || perHeadcount(rate)) return undefined;
  const series = seriesOf(rate.fact);
  const dims = withoutKey(rate.fact.dims, 'denominator');
  // A rate printed in a sentence with its own injuries and hours ("4 of the 12 lost-time injuries in
  // 2,500,000 hours, an LTIF ashore of 1.60") is of those, not of the table's year.
  const own = ownSentence(ctx, relation, rate);
  const count = own
    ? (own.counts.find((c) => fitsCount(c, own.hours, rate, bases)) ?? own.counts[0])
    : ctx.facts.at(series, relation.count, dims);
  const plain = !own && Object.keys(dims).length === 0;
  const uncounted = plain ? uncountedGroupHours(ctx, series, relation) : undefined;
  const hours =
    own?.hours ??
    ctx.facts.at(series, relation.hours, dims) ??
    (plain ? onlyHoursPrinted(ctx, series, relation.hours) : undefined) ??
    uncounted?.hours ??
    (count ? hoursBeside(ctx, count) : undefined);
  const worked = hours ? hoursOf(hours) : undefined;
  const perHour = count && worked ? divideIntervals(count.range, worked) : undefined;
  if (!count || !hours || !worked || !perHour) return undefined;
  const stated = printedRateBase(rate);
  const tried = (stated ? [stated] : bases).map((base) => ({ base, implied: scaleInterval(perHour, base) }));
  const printed = printedRange(rate);
  if (tried.some((t) => overlaps(t.implied, printed))) return undefined;
  // A plain rate read as the uncounted group's may be the whole workforce's: it passes if it fits the
  // injuries over every group's hours.
  const perAllHours =
    uncounted && hours === uncounted.hours ? divideIntervals(count.range, uncounted.all) : undefined;
  const all = perAllHours ? (stated ? [stated] : bases).map((base) => scaleInterval(perAllHours, base)) : [];
  if (all.some((implied) => overlaps(implied, printed))) return undefined;
  if (fitsWithAlsoCounted(ctx, relation, rate, count, worked, stated ? [stated] : bases)) return undefined;
  const nearest = closest(tried, rate.value);
  if (!nearest) return undefined;
  const places = placesOf(rate);
  const figures = [rate, count, hours];
  const others = tried.filter((t) => t !== nearest);
  const alternatives = others
    .map((t) => `per ${showNumber(t.base, 0)} hours it would be ${showRange(t.implied, places + 1)}`)
    .join('; ');
  const ratio = rate.value.div(midpoint(nearest.implied).isZero() ? dec(1) : midpoint(nearest.implied));
  // A factor of four or more (the two bases differ fivefold) is likelier another base, population or
  // scale than a slip in the rate.
  const slip = ratio.gt(4) || ratio.lt(dec(1).div(4));
  return makeFinding(injuryRateRule.id, {
    severity: !slip && oneTable(figures) ? severityFor('error', figures) : 'warning',
    message:
      `${named(rate)} is ${showNumber(rate.value, places)} (${whereOf(rate)}), but ${showNumber(count.value, 0)} ` +
      `${named(count)} (${whereOf(count)}) ÷ ${showNumber(midpoint(worked), 0)} hours worked ` +
      `(${named(hours)}, ${whereOf(hours)}) × ` +
      `${showNumber(nearest.base, 0)} = ${showRange(nearest.implied, places + 1)}` +
      (stated
        ? ' (the base the rate states).'
        : `${alternatives ? `; ${alternatives}` : ''} (GRI 403-9 rates are per 200,000 or 1,000,000 hours).`) +
      otherPrintings
        .map((o) => ` It is also printed as ${showNumber(o.value, placesOf(o))} (${whereOf(o)}).`)
        .join(''),
    figures,
    expected: decimalString(midpoint(nearest.implied), places),
    actual: decimalString(rate.value, places),
  });
}

/**
 * The printings of each year's rate to test: the one the fact index chose, and every other table
 * printing of it with another value whose words name no narrower population ("LTIFR 1.2" in a
 * key-figures box and "LTIFR 1.5" in the safety table are two printings of one figure, one of which may
 * be a slip). A rate whose printings disagree has no chosen one: its table printings are all tested.
 */
function ratePrintings(ctx: RuleContext, relation: RateRelation): Figure[][] {
  const metric = relation.rate;
  const chosen = new Set(ctx.facts.representatives(metric));
  const out: Figure[][] = [];
  for (const group of ctx.facts.groupsOf(metric)) {
    const printings = group.filter((f) => chosen.has(f));
    for (const f of group) {
      const p = f.fact.provenance;
      const table = p.kind === 'document' && p.extraction === 'table';
      const plain = senseOf(f).markers.length === 0;
      const unlike = printings.every((q) => !q.value.eq(f.value) || q.unit.dimension !== f.unit.dimension);
      if (table && plain && unlike && f.qualifier === 'exact') printings.push(f);
      // A sentence's rate of a part of the workforce, printed with that part's injuries and hours.
      else if (!printings.includes(f) && ownSentence(ctx, relation, f)) printings.push(f);
    }
    out.push(printings);
  }
  return out;
}

/**
 * True when the rate fits its count plus the count some definitions add to it (fatalities to lost-time
 * injuries, as ICMM and Peru's D.S. 024-2016-EM count them) of the same year and worker group.
 */
function fitsWithAlsoCounted(
  ctx: RuleContext,
  relation: RateRelation,
  rate: Figure,
  count: Figure,
  worked: Interval,
  bases: readonly Decimal[],
): boolean {
  if (relation.alsoCounted === undefined) return false;
  const also = ctx.facts.at(
    seriesOf(rate.fact),
    relation.alsoCounted,
    withoutKey(rate.fact.dims, 'denominator'),
  );
  if (!also) return false;
  const perHour = divideIntervals(addIntervals([count.range, also.range]), worked);
  if (!perHour) return false;
  const printed = printedRange(rate);
  return bases.some((base) => overlaps(scaleInterval(perHour, base), printed));
}

/**
 * Hours worked in hours. A row "Hours worked  3,184,600" prints no unit (its label names it), and a bare
 * number is read as a plain count: under the hours-worked metric it is hours.
 */
/** The base whose implied rate is nearest the printed one, by ratio. */
function closest<T extends { implied: Interval }>(tried: readonly T[], value: Decimal): T | undefined {
  const distance = (t: T) => {
    const mid = midpoint(t.implied);
    if (mid.isZero() || value.isZero()) return dec(Infinity);
    const r = value.div(mid);
    return r.gt(1) ? r : dec(1).div(r);
  };
  return [...tried].sort((a, b) => distance(a).comparedTo(distance(b)))[0];
}

/** A figure's name with the worker group it is for ("LTIFR (contractor)"). */
function named(f: Figure): string {
  const groups = Object.entries(f.fact.dims)
    .filter(([k]) => k !== 'denominator')
    .map(([, v]) => v);
  const name = nameOf(f);
  return groups.length > 0 && f.fact.label ? `${name} (${groups.join(', ')})` : name;
}

/** True when every figure is a row of one table (a table cell, within a few lines of the others). */
function oneTable(figures: readonly Figure[]): boolean {
  const lines: number[] = [];
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table' || p.location.line === undefined) return false;
    lines.push(p.location.line);
  }
  return Math.max(...lines) - Math.min(...lines) <= TABLE_SPAN;
}

/**
 * The hours worked of the year when the report prints them for one worker group only ("Hours worked
 * (employees)" over "Recordable injuries" and a plain rate): the one population it counts hours for is
 * the one its plain rate is of. Hours printed for two groups leave a plain rate without hours.
 */
function onlyHoursPrinted(ctx: RuleContext, series: SeriesKey, metric: string): Figure | undefined {
  const printed = ctx.facts
    .representatives(metric)
    .filter(
      (f) =>
        f.fact.entity === series.entity &&
        f.fact.period.year === series.year &&
        f.fact.basis === series.basis,
    );
  const [only] = printed;
  return printed.length === 1 ? only : undefined;
}

/**
 * The hours of the one worker group whose injuries are not printed apart, when a report prints hours for
 * several groups and a plain rate ("Hours worked — staff", "Hours worked — contractors", "Recordable
 * injuries", "TRIFR", "Recordable injuries — contractors", "TRIFR — contractors"): the plain injuries and
 * rate are that group's, or the whole workforce's (every group's hours, `all`).
 */
function uncountedGroupHours(
  ctx: RuleContext,
  series: SeriesKey,
  relation: RateRelation,
): { hours: Figure; all: Interval } | undefined {
  const inYear = (f: Figure) =>
    f.fact.entity === series.entity && f.fact.period.year === series.year && f.fact.basis === series.basis;
  const grouped = ctx.facts.representatives(relation.hours).filter(inYear);
  if (grouped.length < 2 || grouped.some((f) => Object.keys(f.fact.dims).length !== 1)) return undefined;
  const counted = ctx.facts.representatives(relation.count).filter(inYear);
  const uncounted = grouped.filter((h) => !counted.some((c) => sameDims(c.fact.dims, h.fact.dims)));
  const [only] = uncounted;
  const ranges = grouped.flatMap((h) => hoursOf(h) ?? []);
  if (!only || uncounted.length !== 1 || ranges.length !== grouped.length) return undefined;
  return { hours: only, all: addIntervals(ranges) };
}

function sameDims(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

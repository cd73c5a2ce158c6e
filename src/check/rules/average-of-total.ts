import { dec, type Dims } from '../../core/index.js';
import { seriesOf, type SeriesKey } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
  nameOf,
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
import { baseRange, countsNonPeople } from './convert-figure.js';
import { coveredCount } from './coverage-figure.js';
import type { Rule, RuleContext } from './rule.js';

type AverageRelation = Relations['averages'][number];

/**
 * Averages against the totals and counts they come from: training hours per employee = training
 * hours ÷ employees (HKEX B3.2, GRI 404-1). Some reports divide by employees trained instead, so a
 * mismatch is an error only when the report also says everyone was trained (coverage 100%), or when the
 * average is above the hours per employee trained (no headcount gives more).
 */
export const averageOfTotalRule: Rule = {
  id: 'average.total',
  title: 'An average agrees with its total and the number it is divided by',
  run: (ctx) =>
    relations().averages.flatMap((relation) =>
      ctx.facts
        .representatives(relation.average)
        .filter((average) => definitionOf(relations().averages, average) === relation)
        .flatMap((average) => [average, ...restated(ctx, average)])
        .flatMap((average) => check(ctx, relation, average) ?? []),
    ),
};

/**
 * The sentences that print the series' average with another value than its table ("povprečno 25,4 ure
 * na zaposlenega" beside a table's 21,7): each is an average of its own to hold to the total and count,
 * as the representative alone would hide it. The words of two languages may share too little for
 * duplicate.value to call them one figure.
 */
function restated(ctx: RuleContext, average: Figure): Figure[] {
  if (!isTable(average)) return [];
  return ctx.facts
    .find(seriesOf(average.fact), average.fact.dims)
    .filter(
      (f) =>
        f.fact.provenance.kind === 'document' &&
        f.fact.provenance.extraction === 'text' &&
        f.unit.dimension === average.unit.dimension &&
        !overlaps(f.range, average.range),
    );
}

function isTable(f: Figure): boolean {
  return f.fact.provenance.kind === 'document' && f.fact.provenance.extraction === 'table';
}

/**
 * The relation that defines an average: the first whose pattern its own words match ("hours per
 * FTE" divide by full-time equivalents), else the first with no pattern.
 */
function definitionOf(all: readonly AverageRelation[], average: Figure): AverageRelation | undefined {
  const mine = all.filter((r) => r.average === average.fact.metric);
  const p = average.fact.provenance;
  const words = `${average.fact.label ?? ''} ${p.kind === 'document' ? p.quote : ''}`.toLowerCase();
  return (
    mine.find((r) => r.when !== undefined && new RegExp(r.when).test(words)) ??
    mine.find((r) => r.when === undefined)
  );
}

function check(ctx: RuleContext, relation: AverageRelation, average: Figure): CheckFinding | undefined {
  const series = seriesOf(average.fact);
  const dims = average.fact.dims;
  const total = ctx.facts.at(series, relation.total, dims) ?? figureInSentence(ctx, relation.total, average);
  const amount = total ? totalAmount(average, total) : undefined;
  if (!total || !amount) return undefined;
  const printed = baseRange(average);
  const tried: { count: Figure; implied: Interval }[] = [];
  for (const [k, metric] of relation.counts.entries()) {
    const at = ctx.facts.at(series, metric, dims) ?? onRowOf(ctx, total, metric);
    // Person-times count attendances: an average per employee is never divided by them.
    const one = at && countsNonPeople(at) ? undefined : at;
    // Only the headcount (the relation's first count) is printed at year-end and as the year's average.
    const printings = one ? [one] : k === 0 ? headcounts(ctx, { ...series, metric }, dims, average) : [];
    for (const count of printings) {
      const implied = divideIntervals(amount, baseRange(count));
      if (!implied) continue;
      if (overlaps(implied, printed)) return undefined;
      tried.push({ count, implied });
    }
  }
  const [first] = tried;
  if (!first) return undefined;
  const [headcountMetric] = relation.counts;
  const covered =
    headcountMetric && relation.coverage !== undefined
      ? coveredCount(ctx, series, relation.coverage, headcountMetric, dims)
      : undefined;
  // Per person trained, the average lies between total ÷ headcount and total ÷ fewest people trained.
  const perCovered = covered ? divideIntervals(amount, covered.covered) : undefined;
  const bounded = covered && perCovered ? { lo: first.implied.lo, hi: perCovered.hi } : undefined;
  if (bounded && overlaps(bounded, printed)) return undefined;
  const overTrained = covered ? undefined : aboveEachTrained(tried, printed, headcountMetric);
  const places = placesOf(average);
  const scale = average.unit.toBase;
  const impliedText = showRange(scaleInterval(first.implied, dec(1).div(scale)), places + 1);
  const impliedCount = divideIntervals(amount, printed);
  const figures = [
    average,
    total,
    first.count,
    ...(covered ? [covered.coverage] : []),
    ...(overTrained && overTrained.count !== first.count ? [overTrained.count] : []),
  ];
  const why = covered
    ? ` The report says ${showFigure(covered.coverage)} were trained (${whereOf(covered.coverage)}), so even per person trained ` +
      `the average is at most ${showNumber(bounded ? bounded.hi.div(scale) : first.implied.hi.div(scale), places + 1)} ${average.unit.symbol}.`
    : overTrained
      ? ` ${showFigure(overTrained.count)} (${whereOf(overTrained.count)}) are the employees trained, so no headcount gives ` +
        `more than ${showNumber(overTrained.implied.hi.div(scale), places + 1)} ${average.unit.symbol} each.`
      : impliedCount
        ? ` Dividing by employees trained instead would mean about ${showNumber(midpoint(impliedCount), 0)} were trained.`
        : '';
  return makeFinding(averageOfTotalRule.id, {
    severity: covered || overTrained ? severityFor('error', figures) : 'warning',
    message:
      `${nameOf(average)} is ${showFigure(average)} (${whereOf(average)}), ` +
      `but ${showFigure(total)} (${whereOf(total)}) ÷ ${showFigure(first.count)} (${whereOf(first.count)}) = ${impliedText} ${average.unit.symbol}.` +
      why,
    figures,
    expected: decimalString(midpoint(first.implied).div(scale), places + 1),
    actual: decimalString(average.value, places),
  });
}

/**
 * The employees trained (a count of people, not of attendances) the average was tried against, when it
 * prints above their hours each: an average over all staff is at most that, so no reading gives it.
 */
function aboveEachTrained(
  tried: readonly { count: Figure; implied: Interval }[],
  printed: Interval,
  headcountMetric: string | undefined,
): { count: Figure; implied: Interval } | undefined {
  return tried.find(
    (t) =>
      t.count.fact.metric !== headcountMetric &&
      t.count.unit.symbol === 'persons' &&
      printed.lo.gt(t.implied.hi),
  );
}

/**
 * The headcounts an average may be divided by; when the table's printings disagree too much to say,
 * the one the average's own sentence prints ("21.4 hours per employee (910 persons)").
 */
function headcounts(ctx: RuleContext, series: SeriesKey, dims: Dims, average: Figure): Figure[] {
  const printed = printedCounts(ctx, series, dims, average);
  if (printed.length > 0) return printed;
  const named = figureInSentence(ctx, series.metric, average);
  return named ? [named] : [];
}

// An average over the year's headcount, as its label may say: "per average employee", "(număr mediu)".
const AVERAGE_HEADCOUNT =
  /\baverage\s+(?:number\s+of\s+)?(?:employees|headcount|staff)|\baverage\s+employee|\bnum[aă]r(?:ul)?\s+mediu|\beffectif\s+moyen|\bplantilla\s+media|\bn[uú]mero\s+m[eé]dio/i;

/** Smallest share of the largest printed headcount another printing may be and still be a headcount of the year. */
const CLOSE_HEADCOUNTS = 0.8;

/**
 * A count printed with values that disagree (the year-end headcount and the year's average headcount,
 * both rows of one table, within a fifth of each other): the report may have divided by either, so each
 * is tried. The one whose label
 * names an average comes first when the average's own words say it is per average employee.
 */
function printedCounts(ctx: RuleContext, series: SeriesKey, dims: Dims, average: Figure): Figure[] {
  const distinct = new Map<string, Figure>();
  for (const f of ctx.facts.find(series, dims)) {
    const key = f.value.toString();
    if (!distinct.has(key)) distinct.set(key, f);
  }
  const counts = [...distinct.values()];
  // Headcounts at year-end and over the year lie close; far apart, a printing counts something else.
  const largest = counts.reduce((m, f) => (f.value.abs().gt(m) ? f.value.abs() : m), dec(0));
  if (counts.some((f) => f.value.abs().lt(largest.times(CLOSE_HEADCOUNTS)))) return [];
  if (!AVERAGE_HEADCOUNT.test(average.fact.label ?? '')) return counts;
  const named = (f: Figure) => AVERAGE_HEADCOUNT.test(f.fact.label ?? '');
  return [...counts.filter(named), ...counts.filter((f) => !named(f))];
}

/**
 * The total in base units, when the average's unit measures the total's dimension (hours) or that per
 * head (hours/person). A total printed with no unit (a table's "Training hours" column) is counted
 * in the average's own unit; undefined when the units measure different things.
 */
function totalAmount(average: Figure, total: Figure): Interval | undefined {
  const d = average.unit.dimension;
  if (d === total.unit.dimension || d.startsWith(`${total.unit.dimension}/`)) return baseRange(total);
  return total.unit.symbol === '' && !d.includes('/')
    ? scaleInterval(baseRange(total), average.unit.toBase)
    : undefined;
}

/**
 * "…added up to 52,560 man-hours in 2025, averaging 34.6 hours per permanent employee": a sentence that
 * prints a total beside its average says the average is of that total, for the population the average
 * names, even when the table prints the total with no breakdown; so does a headcount it prints. The
 * figures of the metric and year whose number the sentence prints, when they agree; digits are compared without separators, so
 * "52,560" and "52.560" both match.
 */
function figureInSentence(ctx: RuleContext, metric: string, average: Figure): Figure | undefined {
  const p = average.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const digits = (text: string): string => text.replace(/[.,\s]/g, '');
  const printed = new Set((p.quote.match(/\d[\d,.]*\d/g) ?? []).map(digits));
  const series = seriesOf(average.fact);
  const found = ctx.facts.metric(metric).filter((f) => {
    const fs = seriesOf(f.fact);
    const q = f.fact.provenance;
    return (
      fs.year === series.year &&
      fs.entity === series.entity &&
      fs.basis === series.basis &&
      q.kind === 'document' &&
      printed.has(digits(q.reported.value))
    );
  });
  const [first] = found;
  return first && found.every((f) => f.value.eq(first.value)) ? first : undefined;
}

/**
 * The count a table prints on the same row as the total ("Total | 15,060 employees | 284,620 hours"):
 * the population that total is of, when the metric's printings elsewhere disagree.
 */
function onRowOf(ctx: RuleContext, total: Figure, metric: string): Figure | undefined {
  const p = total.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'table') return undefined;
  const found = ctx.facts.metric(metric).filter((f) => {
    const q = f.fact.provenance;
    return (
      q.kind === 'document' &&
      q.extraction === 'table' &&
      q.location.line === p.location.line &&
      f.fact.period.year === total.fact.period.year &&
      f.fact.entity === total.fact.entity &&
      f.fact.basis === total.fact.basis
    );
  });
  const [only] = found;
  return only && found.length === 1 ? only : undefined;
}

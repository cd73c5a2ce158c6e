import { dec } from '../../core/index.js';
import {
  makeFinding,
  decimalString,
  placesOf,
  showFigure,
  showNumber,
  whereOf,
  type CheckFinding,
  nameOf,
} from '../finding/index.js';
import { dimsKey } from '../fact-index/index.js';
import { midpoint, type Figure } from '../precision/index.js';
import { relations } from '../relations/index.js';
import { rangeIn } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';
import { spikesOf } from './year-spike.js';

/**
 * A change beyond this factor between consecutive years is rarely real and often a unit slip
 * (kg for t, kWh for MWh), so it is worth a look; the rule only warns, since new sites do happen.
 */
const JUMP = dec(10);

/**
 * Year-on-year jumps beyond 10× (or falls below a tenth) in the same metric and dims, and a year more
 * than fivefold off a steady series of at least three years.
 */
export const yearOnYearRule: Rule = {
  id: 'trend.jump',
  title: 'A figure does not jump more than tenfold from one year to the next',
  run(ctx) {
    const out: CheckFinding[] = [];
    const differences = new Set(relations().differences.metrics);
    for (const metric of ctx.facts.metrics()) {
      if (differences.has(metric)) continue;
      const bySeries = new Map<string, Map<number, Figure>>();
      // A metric the catalogue does not know gathers whatever extraction could not name: its printed
      // figures are no series, only each table row is (entered or calculated ones still are).
      const known = ctx.metric(metric) !== undefined;
      for (const f of ctx.facts.representatives(metric)) {
        if (ctx.kindOf(f) === 'ratio' || f.fact.basis !== 'actual') continue;
        if (!known && f.fact.provenance.kind === 'document') continue;
        const key = `${f.fact.entity}|${dimsKey(f.fact.dims)}`;
        let years = bySeries.get(key);
        if (!years) bySeries.set(key, (years = new Map<number, Figure>()));
        if (!years.has(f.fact.period.year)) years.set(f.fact.period.year, f);
      }
      if (!known) addRowSeries(ctx, metric, bySeries);
      const event = CHARGED_DAYS[metric];
      if (event !== undefined) for (const years of bySeries.values()) dropEventYears(ctx, event, years);
      for (const years of bySeries.values()) {
        // A year standing out from a steady series is one slip: reported once, naming that year, not
        // as the jumps into and out of it.
        const spikes = spikesOf(years);
        const spiked = new Set(spikes.map((s) => s.spike));
        out.push(...spikes.map((s) => spikeFinding(s.spike, s.others)));
        for (const [year, now] of years) {
          const before = years.get(year - 1);
          if (!before || spiked.has(before) || spiked.has(now)) continue;
          const finding = compare(before, now);
          if (finding) out.push(finding);
        }
      }
    }
    return out;
  },
};

function compare(before: Figure, now: Figure): CheckFinding | undefined {
  const prev = rangeIn(before, now.unit);
  if (!prev || prev.lo.lte(0) || now.range.lo.lte(0)) return undefined;
  // The smallest possible change still beyond 10× counts (compared by multiplying: no division).
  const rose = now.range.lo.gt(prev.hi.times(JUMP));
  const fell = prev.lo.gt(now.range.hi.times(JUMP));
  if (!rose && !fell) return undefined;
  const factor = now.value.div(midpoint(prev));
  const text = rose ? `rose ${showNumber(factor, 1)}×` : `fell to ${showNumber(factor.times(100), 1)}%`;
  return makeFinding(yearOnYearRule.id, {
    severity: 'warning',
    message:
      `${nameOf(now)} ${text} from ${showFigure(before)} in ${before.fact.period.year} ` +
      `(${whereOf(before)}) to ${showFigure(now)} in ${now.fact.period.year} (${whereOf(now)}); ` +
      `check the unit and the boundary, or say why.`,
    figures: [before, now],
    expected: decimalString(before.value, placesOf(before)),
    actual: decimalString(now.value, placesOf(now)),
  });
}

function spikeFinding(spike: Figure, others: readonly Figure[]): CheckFinding {
  const shown = [...others].sort((a, b) => a.fact.period.year - b.fact.period.year);
  const near = shown.reduce((a, f) =>
    Math.abs(f.fact.period.year - spike.fact.period.year) <
    Math.abs(a.fact.period.year - spike.fact.period.year)
      ? f
      : a,
  );
  const factor = spike.value.div(midpoint(rangeIn(near, spike.unit) ?? near.range));
  const list = shown.map((f) => `${showFigure(f)} in ${f.fact.period.year} (${whereOf(f)})`).join(', ');
  return makeFinding(yearOnYearRule.id, {
    severity: 'warning',
    message:
      `${nameOf(spike)} is ${showFigure(spike)} in ${spike.fact.period.year} (${whereOf(spike)}), ` +
      `${showNumber(factor, 1)}× ${list}, which agree with each other; a slip of a digit or a unit? ` +
      `Check the figure, or say why that year differs.`,
    figures: [near, spike],
    expected: decimalString(near.value, placesOf(near)),
    actual: decimalString(spike.value, placesOf(spike)),
  });
}

/**
 * Series whose figure for a year with an event in it is charged a fixed toll per event: lost days count
 * 6,000 days for each fatality (ANSI Z16.1's time charges, taken up by ILO practice and by rules such as
 * Peru's D.S. 024-2016-EM), so a fatal year's lost days jump for a reason the table itself prints.
 */
const CHARGED_DAYS: Readonly<Record<string, string>> = { 'safety.lost_days': 'safety.fatalities' };

/** Leaves out of a series the years whose event metric (fatalities) is above zero for its entity. */
function dropEventYears(ctx: RuleContext, event: string, years: Map<number, Figure>): void {
  for (const [year, f] of years) {
    const struck = ctx.facts
      .representatives(event)
      .some((e) => e.fact.entity === f.fact.entity && e.fact.period.year === year && e.value.gt(0));
    if (struck) years.delete(year);
  }
}

/** Physical quantities, whose tenfold jump is a slip worth a look even in a row no metric was read for. */
const ROW_DIMENSIONS = new Set(['mass', 'energy', 'volume', 'ghg']);

/**
 * A table row the catalogue has no metric for ("Plastic wrap, trays and bags") still prints one
 * quantity per year column: its cells form a series of their own, keyed by the row's line and label
 * (the metric's printings of a year disagree, so it has no representatives). Counts are left out:
 * small counts (1 to 12 incidents) jump tenfold for real.
 */
function addRowSeries(ctx: RuleContext, metric: string, bySeries: Map<string, Map<number, Figure>>): void {
  const rows = new Map<string, Figure[]>();
  for (const f of ctx.facts.metric(metric)) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table' || p.location.line === undefined) continue;
    if (f.fact.basis !== 'actual' || f.qualifier !== 'exact' || !ROW_DIMENSIONS.has(f.unit.dimension))
      continue;
    const key = `row|${p.location.line}|${f.fact.label ?? ''}|${dimsKey(f.fact.dims)}`;
    rows.set(key, [...(rows.get(key) ?? []), f]);
  }
  for (const [key, cells] of rows) {
    const years = oneUnitSeries(cells);
    if (years && years.size >= 2) bySeries.set(key, years);
  }
}

/**
 * One cell a year. A row printing each year in two units side by side ("e3m3 | MMcf" under each year)
 * is one quantity twice: its first unit's cells are the series. A row printing a year twice in one
 * unit is not read.
 */
function oneUnitSeries(cells: readonly Figure[]): Map<number, Figure> | undefined {
  const first = cells[0]?.unit;
  const years = new Map<number, Figure>();
  for (const c of cells) {
    if (first && c.unit.symbol !== first.symbol) {
      if (c.unit.dimension !== first.dimension) return undefined;
      continue;
    }
    if (years.has(c.fact.period.year)) return undefined;
    years.set(c.fact.period.year, c);
  }
  return years;
}

import { dec, type Decimal } from '../../core/index.js';
import { seriesOf } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  placesOf,
  showFigure,
  showNumber,
  whereOf,
  type CheckFinding,
  nameOf,
} from '../finding/index.js';
import {
  addIntervals,
  gapBetween,
  midpoint,
  overlaps,
  subtractInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { factorRanges, relations } from '../relations/index.js';
import {
  factorBetween,
  figuresCrossCoal,
  figuresCrossPrimaryEnergy,
  rangeAtPrimaryEnergy,
  rangeIn,
} from './convert-figure.js';
import { checkEachOf, type Rule, type RuleContext } from './rule.js';
import { combinations, gross, partOptions, rowPart, type PartOptions } from './sum-parts.js';
import { otherRows, printedAmong, rowsBetween, tableRowsAddUp } from './sum-table-neighbours.js';
import { isSubItemLabel } from './table-grid.js';

type SumRelation = ReturnType<typeof relations>['sums'][number];

/** "Total emissions (Scope 1, 2 and 3)", "incl. Scope 3". */
const SCOPE_3 = /scope\s*(?:1\s*,\s*2\s*(?:,|and|&)\s*)?3\b/i;

/** Totals against the metrics that make them up: Scope 1 + 2, direct + indirect energy, waste types. */
export const sumComponentsRule: Rule = {
  id: 'sum.components',
  title:
    'A total equals the sum of its components (Scope 1 + 2, direct + indirect energy, hazardous + non-hazardous waste)',
  run: (ctx) => checkEachOf(ctx, relations().sums, (r) => r.total, checkTotal),
};

function checkTotal(ctx: RuleContext, relation: SumRelation, total: Figure): CheckFinding | undefined {
  const series = seriesOf(total.fact);
  if (isSubItemLabel(total.fact.label ?? '')) return undefined;
  if (
    relation.unless !== undefined &&
    ctx.facts.find({ ...series, metric: relation.unless }, {}).length > 0
  ) {
    return undefined;
  }
  // A total labelled as including Scope 3 cannot be checked without the Scope 3 figure.
  if (
    relation.optional.length > 0 &&
    SCOPE_3.test(total.fact.label ?? '') &&
    !relation.optional.some((m) => ctx.facts.at(series, m, total.fact.dims))
  ) {
    return undefined;
  }
  const required = relation.parts.map((m) => partOptions(ctx, series, m, total.fact.dims));
  const optionalFound = relation.optional.map((m) => {
    const found = partOptions(ctx, series, m, total.fact.dims);
    return found?.options.length === 0 ? (rowPart(ctx, total, m) ?? found) : found;
  });
  const known = (o: PartOptions | undefined): o is PartOptions => o !== undefined;
  if (!required.every(known) || !optionalFound.every(known)) return undefined;
  const present = required.filter((o) => o.options.length > 0);
  if (present.length === 0) return undefined;
  const optional = optionalFound.filter((o) => o.options.length > 0);
  // Every part a complete relation names is printed (an open list, such as fuels, names no required part).
  const everyPart = !relation.complete || present.length === required.length;
  const allPresent = present.length === required.length && present.every((o) => o.complete);
  // Every way of picking one printing per part (Scope 2 location or market), with or without optional parts.
  const choices = combinations(present.map((o) => o.options));
  const withOptional =
    optional.length > 0
      ? choices.flatMap((c) => combinations(optional.map((o) => o.options)).map((o) => [...c, ...o]))
      : [];
  let best: { parts: Figure[]; sum: Interval } | undefined;
  for (const parts of [...choices, ...withOptional]) {
    const ranges = parts.map((p) => rangeIn(p, total.unit, total));
    if (ranges.some((r) => r === undefined)) return undefined;
    const sum = addIntervals(ranges.filter((r): r is Interval => r !== undefined));
    // A list that may leave items out is whole when it is every row of the total's table above it.
    const whole =
      (allPresent && relation.complete) || (everyPart && otherRows(ctx, total, parts)?.length === 0);
    const fits = whole ? overlaps(sum, total.range) : sum.lo.lte(total.range.hi);
    if (fits) return omittedRow(ctx, total, parts, sum);
    if (!best || gapBetween(sum, total.range).lt(gapBetween(best.sum, total.range))) best = { parts, sum };
  }
  if (!best) return undefined;
  if ([...choices, ...withOptional].some((parts) => addsUpAtPrimaryEnergy(total, parts))) return undefined;
  if (tableRowsAddUp(ctx, total, best.parts, best.sum) || printedAmong(total, best.parts)) return undefined;
  const whole =
    (allPresent && relation.complete) || (everyPart && otherRows(ctx, total, best.parts)?.length === 0);
  return report(ctx, relation, total, best.parts, best.sum, whole);
}

/**
 * True when the parts add up to the total once electricity printed in MWh is counted at a national
 * primary-energy equivalent (Japan 9.76 or 8.64 GJ/MWh, Korea 9.6): the report follows its country's
 * energy statistics, not a slip.
 */
function addsUpAtPrimaryEnergy(total: Figure, parts: readonly Figure[]): boolean {
  if (!parts.some((p) => figuresCrossPrimaryEnergy(p, total))) return false;
  return factorRanges().electricityPrimaryEnergy.gjPerMwh.some((k) => {
    const ranges = parts.map((p) => rangeAtPrimaryEnergy(p, total, dec(k)));
    return ranges.every((r) => r !== undefined) && overlaps(addIntervals(ranges), total.range);
  });
}

function report(
  ctx: RuleContext,
  relation: SumRelation,
  total: Figure,
  parts: readonly Figure[],
  sum: Interval,
  allPresent: boolean,
): CheckFinding {
  const exceeds = sum.lo.gt(total.range.hi);
  // Say it in the unit the total was printed in ("Tons of standard coal"), not the one it was stored in.
  const shown = total.printedUnit;
  const k = shown.symbol === total.unit.symbol ? undefined : factorBetween(total.unit, shown);
  const inShown = (d: Decimal) => (k ? d.times(k) : d);
  const places = k ? printedPlaces(total) : placesOf(total);
  const conventional = parts.some((p) => figuresCrossCoal(p, total));
  const primary = parts.some((p) => figuresCrossPrimaryEnergy(p, total));
  const figures = [total, ...parts];
  const listed = parts.map((p) => `${nameOf(p)} ${showFigure(p)}`).join(' + ');
  const hint = leftOutHint(ctx, total, parts, sum);
  const expected = inShown(midpoint(sum));
  const message =
    `${nameOf(total)} is ${showFigure(total)} (${whereOf(total)}), but ${listed} ` +
    `add up to ${exceeds ? 'more' : 'less'} than that: ${showNumber(expected, places)} ${shown.symbol}, ` +
    `off by ${showNumber(inShown(gapBetween(sum, total.range)), places)} beyond rounding.` +
    (conventional ? ' (Standard coal converted at the GB/T 2589 calorific coefficient.)' : '') +
    (primary ? ' (Electricity converted at 3.6 GJ/MWh; the report may count it as primary energy.)' : '') +
    (hint ? ` ${hint}` : '');
  // A gap wider than half the total is another figure read as the total, more likely than a slip.
  const definite = (exceeds || (allPresent && relation.complete)) && !gross(sum, total.range);
  return makeFinding(sumComponentsRule.id, {
    severity: definite && !conventional && !primary ? severityFor('error', figures) : 'warning',
    message,
    figures,
    expected: decimalString(expected, places),
    actual: decimalString(inShown(total.value), places),
  });
}

/**
 * A total that is only its parts although its table prints one more row of the same quantity
 * between the last part and the total ("Direct | Indirect | Rooftop solar | Total" where the total
 * is direct + indirect): the row is listed as a component, and the total leaves it out.
 */
function omittedRow(
  ctx: RuleContext,
  total: Figure,
  parts: readonly Figure[],
  sum: Interval,
): CheckFinding | undefined {
  if (!overlaps(sum, total.range)) return undefined;
  const between = rowsBetween(ctx, total, parts);
  const [row] = between;
  if (!row || between.length !== 1 || row.value.isZero()) return undefined;
  if (parts.some((p) => samePrinting(p, row, total))) return undefined;
  const listed = parts.map((p) => `${nameOf(p)} ${showFigure(p)}`).join(' + ');
  return makeFinding(sumComponentsRule.id, {
    severity: 'warning',
    message:
      `${nameOf(total)} is ${showFigure(total)} (${whereOf(total)}), which is ${listed} alone; ` +
      `${row.fact.label?.trim() || nameOf(row)} (${showFigure(row)}, ${whereOf(row)}), printed among ` +
      `its components, is left out of it.`,
    figures: [total, ...parts, row],
    expected: decimalString(
      midpoint(addIntervals([sum, rangeIn(row, total.unit, total) ?? sum])),
      placesOf(total),
    ),
    actual: decimalString(total.value, placesOf(total)),
  });
}

/**
 * True when a row is a part printed again in another unit ("Purchased electricity" in MWh among the
 * GHG rows and in GJ in the energy table): the same metric and the same amount once converted.
 */
function samePrinting(part: Figure, row: Figure, total: Figure): boolean {
  if (part.fact.metric !== row.fact.metric || part.fact.period.year !== row.fact.period.year) return false;
  const a = rangeIn(part, total.unit, total);
  const b = rangeIn(row, total.unit, total);
  return a !== undefined && b !== undefined && overlaps(a, b);
}

/** When leaving one printed sub-part out reconciles the total, say which: a boundary or method slip. */
function leftOutHint(
  ctx: RuleContext,
  total: Figure,
  parts: readonly Figure[],
  sum: Interval,
): string | undefined {
  for (const part of parts) {
    for (const { by, parts: subs } of ctx.facts.breakdownsOf(seriesOf(part.fact), part.fact.dims)) {
      if (by === 'scope2_method') continue;
      for (const sub of subs) {
        const r = rangeIn(sub, total.unit, total);
        if (r && overlaps(subtractInterval(sum, r), total.range)) {
          return `It matches if ${sub.fact.label?.trim() || sub.fact.dims[by] || by} (${showFigure(sub)}, ${whereOf(sub)}) is left out.`;
        }
      }
    }
  }
  return undefined;
}

/** Decimal places of the number as printed ("272,109.36" → 2). */
function printedPlaces(f: Figure): number {
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? p.reported.value : f.value.toFixed();
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, printed.length - dot - 1);
}

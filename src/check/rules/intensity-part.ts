import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, overlaps, scaleInterval } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import { eachRatioRow } from './intensity-row.js';
import {
  ratioDims,
  ratioHolds,
  ratioPlaces,
  ratioRange,
  ratioUnit,
  unitOf,
  type RatioRow,
} from './ratio-rows.js';
import type { Rule } from './rule.js';
import { isTotalLabel, rangeSum } from './table-grid.js';

/** Lines above a ratio row its numerator's total and parts may lie. */
const NEAR_LINES = 6;

/**
 * A ratio row under a total and its parts ("Hub Plant | Chakwal Plant | Total water withdrawal", then
 * "Water intensity (both plants) | L/t"): when one denominator row of the report (cement production,
 * wherever printed) gives the ratio from the total in some years and only from one part in another,
 * that year's ratio covers only the part though the row stands for the whole (GRI 303-3, 305-4: the
 * boundary of an intensity's numerator is its denominator's). Needs no metric.
 */
export const intensityPartRule: Rule = {
  id: 'intensity.part-numerator',
  title: 'A ratio row divides the total, not one of its parts',
  fallback: true,
  run: (ctx) => eachRatioRow(ctx.facts.figures, check),
};

/** The ratio's figure for a year is num ÷ den for that year, within printed digits. */
function gives(ratio: RatioRow, num: RatioRow, den: RatioRow, year: string): boolean {
  return ratioHolds(ratio, num, den, year) === true;
}

/** A total row right above the ratio and the rows right above it that add up to it every year. */
function totalAndParts(
  ratio: RatioRow,
  rows: readonly RatioRow[],
  dim: string,
): { total: RatioRow; parts: RatioRow[] } | undefined {
  const above = rows.filter(
    (r) => r.line < ratio.line && ratio.line - r.line <= NEAR_LINES && unitOf(r)?.unit.dimension === dim,
  );
  const total = above.at(-1);
  const first = total ? unitOf(total) : undefined;
  if (!total || !first || !isTotalLabel(first.fact.label ?? '')) return undefined;
  const parts = above.slice(0, -1);
  if (parts.length < 2) return undefined;
  for (const [year, t] of total.byColumn) {
    const cells = parts.flatMap((p) => p.byColumn.get(year) ?? []);
    const sum = cells.length === parts.length ? rangeSum(cells, t.unit) : undefined;
    if (!sum || !overlaps(sum, t.range)) return undefined;
  }
  return { total, parts };
}

function check(ratio: RatioRow, rows: readonly RatioRow[]): CheckFinding | undefined {
  const first = unitOf(ratio);
  const [numDim, denDim] = (first && ratioDims(first)) ?? [];
  if (numDim === undefined || denDim === undefined || numDim === denDim) return undefined;
  const whole = totalAndParts(ratio, rows, numDim);
  if (!whole) return undefined;
  const years = [...ratio.byColumn.keys()];
  // Each denominator row explains every year from the total or from one part; exactly one must.
  const readings = rows
    .filter((den) => unitOf(den)?.unit.dimension === denDim && years.every((y) => den.byColumn.has(y)))
    .map((den) => ({
      den,
      byTotal: years.filter((y) => gives(ratio, whole.total, den, y)),
      byPart: years.flatMap((y) => {
        const part = whole.parts.filter((p) => gives(ratio, p, den, y));
        return !gives(ratio, whole.total, den, y) && part.length === 1 && part[0]
          ? [{ y, part: part[0] }]
          : [];
      }),
    }))
    .filter((r) => r.byTotal.length >= 1 && r.byTotal.length + r.byPart.length === years.length);
  const [reading] = readings;
  const [slip] = reading?.byPart ?? [];
  if (readings.length !== 1 || !reading || !slip || reading.byPart.length !== 1) return undefined;
  const printed = ratio.byColumn.get(slip.y);
  const total = whole.total.byColumn.get(slip.y);
  const part = slip.part.byColumn.get(slip.y);
  const den = reading.den.byColumn.get(slip.y);
  const quotient = total && den ? divideIntervals(baseRange(total), baseRange(den)) : undefined;
  if (!printed || !total || !part || !den || !quotient) return undefined;
  const unit = ratioUnit(printed) ?? printed.unit;
  const scale = dec(1).div(unit.toBase);
  const shown = ratioRange(printed);
  const places = ratioPlaces(printed);
  return makeFinding(intensityPartRule.id, {
    severity: 'warning',
    message:
      `${showFigure(printed)} (${whereOf(printed)}) for ${slip.y} is ${showFigure(part)} (${whereOf(part)}) ÷ ` +
      `${showFigure(den)} (${whereOf(den)}): one part of the total, while the row's other years (${reading.byTotal.join(', ')}) divide the total. ` +
      `${showFigure(total)} (${whereOf(total)}) ÷ ${showFigure(den)} gives ${showRange(scaleInterval(quotient, scale), places + 1)} ${unit.symbol}.`,
    figures: [printed, total, part, den],
    expected: decimalString(midpoint(quotient).times(scale), places + 1),
    actual: decimalString(shown ? midpoint(shown).times(scale) : printed.value, places),
  });
}

import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, scaleInterval, type Figure } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import {
  quotientIs,
  ratioDims,
  ratioHolds,
  ratioPlaces,
  ratioRange,
  ratioRows,
  ratioUnit,
  unitOf,
  type RatioRow,
} from './ratio-rows.js';
import type { Rule } from './rule.js';

/** Lines above and below a ratio row its numerator and denominator rows may lie. */
const NEAR_LINES = 6;

/**
 * A table row printing a ratio for several years ("Water per litre produced | L/L | 6.17 | 6.21 |
 * 6.02") next to rows of its numerator and denominator ("of which wineries | thousand m³", "Production
 * | thousand L") is their quotient each year. When exactly one pair of nearby rows gives the ratio in
 * all years but one, and in at least two, the year it misses was divided by something else (often the
 * other year's denominator). A table printing each site beside the whole is read the same way across
 * its sites ("Fuelwood per kg made tea" against each estate's fuelwood and made tea). Needs no metric,
 * so it holds for rows the catalogue could not name.
 */
export const intensityRowRule: Rule = {
  id: 'intensity.table-row',
  title: 'A ratio row agrees with the numerator and denominator rows printed beside it',
  fallback: true,
  run: (ctx) => eachRatioRow(ctx.facts.figures, check),
};

/** Each table row judged as a ratio against the report's other rows. */
export function eachRatioRow(
  figures: readonly Figure[],
  judge: (ratio: RatioRow, rows: readonly RatioRow[]) => CheckFinding | undefined,
): CheckFinding[] {
  const rows = ratioRows(figures);
  return rows.flatMap((ratio) => judge(ratio, rows) ?? []);
}

/** The columns a numerator and denominator row give the ratio row's figure, and those they miss. */
function fit(ratio: RatioRow, num: RatioRow, den: RatioRow): { fits: string[]; misses: string[] } {
  const fits: string[] = [];
  const misses: string[] = [];
  for (const column of ratio.byColumn.keys()) {
    const holds = ratioHolds(ratio, num, den, column);
    if (holds === undefined) return { fits: [], misses: [...ratio.byColumn.keys()] };
    (holds ? fits : misses).push(column);
    // Two misses already rule the pair out (callers keep pairs missing at most one column).
    if (misses.length > 1) break;
  }
  return { fits, misses };
}

function check(ratio: RatioRow, rows: readonly RatioRow[]): CheckFinding | undefined {
  const first = unitOf(ratio);
  const [numDim, denDim] = (first && ratioDims(first)) ?? [];
  if (numDim === undefined || denDim === undefined || ratio.byColumn.size < 3) return undefined;
  const others = rows.filter((r) => r !== ratio);
  const near = others.filter((r) => Math.abs(r.line - ratio.line) <= NEAR_LINES);
  const of = (list: readonly RatioRow[], dim: string) =>
    list.filter((r) => unitOf(r)?.unit.dimension === dim);
  const explainedBy = (dens: readonly RatioRow[]) =>
    of(near, numDim)
      .flatMap((num) =>
        dens.filter((den) => den !== num).map((den) => ({ num, den, ...fit(ratio, num, den) })),
      )
      .filter((p) => p.fits.length >= 2 && p.misses.length <= 1);
  // The denominator may be printed far from the table (production in the company profile, the ratio
  // beside the water it divides): the rest of the report is searched when no nearby row explains it.
  const close = explainedBy(of(near, denDim));
  const explaining = close.length > 0 ? close : explainedBy(of(others, denDim));
  const [pair] = explaining;
  if (explaining.length !== 1 || !pair || pair.misses.length !== 1) return undefined;
  const column = pair.misses[0] ?? '';
  const printed = ratio.byColumn.get(column);
  const num = pair.num.byColumn.get(column);
  const den = pair.den.byColumn.get(column);
  const quotient = num && den ? divideIntervals(baseRange(num), baseRange(den)) : undefined;
  if (!printed || !num || !den || !quotient) return undefined;
  const unit = ratioUnit(printed) ?? printed.unit;
  const scale = dec(1).div(unit.toBase);
  const shown = ratioRange(printed);
  const places = ratioPlaces(printed);
  return makeFinding(intensityRowRule.id, {
    severity: 'warning',
    message:
      `${showFigure(printed)} (${whereOf(printed)}) for ${column} is not ${showFigure(num)} ÷ ${showFigure(den)}, ` +
      `${close.length > 0 ? 'printed beside it' : `printed on ${whereOf(num)} and ${whereOf(den)}`} ` +
      `(${showRange(scaleInterval(quotient, scale), places + 1)} ${unit.symbol}), ` +
      `though the rows give the ratio in ${pair.fits.join(pair.fits.some((c) => c.includes(',')) ? '; ' : ', ')}` +
      explanation(printed, num, pair.den, column, of(others, denDim)),
    figures: [printed, num, den],
    expected: decimalString(midpoint(quotient).times(scale), places + 1),
    actual: decimalString(shown ? midpoint(shown).times(scale) : printed.value, places),
  });
}

/**
 * What the printed ratio divides instead, when one figure says: the denominator of another column (last
 * year's), or another row's figure in the same column (green leaf for made tea).
 */
function explanation(
  printed: Figure,
  num: Figure,
  den: RatioRow,
  column: string,
  rows: readonly RatioRow[],
): string {
  for (const [c, d] of den.byColumn) {
    if (c !== column && quotientIs(printed, num, d) === true)
      return `; it is the ${c} denominator's quotient.`;
  }
  const instead = rows.flatMap((r) => {
    const d = r === den ? undefined : r.byColumn.get(column);
    return d && quotientIs(printed, num, d) === true ? [d] : [];
  });
  const [d] = instead;
  return instead.length === 1 && d
    ? `; it is ${showFigure(num)} ÷ ${showFigure(d)}, "${d.fact.label?.trim() ?? ''}" (${whereOf(d)}).`
    : '.';
}

import { dec, tryParseUnit, type Unit } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  divideIntervals,
  midpoint,
  overlaps,
  quotientMayMeet,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule } from './rule.js';
import { tableCellsByLine } from './table-grid.js';

/** Lines above and below a ratio row its numerator and denominator rows may lie. */
const NEAR_LINES = 6;
/** Cells read on one line beyond which the line is no table row (bounded work on hostile input). */
const MAX_CELLS = 24;

/** A table row with one cell per year: its line and its figures by year. */
export interface YearRow {
  readonly line: number;
  readonly byYear: ReadonlyMap<number, Figure>;
}

/**
 * A table row printing a ratio for several years ("Water per litre produced | L/L | 6.17 | 6.21 |
 * 6.02") next to rows of its numerator and denominator ("of which wineries | thousand m³", "Production
 * | thousand L") is their quotient each year. When exactly one pair of nearby rows gives the ratio in
 * all years but one, and in at least two, the year it misses was divided by something else (often the
 * other year's denominator). Needs no metric, so it holds for rows the catalogue could not name.
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
  judge: (ratio: YearRow, rows: readonly YearRow[]) => CheckFinding | undefined,
): CheckFinding[] {
  const rows = yearRows(figures);
  return rows.flatMap((ratio) => judge(ratio, rows) ?? []);
}

/** The table rows printing one cell per year, all in one unit, in line order. */
export function yearRows(figures: readonly Figure[]): YearRow[] {
  const rows: YearRow[] = [];
  for (const [line, cells] of tableCellsByLine(figures)) {
    if (cells.length < 2 || cells.length > MAX_CELLS) continue;
    const byYear = new Map<number, Figure>();
    for (const c of cells) byYear.set(c.fact.period.year, c);
    // One cell per year and one unit: a row of a year-column table.
    if (byYear.size !== cells.length || new Set(cells.map((c) => c.unit.symbol)).size !== 1) continue;
    rows.push({ line, byYear });
  }
  return rows.sort((a, b) => a.line - b.line);
}

/** A row's first cell, which carries the unit all its cells share. */
export function unitOf(row: YearRow): Figure | undefined {
  return row.byYear.values().next().value;
}

/**
 * The unit a ratio was printed in ("L/t"): an intensity metric stores its numerator's unit and keeps
 * the denominator apart (`dims.denominator`), so the printed unit says what was divided.
 */
export function ratioUnit(f: Figure): Unit | undefined {
  if (f.unit.dimension.includes('/')) return f.unit;
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? tryParseUnit(p.reported.unit) : undefined;
  return printed?.dimension.includes('/') ? printed : undefined;
}

/** Decimal places of a ratio as printed ("98.6 L/t": 1), whichever unit stores it. */
export function ratioPlaces(f: Figure): number {
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? p.reported.value : '';
  return /\.(\d+)$/.exec(printed.replace(/,/g, ''))?.[1]?.length ?? placesOf(f);
}

/** A ratio's numerator and denominator dimensions ("volume", "mass" for L/t). */
export function ratioDims(f: Figure): [string, string] | undefined {
  const [num, den] = ratioUnit(f)?.dimension.split('/') ?? [];
  return num !== undefined && den !== undefined ? [num, den] : undefined;
}

/** A ratio's range in base units of its dimensions (m³/kg for L/t), whichever unit stores it. */
export function ratioRange(f: Figure): Interval | undefined {
  if (f.unit.dimension.includes('/')) return baseRange(f);
  if (RATIO_RANGES.has(f)) return RATIO_RANGES.get(f);
  const den = f.fact.dims.denominator;
  const unit = den === undefined ? undefined : tryParseUnit(den);
  const range =
    unit && !unit.toBase.isZero() ? scaleInterval(baseRange(f), dec(1).div(unit.toBase)) : undefined;
  RATIO_RANGES.set(f, range);
  return range;
}

/** Ratio ranges of figures stored in their numerator's unit, read once per figure. */
const RATIO_RANGES = new WeakMap<Figure, Interval | undefined>();

/** The years a numerator and denominator row give the ratio row's figure, and those they miss. */
function fit(ratio: YearRow, num: YearRow, den: YearRow): { fits: number[]; misses: number[] } {
  const fits: number[] = [];
  const misses: number[] = [];
  for (const year of ratio.byYear.keys()) {
    const holds = ratioHolds(ratio, num, den, year);
    if (holds === undefined) return { fits: [], misses: [...ratio.byYear.keys()] };
    (holds ? fits : misses).push(year);
    // Two misses already rule the pair out (callers keep pairs missing at most one year).
    if (misses.length > 1) break;
  }
  return { fits, misses };
}

/**
 * Whether the ratio row's figure for a year is the numerator row's ÷ the denominator row's, within
 * printed digits; undefined when either row prints nothing for that year.
 */
export function ratioHolds(ratio: YearRow, num: YearRow, den: YearRow, year: number): boolean | undefined {
  const r = ratio.byYear.get(year);
  const n = num.byYear.get(year);
  const d = den.byYear.get(year);
  if (!r || !n || !d) return undefined;
  const [a, b] = [baseRange(n), baseRange(d)];
  // A denominator that may be zero gives no quotient (divideIntervals' own test, made first).
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  const printed = ratioRange(r);
  if (printed === undefined || !quotientMayMeet(a, b, printed)) return false;
  const q = divideIntervals(a, b);
  return q !== undefined && overlaps(q, printed);
}

function check(ratio: YearRow, rows: readonly YearRow[]): CheckFinding | undefined {
  const first = unitOf(ratio);
  const [numDim, denDim] = (first && ratioDims(first)) ?? [];
  if (numDim === undefined || denDim === undefined || ratio.byYear.size < 3) return undefined;
  const others = rows.filter((r) => r !== ratio);
  const near = others.filter((r) => Math.abs(r.line - ratio.line) <= NEAR_LINES);
  const of = (list: readonly YearRow[], dim: string) => list.filter((r) => unitOf(r)?.unit.dimension === dim);
  const explainedBy = (dens: readonly YearRow[]) =>
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
  const year = pair.misses[0] ?? 0;
  const printed = ratio.byYear.get(year);
  const num = pair.num.byYear.get(year);
  const den = pair.den.byYear.get(year);
  const quotient = num && den ? divideIntervals(baseRange(num), baseRange(den)) : undefined;
  if (!printed || !num || !den || !quotient) return undefined;
  const unit = ratioUnit(printed) ?? printed.unit;
  const scale = dec(1).div(unit.toBase);
  const shown = ratioRange(printed);
  const places = ratioPlaces(printed);
  const other = otherYear(printed, num, pair.den, year);
  return makeFinding(intensityRowRule.id, {
    severity: 'warning',
    message:
      `${showFigure(printed)} (${whereOf(printed)}) for ${year} is not ${showFigure(num)} ÷ ${showFigure(den)}, ` +
      `${close.length > 0 ? 'printed beside it' : `printed on ${whereOf(num)} and ${whereOf(den)}`} ` +
      `(${showRange(scaleInterval(quotient, scale), places + 1)} ${unit.symbol}), ` +
      `though the rows give the ratio in ${pair.fits.join(', ')}` +
      (other === undefined ? '.' : `; it is the ${other} denominator's quotient.`),
    figures: [printed, num, den],
    expected: decimalString(midpoint(quotient).times(scale), places + 1),
    actual: decimalString(shown ? midpoint(shown).times(scale) : printed.value, places),
  });
}

/** Another year whose denominator gives the printed ratio with this year's numerator, if one does. */
function otherYear(printed: Figure, num: Figure, den: YearRow, year: number): number | undefined {
  for (const [y, d] of den.byYear) {
    const q = y === year ? undefined : divideIntervals(baseRange(num), baseRange(d));
    const r = ratioRange(printed);
    if (q && r && overlaps(q, r)) return y;
  }
  return undefined;
}

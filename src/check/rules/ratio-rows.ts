import { dec, STATED_CHANGE_METRIC, tryParseUnit, type Unit } from '../../core/index.js';
import { placesOf } from '../finding/index.js';
import {
  divideIntervals,
  overlaps,
  quotientMayMeet,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import { tableCellsByLine, MAX_ROW_CELLS } from './table-grid.js';

/**
 * A table row with one cell per column, all in one unit: its line and its figures by column. A
 * column is a year ("2025"), or a site of one year ("Mahawatte, 2025") in a table printing each site
 * beside the whole: such a line gives a row across its sites and a row across its totals' years.
 */
export interface RatioRow {
  readonly line: number;
  readonly byColumn: ReadonlyMap<string, Figure>;
}

/**
 * The table rows printing one cell per column, all in one unit, in line order; read once per list of
 * figures (the rules over ratio rows share them).
 */
export function ratioRows(figures: readonly Figure[]): readonly RatioRow[] {
  let rows = RATIO_ROWS.get(figures);
  if (!rows) RATIO_ROWS.set(figures, (rows = readRatioRows(figures)));
  return rows;
}

const RATIO_ROWS = new WeakMap<readonly Figure[], readonly RatioRow[]>();

function readRatioRows(figures: readonly Figure[]): RatioRow[] {
  const rows: RatioRow[] = [];
  for (const [line, all] of tableCellsByLine(figures)) {
    // A change column (`Var. 25/24`, `YoY %`) compares the row's years; it is no column of the ratio.
    const cells = all.filter((c) => c.fact.metric !== STATED_CHANGE_METRIC);
    if (cells.length < 2 || cells.length > MAX_ROW_CELLS) continue;
    const groups = new Map<string, Figure[]>();
    for (const c of cells) {
      const group = c.fact.dims.site === undefined ? 'years' : `sites of ${c.fact.period.year}`;
      groups.set(group, [...(groups.get(group) ?? []), c]);
    }
    for (const group of groups.values()) {
      const byColumn = new Map<string, Figure>();
      for (const c of group) byColumn.set(columnOf(c), c);
      // One cell per column and one unit.
      if (byColumn.size !== group.length || new Set(group.map((c) => c.unit.symbol)).size !== 1) continue;
      rows.push({ line, byColumn });
    }
  }
  return rows.sort((a, b) => a.line - b.line);
}

/** The column a cell is printed in: its year, or its site and year. */
function columnOf(f: Figure): string {
  const site = f.fact.dims.site;
  return site === undefined ? String(f.fact.period.year) : `${site}, ${f.fact.period.year}`;
}

/** A row's first cell, which carries the unit all its cells share. */
export function unitOf(row: RatioRow): Figure | undefined {
  return row.byColumn.values().next().value;
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

/**
 * Whether the ratio row's figure in a column is the numerator row's ÷ the denominator row's, within
 * printed digits; undefined when either row prints nothing in that column.
 */
export function ratioHolds(
  ratio: RatioRow,
  num: RatioRow,
  den: RatioRow,
  column: string,
): boolean | undefined {
  const r = ratio.byColumn.get(column);
  const n = num.byColumn.get(column);
  const d = den.byColumn.get(column);
  return r && n && d ? quotientIs(r, n, d) : undefined;
}

/**
 * Whether a printed ratio is the numerator ÷ the denominator, within printed digits; undefined when
 * the denominator may be zero.
 */
export function quotientIs(ratio: Figure, num: Figure, den: Figure): boolean | undefined {
  const [a, b] = [baseRange(num), baseRange(den)];
  // A denominator that may be zero gives no quotient (divideIntervals' own test, made first).
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  const printed = ratioRange(ratio);
  if (printed === undefined || !quotientMayMeet(a, b, printed)) return false;
  const q = divideIntervals(a, b);
  return q !== undefined && overlaps(q, printed);
}

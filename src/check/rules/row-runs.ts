import { overlaps, type Figure, type Interval } from '../precision/index.js';
import { isZero, rangeSum, type GridRow } from './table-grid.js';
import type { ColumnCell } from './dashed-rows.js';

/** Most rows one total is tried against (a Scope 3 table has 15 categories). */
export const MAX_PARTS = 16;
/**
 * A column confirms which rows a total adds when its total is at least this large (or printed with
 * decimals): small whole counts (2 = 1 + 1) add up by chance over some run of rows.
 */
const CONFIRMING_TOTAL = 100;

/** How one run of rows above a total fares in each column. */
export interface Trial {
  readonly parts: readonly GridRow[];
  /** Columns where the run adds to the total and the sum says something (a large, non-trivial total). */
  readonly confirming: number;
  /** Columns where it does not add to the total, with the sum's range. */
  readonly misses: readonly { readonly column: number; readonly sum: Interval }[];
}

/**
 * The shortest run of rows right above the total that adds up to it in every column, else the
 * shortest that adds up in all columns but one; undefined when no run confirms anything.
 */
export function bestRun(
  items: readonly GridRow[],
  total: GridRow,
  columns: number,
  cellAt: ColumnCell,
): Trial | undefined {
  let slip: Trial | undefined;
  for (let k = 2; k <= Math.min(items.length, MAX_PARTS); k += 1) {
    const trial = tryRun(items.slice(-k), total, columns, cellAt);
    if (trial.confirming === 0) continue;
    if (trial.misses.length === 0) return trial;
    if (trial.misses.length === 1 && !slip) slip = trial;
  }
  return slip;
}

/** How the run of rows `parts` fares against the total in each of the block's columns. */
export function tryRun(
  parts: readonly GridRow[],
  total: GridRow,
  columns: number,
  cellAt: ColumnCell,
): Trial {
  let confirming = 0;
  const misses: { column: number; sum: Interval }[] = [];
  for (let j = 0; j < columns; j += 1) {
    const cells = parts.map((p) => cellAt(p, j));
    const whole = total.cells[j];
    if (!whole || cells.some((c) => c === undefined)) return { parts, confirming: 0, misses: [] };
    const figures = figuresOf(cells);
    if (figures.length === 0) return { parts, confirming: 0, misses: [] };
    const sum = rangeSum(figures, whole.unit);
    if (!sum) return { parts, confirming: 0, misses: [] };
    if (!overlaps(sum, whole.range)) {
      if (!withinParts(whole, figures)) misses.push({ column: j, sum });
    } else if (confirms(whole, figures)) confirming += 1;
  }
  return { parts, confirming, misses };
}

/** A column's printed figures, its dashes (nothing to add) left out. */
export function figuresOf(cells: readonly (Figure | 'dash' | undefined)[]): Figure[] {
  return cells.filter((c): c is Figure => c !== undefined && c !== 'dash');
}

/** A row's own cell in a column, for blocks with no dashed rows. */
export const ownCell: ColumnCell = (row, column) => row.cells[column];

/**
 * A total row's cell lying between the smallest and largest of the non-negative cells above it
 * ("Hours/participant": 34.0, 39.1, 27.6, 33.3 over a total of 32.2) is their average or ratio, not
 * their sum: that column is not judged.
 */
function withinParts(whole: Figure, parts: readonly Figure[]): boolean {
  if (parts.length < 2 || parts.some((p) => p.value.isNegative())) return false;
  const values = parts.map((p) => p.value);
  return values.some((v) => v.gte(whole.value)) && values.some((v) => v.lte(whole.value));
}

/** A column whose adding up is no chance: a large or fractional total over at least two non-zero rows. */
export function confirms(whole: Figure, parts: readonly Figure[]): boolean {
  const large = whole.value.abs().gte(CONFIRMING_TOTAL) || !whole.value.isInteger();
  return large && parts.filter((p) => !isZero(p)).length >= 2;
}

import { dimsKey } from '../fact-index/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import { tableCellOf, tableCellsByLine } from './table-grid.js';

/** Years two rows must share before printing the same figures in each says one reprints the other. */
const MIN_SHARED_YEARS = 2;

/**
 * The cells of a figure's table row by year: the figures on its line of the same metric, dims and
 * basis. Undefined for a figure read from a sentence.
 */
function rowByYear(figures: readonly Figure[], f: Figure): Map<number, Figure> | undefined {
  const at = tableCellOf(f);
  if (!at) return undefined;
  const key = dimsKey(f.fact.dims);
  const row = new Map<number, Figure>();
  for (const cell of tableCellsByLine(figures).get(at.line) ?? []) {
    if (cell.fact.metric !== f.fact.metric || cell.fact.basis !== f.fact.basis) continue;
    if (dimsKey(cell.fact.dims) !== key || tableCellOf(cell)?.page !== at.page) continue;
    if (!row.has(cell.fact.period.year)) row.set(cell.fact.period.year, cell);
  }
  return row;
}

/**
 * True when the table rows of two figures print the same figures in every year both give, over at
 * least two years: one row is the other printed again (a key-figures line, an index table), whatever
 * words each row's label uses. A single year agreeing proves nothing: two parts may be equal once.
 */
export function sameRowEveryYear(figures: readonly Figure[], a: Figure, b: Figure): boolean {
  if (tableCellOf(a)?.line === tableCellOf(b)?.line) return false;
  const rowA = rowByYear(figures, a);
  const rowB = rowByYear(figures, b);
  if (!rowA || !rowB) return false;
  let shared = 0;
  for (const [year, cellA] of rowA) {
    const cellB = rowB.get(year);
    if (!cellB) continue;
    const range = rangeIn(cellB, cellA.unit, cellA);
    if (!range || !overlaps(range, cellA.range)) return false;
    shared++;
  }
  return shared >= MIN_SHARED_YEARS;
}

function distance(a: Figure, b: Figure): number {
  const la = tableCellOf(a);
  const lb = tableCellOf(b);
  if (!la || !lb) return Number.POSITIVE_INFINITY;
  return la.page === lb.page ? Math.abs(la.line - lb.line) : Number.POSITIVE_INFINITY;
}

/**
 * The parts less reprints: of two parts whose rows print the same figures every year under other
 * words ("Groundwater abstracted" in the key figures, "Groundwater (tube wells)" in the water table),
 * the one printed farther from the total is the same volume again, not another source.
 */
export function withoutReprintedParts(
  figures: readonly Figure[],
  total: Figure,
  parts: readonly Figure[],
): Figure[] {
  const dropped = new Set<Figure>();
  for (const [i, a] of parts.entries()) {
    for (const b of parts.slice(i + 1)) {
      if (dropped.has(a) || dropped.has(b) || !sameRowEveryYear(figures, a, b)) continue;
      dropped.add(distance(a, total) <= distance(b, total) ? b : a);
    }
  }
  return parts.filter((p) => !dropped.has(p));
}

/**
 * True when the "total" is one of its parts printed again: a row that gives the same figures as a part
 * in every year (an index table's "Cold water withdrawn" beside the part "Cold water from municipal
 * utilities") names that part, not the whole of the others.
 */
export function totalReprintsPart(
  figures: readonly Figure[],
  total: Figure,
  parts: readonly Figure[],
): boolean {
  return parts.some((p) => sameRowEveryYear(figures, total, p));
}

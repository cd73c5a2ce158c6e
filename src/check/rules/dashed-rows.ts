import type { Figure } from '../precision/index.js';
import { columnYear, isTotalLabel, type GridRow } from './table-grid.js';

/**
 * A row's cell in one of its block's columns: a figure, `dash` where the row prints a dash for that
 * column (nothing to report, adding nothing), or undefined where the row has no cell there.
 */
export type ColumnCell = (row: GridRow, column: number) => Figure | 'dash' | undefined;

/**
 * A printed placeholder for a figure with nothing to report: a dash, "n.a.", "nil". Such a cell gives
 * no figure, so its row has fewer cells than the rows around it.
 */
const PLACEHOLDER = /(?:^|\s)(?:[-–—]+|n\.?\s?a\.?|nil)(?=\s|$)/giu;

/**
 * The rows inside a block that print a dash in some of its columns ("Capelin | 62,480 | 41,260 | –"
 * between full species rows): each cell placed under the one column of the block with its year, basis
 * and unit, and `dash` where the line prints a placeholder for the column it lacks. A row whose cells
 * could sit under two columns of the block (two columns of one year), whose line prints fewer
 * placeholders than it lacks cells, or that is labelled as a total, is left out: which column it
 * lacks, or what it adds, is not known.
 */
export function dashedRows(
  block: readonly GridRow[],
  rows: readonly GridRow[],
): Map<GridRow, readonly (Figure | 'dash')[]> {
  const out = new Map<GridRow, readonly (Figure | 'dash')[]>();
  const first = block[0];
  const last = block[block.length - 1];
  if (!first || !last) return out;
  const keys = first.cells.map((c) => keyOf(c, first));
  if (new Set(keys).size !== keys.length) return out;
  for (const row of rows) {
    if (row.line <= first.line || row.line >= last.line || block.includes(row)) continue;
    if (row.cells.length >= keys.length || isTotalLabel(row.label)) continue;
    const placed = placeCells(row, keys);
    const lacking = keys.length - row.cells.length;
    if (placed && placeholdersIn(row) >= lacking) out.set(row, placed);
  }
  return out;
}

/** The row's cells under the block's columns in order, `dash` between; undefined when one fits no column. */
function placeCells(row: GridRow, keys: readonly string[]): (Figure | 'dash')[] | undefined {
  const placed: (Figure | 'dash')[] = keys.map(() => 'dash');
  let from = 0;
  for (const cell of row.cells) {
    const at = keys.indexOf(keyOf(cell, row), from);
    if (at < 0) return undefined;
    placed[at] = cell;
    from = at + 1;
  }
  return placed;
}

function keyOf(cell: Figure, row: GridRow): string {
  return `${columnYear(cell, row.yearRow)}/${cell.fact.basis}/${cell.printedUnit.symbol}`;
}

/** How many placeholders the row's printed line holds after its label. */
function placeholdersIn(row: GridRow): number {
  const p = row.cells[0]?.fact.provenance;
  if (p?.kind !== 'document') return 0;
  const label = row.label.trim();
  const at = p.quote.indexOf(label);
  // A label not found as printed may hold a dash of its own ("Scope 1 – fleet"): no placeholder is counted.
  return at < 0 ? 0 : [...p.quote.slice(at + label.length).matchAll(PLACEHOLDER)].length;
}

/** A lookup of each row's cell by column: a dashed row's placed cells, any other row's own. */
export function columnCells(dashed: ReadonlyMap<GridRow, readonly (Figure | 'dash')[]>): ColumnCell {
  return (row, column) => (dashed.get(row) ?? row.cells)[column];
}

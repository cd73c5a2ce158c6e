import { isFigure, isLabel, isWordy } from './cell-kind.js';
import type { Gutter } from './gutter.js';
import type { PdfCell } from './line-cells.js';

/** A line as the column test sees it: its cells. */
interface CellsLine {
  readonly cells: readonly PdfCell[];
}

/** Shared lines starting alike on both sides of a gutter that mark two tables side by side. */
const MIN_REPEATED_LABELS = 2;
/** Cells may overhang a gutter's edge by this much (points): its edges are found on a 1 pt grid. */
const EDGE = 1;
/** Each side of a split needs at least this many lines. */
const MIN_SIDE_LINES = 3;
/**
 * Share of right-hand lines that must start with a label: a new column starts its lines with labels
 * or prose, where a gap inside a table is followed by figures.
 */
const MIN_LABEL_STARTS = 0.5;
/** How far right of the gutter a new column's margin (with indents) may sit, in ems. */
const MARGIN_REACH = 4;
/** Share of lines holding a figure that makes a side a table. */
const MIN_FIGURE_LINES = 0.25;
/** Mean words per line that makes a side prose. */
const MIN_PROSE_WORDS = 4;
/** Above this share of shared baselines, prose beside figures is a table's label column, not a column. */
const MAX_SHARED_BASELINES = 0.5;
/** Above this share of label-then-words lines, a wordy right side is a table's unit column. */
const MAX_LABEL_UNIT_PAIRS = 0.75;

/**
 * True when a line holds the gutter's two sides together: a cell crosses it, or it is one table row
 * straddling it, i.e. figures on the right that follow a bare label, or that start right at the
 * gutter where a new column would have its margin.
 */
export function bridges(line: CellsLine, gutter: Gutter): boolean {
  if (line.cells.some((c) => c.x < gutter.x2 - EDGE && c.x2 > gutter.x1 + EDGE)) return true;
  const left = line.cells.filter((c) => c.x2 <= gutter.x1);
  const right = line.cells.filter((c) => c.x >= gutter.x2);
  const first = right[0];
  if (left.length === 0 || first === undefined || !right.every((c) => isFigure(c.text))) return false;
  return !hasFigure(left) || first.x - gutter.x2 <= MARGIN_REACH * first.size;
}

/** Decide whether the cells left and right of the gutter in this band are separate blocks. */
export function separateColumns(band: readonly CellsLine[], gutter: Gutter): boolean {
  const mid = (gutter.x1 + gutter.x2) / 2;
  const sides = band.map((l) => ({
    l: l.cells.filter((c) => c.x2 <= mid),
    r: l.cells.filter((c) => c.x >= mid),
  }));
  const left = sides.map((s) => s.l).filter((cs) => cs.length > 0);
  const right = sides.map((s) => s.r).filter((cs) => cs.length > 0);
  const both = sides.filter((s) => s.l.length > 0 && s.r.length > 0);
  if (left.length < MIN_SIDE_LINES || right.length < MIN_SIDE_LINES) return false;
  const starts = right.map((cs) => cs[0]).filter((c) => c !== undefined);
  // Two tables set side by side repeat their headings or row labels at the start of both halves.
  if (
    repeatedLabels(both) >= MIN_REPEATED_LABELS &&
    share(starts, (c) => isLabel(c.text)) >= MIN_LABEL_STARTS
  ) {
    return true;
  }
  // The right side's lines must mostly start with labels or prose, as a new column does.
  if (share(starts, (c) => isLabel(c.text)) < MIN_LABEL_STARTS) return false;
  const leftTable = share(left, hasFigure) >= MIN_FIGURE_LINES;
  const rightTable = share(right, hasFigure) >= MIN_FIGURE_LINES;
  const leftProse = meanWords(left) >= MIN_PROSE_WORDS;
  const rightProse = meanWords(right) >= MIN_PROSE_WORDS;
  if (!(leftTable || leftProse) || !(rightTable || rightProse)) return false;
  if (leftTable) {
    // A table's label column followed by a wordy unit column ("recordable injuries") is one table.
    const labelThenWords = both.filter((p) => isWordy(p.l.at(-1)?.text ?? '') && isWordy(p.r[0]?.text ?? ''));
    return labelThenWords.length < both.length * MAX_LABEL_UNIT_PAIRS;
  }
  if (!rightTable) return true;
  // Prose (or long labels) on the left, figures on the right: one table when they share baselines.
  return both.length <= left.length * MAX_SHARED_BASELINES;
}

/** How many shared lines start with the same words on both sides of the gutter ("Metric … Metric"). */
function repeatedLabels(both: readonly { l: readonly PdfCell[]; r: readonly PdfCell[] }[]): number {
  return both.filter(({ l, r }) => isWordy(l[0]?.text ?? '') && l[0]?.text === r[0]?.text).length;
}

function hasFigure(cells: readonly PdfCell[]): boolean {
  return cells.some((c) => isFigure(c.text));
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

function meanWords(lines: readonly (readonly PdfCell[])[]): number {
  const words = lines.reduce((n, cs) => n + cs.reduce((m, c) => m + c.text.split(/\s+/).length, 0), 0);
  return words / lines.length;
}

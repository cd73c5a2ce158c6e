import { isFigure, isLabel, isWordy } from './cell-kind.js';
import { findGutters, type Gutter } from './gutter.js';
import { lineCells, type PdfCell } from './line-cells.js';
import { clusterLines, type RunLine } from './line-cluster.js';
import type { TextRun } from './text-run.js';

/** A line laid out on its page: its cells, and which side-by-side column it belongs to (0 = leftmost). */
export interface PlacedLine extends RunLine {
  readonly cells: readonly PdfCell[];
  readonly column: number;
}

/** Shared lines starting alike on both sides of a gutter that mark two tables side by side. */
const MIN_REPEATED_LABELS = 2;
/** Cells may overhang a gutter's edge by this much (points): its edges are found on a 1 pt grid. */
const EDGE = 1;
/** Columns inside columns are looked for this many levels deep. */
const MAX_DEPTH = 3;
/** Each side of a split needs at least this many lines. */
const MIN_SIDE_LINES = 3;
/**
 * Share of right-hand lines that must start with a label near the gutter: a new column starts with
 * labels or prose at its left margin (or an indent of it), not with figures.
 */
const MIN_LABEL_STARTS = 0.5;
/** How far right of the gutter a column's margin (with indents) may sit, in ems. */
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
 * The page's lines in reading order. Where a vertical gutter separates two self-contained blocks
 * (two tables side by side, two text columns, text beside a table), each block's lines are built on
 * their own and read left block first, so a line never mixes rows of two tables. Lines crossing the
 * gutter (headers, wide titles) cut the page into bands that are split separately.
 */
export function layoutPage(runs: readonly TextRun[], depth = 0): PlacedLine[] {
  const lines = clusterLines(runs).map((l) => ({ ...l, cells: lineCells(l), column: 0 }));
  if (depth >= MAX_DEPTH || lines.length < 2 * MIN_SIDE_LINES) return lines;
  for (const gutter of findGutters(lines)) {
    const split = splitAt(lines, gutter, depth);
    if (split !== undefined) return split;
  }
  return lines;
}

function splitAt(lines: readonly PlacedLine[], gutter: Gutter, depth: number): PlacedLine[] | undefined {
  // Bands: runs of lines between the lines that bridge the gutter, each split (or not) on its own.
  const segments: { bands: PlacedLine[]; bridge?: PlacedLine }[] = [{ bands: [] }];
  for (const line of lines) {
    if (bridges(line, gutter)) segments.push({ bands: [], bridge: line });
    else segments.at(-1)?.bands.push(line);
  }
  const out: PlacedLine[] = [];
  let splitAny = false;
  for (const { bands, bridge } of segments) {
    if (bridge !== undefined) out.push(bridge);
    const split = separateColumns(bands, gutter) ? splitBand(bands, gutter, depth) : undefined;
    splitAny ||= split !== undefined;
    out.push(...(split ?? bands));
  }
  return splitAny ? out : undefined;
}

/** Lay out each side of the gutter on its own, left side first, numbering columns left to right. */
function splitBand(band: readonly PlacedLine[], gutter: Gutter, depth: number): PlacedLine[] {
  const mid = (gutter.x1 + gutter.x2) / 2;
  const runs = band.flatMap((l) => l.runs);
  const left = layoutPage(
    runs.filter((r) => (r.x + r.x2) / 2 < mid),
    depth + 1,
  );
  const right = layoutPage(
    runs.filter((r) => (r.x + r.x2) / 2 >= mid),
    depth + 1,
  );
  const offset = Math.max(-1, ...left.map((l) => l.column)) + 1;
  return [...left, ...right.map((l) => ({ ...l, column: l.column + offset }))];
}

/**
 * True when a line holds the gutter's two sides together: a cell crosses it, or it is one table row
 * straddling it, i.e. figures on the right that follow a bare label, or that start right at the
 * gutter where a new column would have its margin.
 */
function bridges(line: PlacedLine, gutter: Gutter): boolean {
  if (line.cells.some((c) => c.x < gutter.x2 - EDGE && c.x2 > gutter.x1 + EDGE)) return true;
  const left = line.cells.filter((c) => c.x2 <= gutter.x1);
  const right = line.cells.filter((c) => c.x >= gutter.x2);
  const first = right[0];
  if (left.length === 0 || first === undefined || !right.every((c) => isFigure(c.text))) return false;
  return !hasFigure(left) || first.x - gutter.x2 <= MARGIN_REACH * first.size;
}

/** Decide whether the cells left and right of the gutter in this band are separate blocks. */
function separateColumns(band: readonly PlacedLine[], gutter: Gutter): boolean {
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
  // Lines starting at the right side's margin (or an indent of it) must mostly start with labels.
  const atMargin = starts.filter((c) => c.x - gutter.x2 <= MARGIN_REACH * c.size);
  if (atMargin.length < MIN_SIDE_LINES || share(atMargin, (c) => isLabel(c.text)) < MIN_LABEL_STARTS)
    return false;
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

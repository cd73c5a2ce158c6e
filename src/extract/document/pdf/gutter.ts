import type { PdfCell } from './line-cells.js';

/** A vertical strip of white space between two parts of a page. */
export interface Gutter {
  readonly x1: number;
  readonly x2: number;
  /** Most lines crossing it at any point. */
  readonly crossing: number;
}

/** A line's cells with its font size, as the gutter search sees it. */
export interface CellLine {
  readonly size: number;
  readonly cells: readonly PdfCell[];
}

/** Narrowest strip taken for a gutter, in ems of the median font size. */
const MIN_GUTTER_EM = 1.5;
/** Share of lines allowed to cross a gutter (a page header, a title set across both columns). */
const MAX_CROSSING_SHARE = 0.5;
/** Widest page, in points, the strip search covers (A0 is 2384 pt wide). */
const MAX_WIDTH = 5000;

/**
 * Candidate gutters: vertical strips at least 1.5 em wide that (almost) no cell crosses, with text
 * on both sides. Cleanest (fewest crossing lines) first, then widest. A strip inside a table (between its label column and its figures)
 * qualifies too; the caller decides which strips really separate columns.
 */
export function findGutters(lines: readonly CellLine[]): Gutter[] {
  const cells = lines.flatMap((l) => l.cells);
  if (cells.length === 0) return [];
  const minX = Math.floor(Math.min(...cells.map((c) => c.x)));
  const maxX = Math.ceil(Math.max(...cells.map((c) => c.x2)));
  const width = Math.min(maxX - minX, MAX_WIDTH);
  const diff = new Int32Array(width + 2);
  for (const c of cells) {
    const from = Math.max(0, Math.floor(c.x - minX));
    const to = Math.min(width + 1, Math.ceil(c.x2 - minX));
    diff[from] = (diff[from] ?? 0) + 1;
    diff[to] = (diff[to] ?? 0) - 1;
  }
  const coverage = new Int32Array(width + 1);
  let covered = 0;
  for (let x = 0; x <= width; x++) {
    covered += diff[x] ?? 0;
    coverage[x] = covered;
  }
  const maxCrossing = Math.floor(lines.length * MAX_CROSSING_SHARE);
  const minWidth = MIN_GUTTER_EM * median(lines.map((l) => l.size));
  // A gutter is a strip wide enough at its cleanest: at each crossing level, strips that do not
  // already hold a cleaner gutter (a title crossing one table should not hide the gap beside it).
  const gutters: Gutter[] = [];
  for (let level = 0; level <= maxCrossing; level++) {
    for (const [from, to] of stripsAtMost(coverage, 1, width, level)) {
      if (to - from < minWidth) continue;
      if (gutters.some((g) => g.x1 - minX < to && g.x2 - minX > from)) continue;
      gutters.push({ x1: minX + from, x2: minX + to, crossing: level });
    }
  }
  return gutters.sort((a, b) => a.crossing - b.crossing || b.x2 - b.x1 - (a.x2 - a.x1));
}

/** Maximal [from, to) ranges within [start, end) where coverage stays at or below `level`. */
function stripsAtMost(coverage: Int32Array, start: number, end: number, level: number): [number, number][] {
  const strips: [number, number][] = [];
  let from = -1;
  for (let x = start; x < end; x++) {
    if ((coverage[x] ?? 0) <= level) {
      if (from < 0) from = x;
    } else if (from >= 0) {
      strips.push([from, x]);
      from = -1;
    }
  }
  // A strip running into the page's right edge is a margin, not a gutter.
  if (from >= 0 && end < coverage.length - 1) strips.push([from, end]);
  return strips;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

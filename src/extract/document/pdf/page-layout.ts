import { bridges, separateColumns } from './column-split.js';
import { findGutters, type Gutter } from './gutter.js';
import { lineCells, type PdfCell } from './line-cells.js';
import { clusterLines, type RunLine } from './line-cluster.js';
import type { TextRun } from './text-run.js';

/** A line laid out on its page: its cells, and which side-by-side column it belongs to (0 = leftmost). */
export interface PlacedLine extends RunLine {
  readonly cells: readonly PdfCell[];
  readonly column: number;
}

/** Gutters separating at least this share of the most any gutter separates compete on centrality. */
const NEAR_BEST_SPLIT = 0.9;
/** Columns inside columns are looked for this many levels deep. */
const MAX_DEPTH = 3;
/**
 * Pages with more runs than this are laid out without looking for columns: the search is quadratic
 * in the worst case, and no report page sets that much text (a dense table page has ~2,000).
 */
const MAX_RUNS_FOR_COLUMNS = 20_000;
/** A page with fewer lines than this has no columns to find. */
const MIN_LINES = 3;

/**
 * The page's lines in reading order. Where a vertical gutter separates two self-contained blocks
 * (two tables side by side, two text columns, text beside a table), each block's lines are built on
 * their own and read left block first, so a line never mixes rows of two tables. Lines crossing the
 * gutter (headers, wide titles) cut the page into bands that are split separately.
 */
export function layoutPage(runs: readonly TextRun[], depth = 0): PlacedLine[] {
  const lines = clusterLines(runs).map((l) => ({ ...l, cells: lineCells(l), column: 0 }));
  if (depth >= MAX_DEPTH || lines.length < MIN_LINES || runs.length > MAX_RUNS_FOR_COLUMNS) return lines;
  // Of the gutters that separate most of the page, take the one nearest the middle: a gap inside
  // one table may separate as many lines, but pages set their columns symmetrically.
  const plans = findGutters(lines)
    .map((g) => planSplit(lines, g))
    .filter((p) => p.splitLines > 0);
  const most = Math.max(0, ...plans.map((p) => p.splitLines));
  const middle = middleOf(lines);
  const best = plans
    .filter((p) => p.splitLines >= most * NEAR_BEST_SPLIT)
    .sort((a, b) => offCentre(a.gutter, middle) - offCentre(b.gutter, middle))[0];
  return best === undefined ? lines : applySplit(best, depth);
}

function middleOf(lines: readonly PlacedLine[]): number {
  const cells = lines.flatMap((l) => l.cells);
  return (Math.min(...cells.map((c) => c.x)) + Math.max(...cells.map((c) => c.x2))) / 2;
}

function offCentre(gutter: Gutter, middle: number): number {
  return Math.abs((gutter.x1 + gutter.x2) / 2 - middle);
}

/** A way to cut a page at a gutter: bands between bridging lines, and which bands to split. */
interface SplitPlan {
  readonly gutter: Gutter;
  readonly segments: readonly {
    readonly bridge?: PlacedLine;
    readonly band: readonly PlacedLine[];
    readonly split: boolean;
  }[];
  /** Lines in bands that split: how much of the page the gutter separates. */
  readonly splitLines: number;
}

function planSplit(lines: readonly PlacedLine[], gutter: Gutter): SplitPlan {
  // Bands: runs of lines between the lines that bridge the gutter, each split (or not) on its own.
  const groups: { bridge?: PlacedLine; band: PlacedLine[] }[] = [{ band: [] }];
  for (const line of lines) {
    if (bridges(line, gutter)) groups.push({ bridge: line, band: [] });
    else groups.at(-1)?.band.push(line);
  }
  const segments = groups.map((g) => ({ ...g, split: separateColumns(g.band, gutter) }));
  const splitLines = segments.reduce((n, s) => n + (s.split ? s.band.length : 0), 0);
  return { gutter, segments, splitLines };
}

function applySplit(plan: SplitPlan, depth: number): PlacedLine[] {
  return plan.segments.flatMap(({ bridge, band, split }) => [
    ...(bridge === undefined ? [] : [bridge]),
    ...(split ? splitBand(band, plan.gutter, depth) : band),
  ]);
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

import type { ReportLine } from './report-line.js';

/** A run of text with the columns it is printed in. */
export interface Span extends Place {
  readonly text: string;
}

/** Where a run of text stands on its line: its first column and the column after its last. */
export interface Place {
  readonly start: number;
  readonly end: number;
}

/** True when two runs share a column. */
export function overlaps(a: Place, b: Place): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** The blank columns between two runs; zero or less when they touch or overlap. */
export function gapBetween(a: Place, b: Place): number {
  return Math.max(a.start - b.end, b.start - a.end);
}

/** Runs of text set apart by three or more spaces, with their columns on the printed line. */
export function spansOf(raw: string, indent: number): Span[] {
  return [...raw.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({
    text: m[0],
    start: indent + m.index,
    end: indent + m.index + m[0].length,
  }));
}

/**
 * A line's non-empty cells from cell `first` on, each where it is printed; undefined when one is not
 * found in the raw line.
 */
export function placeCells(line: ReportLine, first = 0): Span[] | undefined {
  const spans: Span[] = [];
  const indent = line.indent ?? 0;
  let from = 0;
  for (const [c, cell] of line.cells.entries()) {
    if (cell === '') continue;
    const at = line.raw.indexOf(cell, from);
    if (at < 0) return undefined;
    from = at + cell.length;
    if (c >= first) spans.push({ text: cell, start: indent + at, end: indent + from });
  }
  return spans;
}

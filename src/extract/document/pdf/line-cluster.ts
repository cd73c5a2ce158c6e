import type { TextRun } from './text-run.js';

/** Runs that share a baseline, left to right. */
export interface RunLine {
  /** Baseline of the line's body text (its largest run), from the top of the page. */
  readonly y: number;
  /** Font size of the line's body text. */
  readonly size: number;
  readonly runs: readonly TextRun[];
}

/** Baselines closer than this share of the font size are the same line. */
const SAME_BASELINE = 0.3;
/**
 * How far a smaller run's baseline may sit above / below a line's and still belong to it, as shares
 * of the line's font size: superscripts (footnote marks, "m³") rise about a third to half an em,
 * subscripts ("CO₂") drop about a fifth of one.
 */
const SCRIPT_RISE = 0.65;
const SCRIPT_DROP = 0.4;
/** A run counts as smaller (a possible script) below this share of the line's size. */
const SCRIPT_SIZE = 0.85;
/** A script must sit within this many ems of a run of its line, horizontally. */
const SCRIPT_REACH = 1;

interface OpenLine {
  y: number;
  size: number;
  runs: TextRun[];
}

/**
 * Group runs into lines by baseline. Larger runs are placed first, so body text forms the lines and
 * smaller superscripts and subscripts, which sit 1–3 pt off the baseline, join the line they touch
 * instead of starting their own ("CO" + "2", "Scope 3" + "1").
 */
export function clusterLines(runs: readonly TextRun[]): RunLine[] {
  const bySize = [...runs].sort((a, b) => b.size - a.size || a.y - b.y || a.x - b.x);
  const lines: OpenLine[] = []; // kept sorted by y
  for (const run of bySize) {
    const line = findLine(lines, run);
    if (line !== undefined) line.runs.push(run);
    else insertSorted(lines, { y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((l) => ({ y: l.y, size: l.size, runs: l.runs.sort((a, b) => a.x - b.x) }));
}

function findLine(lines: OpenLine[], run: TextRun): OpenLine | undefined {
  let best: OpenLine | undefined;
  let bestDy = Infinity;
  // Only lines whose baseline is within one em (of the larger size) can take the run.
  for (let i = lowerBound(lines, run.y - run.size * 2); i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.y > run.y + run.size * 2) break;
    const dy = run.y - line.y; // positive: the run sits lower
    if (Math.abs(dy) >= bestDy || !fits(line, run, dy)) continue;
    best = line;
    bestDy = Math.abs(dy);
  }
  return best;
}

function fits(line: OpenLine, run: TextRun, dy: number): boolean {
  if (Math.abs(dy) <= SAME_BASELINE * Math.min(line.size, run.size)) return true;
  if (run.size > line.size * SCRIPT_SIZE) return false;
  if (dy < -SCRIPT_RISE * line.size || dy > SCRIPT_DROP * line.size) return false;
  const reach = SCRIPT_REACH * line.size;
  return line.runs.some((r) => run.x <= r.x2 + reach && run.x2 >= r.x - reach);
}

function lowerBound(lines: readonly OpenLine[], y: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid]?.y ?? Infinity) < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(lines: OpenLine[], line: OpenLine): void {
  lines.splice(lowerBound(lines, line.y), 0, line);
}

import type { ReportLine } from './report-line.js';
import { spansOf, type Span } from './spans.js';

/**
 * A page of prose set in two columns, as a layout-keeping PDF-to-text tool prints it: each printed line
 * holds a line of the left column and a line of the right one ("and 711B. In FY2025 our Scope 1 emissions
 * fell      left us, a turnover rate of 11.1%. Each employee"), so a sentence goes on in the left column
 * of the next line, not in the right column of its own. Read line by line, the two columns' sentences
 * interleave. The run of such lines is read as the left column from top to bottom, then the right one.
 */

// Lines of two prose columns a run needs before it is read as a page of two columns.
const MIN_TWO_COLUMN_LINES = 3;
// Columns a line's right part may start left or right of the run's right column.
const COLUMN_SLACK = 2;
// Lines a run may skip (a blank line printed across both columns ends a paragraph in each).
const MAX_SKIP = 2;
// A prose part: three words or more, two of them lower-case words (a heading or a figure is not prose).
const WORD = /\p{L}{2,}/gu;
const LOWER_WORD = /(?:^|\s)\p{Ll}{2,}/gu;

function isProse(text: string): boolean {
  return (text.match(WORD)?.length ?? 0) >= 3 && (text.match(LOWER_WORD)?.length ?? 0) >= 2;
}

/** A printed line's parts: the runs of text three spaces or more apart. */
function partsOf(line: ReportLine): Span[] | undefined {
  if (line.column !== undefined || line.raw.includes('\t')) return undefined;
  return spansOf(line.raw, line.indent ?? 0);
}

/** The right column's start when the line prints a prose part in each of two columns. */
function rightColumnOf(parts: readonly Span[]): number | undefined {
  const [left, right, more] = parts;
  return left && right && !more && isProse(left.text) && isProse(right.text) ? right.start : undefined;
}

/** The line's parts by column when it belongs to a run whose right column starts at `right`. */
function columnsAt(parts: readonly Span[], right: number): { left?: Span; right?: Span } | undefined {
  const near = (s: Span): boolean => Math.abs(s.start - right) <= COLUMN_SLACK;
  const [first, second, more] = parts;
  if (!first || more) return undefined;
  if (!second)
    return near(first) ? { right: first } : first.end < right - COLUMN_SLACK ? { left: first } : undefined;
  return near(second) && first.end < right - COLUMN_SLACK ? { left: first, right: second } : undefined;
}

function piece(line: ReportLine, span: Span, column: number): ReportLine {
  return { ...line, cells: [span.text], text: span.text, raw: span.text, indent: span.start, column };
}

/**
 * The lines with each run of two prose columns read column by column: its left-column lines in order,
 * then its right-column lines, each a line of its own with its column (0 = left) and its line number.
 * Any other line is returned as it is.
 */
export function readProseColumns(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  let floor = 0;
  for (let i = 0; i < lines.length;) {
    const run = runFrom(lines, i, floor);
    if (!run) {
      i++;
      continue;
    }
    out.push(...lines.slice(floor, run.start), ...run.left, ...run.right);
    floor = run.next;
    i = run.next;
  }
  out.push(...lines.slice(floor));
  return out;
}

/** The line's parts by column in a run whose right column starts at `right`, when it belongs to it. */
function columnsOf(line: ReportLine | undefined, right: number): { left?: Span; right?: Span } | undefined {
  const parts = line && partsOf(line);
  return parts && columnsAt(parts, right);
}

/**
 * The run of two prose columns that the line at `from` prints, with the lines before it (down to
 * `floor`) that fit its columns: a column's first line may be a greeting or a lone right-column line.
 */
function runFrom(
  lines: readonly ReportLine[],
  from: number,
  floor: number,
): { start: number; left: ReportLine[]; right: ReportLine[]; next: number } | undefined {
  const first = lines[from];
  const firstParts = first && partsOf(first);
  const right = firstParts && rightColumnOf(firstParts);
  if (!first || right === undefined) return undefined;
  let start = from;
  for (let j = from - 1; j >= floor; j--) {
    const line = lines[j];
    const after = lines[j + 1];
    if (!line || !after || !columnsOf(line, right) || line.page !== first.page) break;
    if (after.no - line.no > MAX_SKIP) break;
    start = j;
  }
  const left: ReportLine[] = [];
  const rightLines: ReportLine[] = [];
  let both = 0;
  let i = start;
  let previous = (lines[start]?.no ?? first.no) - 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const columns = columnsOf(line, right);
    if (!line || !columns || line.page !== first.page || line.no - previous > MAX_SKIP) break;
    if (columns.left && columns.right) {
      if (!isProse(columns.left.text) && !isProse(columns.right.text)) break;
      if (isProse(columns.left.text) && isProse(columns.right.text)) both++;
    }
    if (columns.left) left.push(piece(line, columns.left, 0));
    if (columns.right) rightLines.push(piece(line, columns.right, 1));
    previous = line.no;
  }
  return both >= MIN_TWO_COLUMN_LINES ? { start, left, right: rightLines, next: i } : undefined;
}

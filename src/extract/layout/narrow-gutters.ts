import type { DocLine } from '../document/index.js';
import { isRuleLine } from './rule-line.js';

/**
 * Space-aligned columns printed only two spaces apart. The cell readers part cells at three spaces,
 * since two spaces also fall inside a label ("Scope 1  emissions" in prose set flush); but a table
 * whose every row leaves the same two columns blank ("Mount Kestrel Copper-Gold  NSW" over
 * "Exploration and corporate  WA", "Quantity  Units" over "21,846,300  kWh") has a column break
 * there, however narrow a PDF-to-text tool or a typesetter made it. Such a gutter is widened by one
 * space on every row of the block (a run of lines with no blank line between), so that the columns
 * stay aligned and the cell readers part them as they part wider ones.
 */

// A row of a table: a line with a column gap, or a heading word or two printed alone under a column.
// Rules and captions run across the columns and take no part in finding the gutters.
const GAP = /\S {2,}\S/;
const MAX_LONE_HEADING = 24;
// A gutter is a table's when this many rows print text on both sides of it.
const MIN_ROWS = 3;
// A list's bullet or number two spaces before its item ("•  Water", "3.  Cane supply", "(b)  Noise"): its
// item's text follows, not a column.
const LIST_MARKER = /^(?:[•·▪◦‣●○■□►▶*–—-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])$/i;
// Work bound: a line longer than this is prose or debris, never a table row.
const MAX_LINE_CHARS = 400;

/** The document's lines with every table gutter exactly two spaces wide widened to three. */
export function widenNarrowGutters(lines: readonly DocLine[]): readonly DocLine[] {
  let out: DocLine[] | undefined;
  for (let i = 0; i < lines.length;) {
    let end = i + 1;
    while (end < lines.length && continues(lines[end - 1], lines[end])) end++;
    const widened = widenBlock(lines.slice(i, end));
    if (widened) {
      out ??= [...lines];
      out.splice(i, widened.length, ...widened);
    }
    i = end;
  }
  return out ?? lines;
}

/** Whether `line` is the next line of `before`'s block: no blank line and no page break between. */
function continues(before: DocLine | undefined, line: DocLine | undefined): boolean {
  return before !== undefined && line !== undefined && line.no === before.no + 1 && line.page === before.page;
}

/** How a line is printed: its indent, then its text (one cell only; tab-separated lines are read by tabs). */
function printedOf(line: DocLine): string | undefined {
  if (line.cells.length !== 1 || line.text.length > MAX_LINE_CHARS) return undefined;
  return ' '.repeat(line.indent ?? 0) + line.text;
}

function isRow(printed: string): boolean {
  return (
    /[\p{L}\p{N}]/u.test(printed) &&
    !isRuleLine(printed) &&
    (GAP.test(printed) || printed.trim().length <= MAX_LONE_HEADING)
  );
}

/** The block's lines with its two-space gutters widened, or undefined when it has none. */
function widenBlock(block: readonly DocLine[]): DocLine[] | undefined {
  if (block.length < MIN_ROWS) return undefined;
  const printed = block.map(printedOf);
  const rows = printed.filter((p): p is string => p !== undefined && isRow(p));
  const starts = narrowGutters(rows);
  if (starts.length === 0) return undefined;
  return block.map((line, k) => {
    const text = printed[k];
    if (text === undefined || !isRow(text)) return line;
    // Right to left, so that each gutter's column is still where it was found.
    const wide = starts.reduceRight((t, s) => (t.length > s ? `${t.slice(0, s)} ${t.slice(s)}` : t), text);
    return withPrinted(line, wide);
  });
}

/** The first columns of the gutters exactly two wide that every row leaves blank and enough rows print across. */
function narrowGutters(rows: readonly string[]): number[] {
  if (rows.length < MIN_ROWS) return [];
  const width = Math.max(...rows.map((r) => r.length));
  const blank = (c: number) => rows.every((r) => c >= r.length || r[c] === ' ');
  const starts: number[] = [];
  for (let c = 1; c + 2 < width; c++) {
    if (blank(c - 1) || !blank(c) || !blank(c + 1) || blank(c + 2)) continue;
    const across = rows.filter((r) => r.length > c + 2 && /\S/.test(r.slice(0, c)));
    const listed = across.every((r) => LIST_MARKER.test(r.slice(0, c).trim()));
    if (across.length >= MIN_ROWS && !listed) starts.push(c);
  }
  return starts;
}

/** The line printed as `wide`: its indent and its one cell read again. */
function withPrinted(line: DocLine, wide: string): DocLine {
  const text = wide.trim();
  const indent = wide.length - wide.trimStart().length;
  const cell = { ...line.cells[0], text };
  const base: DocLine = { no: line.no, text, cells: [cell] };
  const paged = line.page === undefined ? base : { ...base, page: line.page };
  const cut = line.truncated ? { ...paged, truncated: true as const } : paged;
  return indent > 0 ? { ...cut, indent } : cut;
}

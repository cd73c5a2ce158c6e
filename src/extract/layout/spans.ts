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

/**
 * Runs of text set apart by more than `joining` spaces (three or more by default; a stacked header's
 * words part at two), or by any other white space, with their columns on the printed line.
 */
export function spansOf(raw: string, indent: number, joining: 1 | 2 = 2): Span[] {
  const runs = joining === 1 ? /\S+(?: \S+)*/g : /\S+(?: {1,2}\S+)*/g;
  return [...raw.matchAll(runs)].map((m) => ({
    text: m[0],
    start: indent + m.index,
    end: indent + m.index + m[0].length,
  }));
}

/** Runs of `text` between matches of `separator` (" +" for words, " {2,}|\t" for cells), each where it is printed. */
export function spansSplitBy(text: string, indent: number, separator: RegExp): Span[] {
  const out: Span[] = [];
  const gap = new RegExp(separator.source, 'g');
  let at = 0;
  for (const m of text.matchAll(gap)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), start: indent + at, end: indent + m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: indent + at, end: indent + text.length });
  return out;
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
    const found = findCell(line.raw, cell, from);
    if (!found) return undefined;
    from = found.end;
    if (c >= first) spans.push({ text: cell, start: indent + found.start, end: indent + from });
  }
  return spans;
}

// A figure as cleaning leaves it ("6 120.5", "-12.5%"): its printing may group and mark it otherwise.
const CLEANED_FIGURE = /^[-−+(]?\d[\d., \u00a0\u2009\u202f]*\)?%?$/;

/**
 * Where a cell is printed from `from` on: as it reads, or for a figure cleaning rewrote ("6 120,5" read
 * as "7986.4", "1.234,5" as "1234.5") the run with the same digits, any thousands mark or space between
 * them and either decimal mark.
 */
function findCell(raw: string, cell: string, from: number): Place | undefined {
  const at = raw.indexOf(cell, from);
  if (at >= 0) return { start: at, end: at + cell.length };
  const label = printedYearLabel(raw, cell, from);
  if (label) return label;
  // A label with a figure or a formula in it ("Rate (per 1.000.000 hours)", "t CO₂e") as cleaning
  // rewrote it: the same characters up to the decimal marks and sub- and superscript digits.
  const loose = asPrinted(raw).indexOf(asPrinted(cell), from);
  if (loose >= 0 && !CLEANED_FIGURE.test(cell)) return { start: loose, end: loose + cell.length };
  if (!CLEANED_FIGURE.test(cell)) return undefined;
  // The cell is digits, marks and brackets only (CLEANED_FIGURE), so Array.from splits no character.
  const chars = Array.from(cell.replace(/[ \u00a0\u2009\u202f]/g, ''));
  const digits = chars.map((ch) => (/[.,]/.test(ch) ? '[.,]' : ch.replace(/[()+%]/, '\\$&')));
  const pattern = new RegExp(digits.join("[ \u00a0\u2009\u202f.,']?"), 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(raw);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

// A fiscal-year label cleaning wrote "FY2025" (clean/fiscal-naming: JSE "F2025", Malay "TK2025").
const FY_LABEL = /FY(?=\s?(?:19|20)\d{2})/g;

/** Where a cell holding such a label is printed, in the label's printed form. */
function printedYearLabel(raw: string, cell: string, from: number): Place | undefined {
  if (!cell.includes('FY')) return undefined;
  for (const mark of ['F', 'TK']) {
    const printed = cell.replace(FY_LABEL, mark);
    const at = raw.indexOf(printed, from);
    if (printed !== cell && at >= 0) return { start: at, end: at + printed.length };
  }
  return undefined;
}

/**
 * A text with its decimal and thousands marks made one and its sub- and superscript digits plain, each
 * one character for one, so a place in it is the place in the text.
 */
function asPrinted(text: string): string {
  return text
    .replace(/,/g, '.')
    .replace(/[₀-₉]/g, (d) => String(d.charCodeAt(0) - 0x2080))
    .replace(/[¹²³]/g, (d) => ({ '¹': '1', '²': '2', '³': '3' })[d] ?? d);
}

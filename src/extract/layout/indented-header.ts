import { isBareFigure } from './bare-figure.js';
import type { ReportLine } from './report-line.js';

/**
 * Header rows printed over the figure columns only, indented past the rows' labels ("        Employees⇥
 * Contractors" over "        2025⇥2024⇥2025⇥2024" over "Hours worked⇥16,842,300⇥…"), as text converted
 * with tabs for column gaps prints them: the indent stays spaces, so no leading tab keeps the label
 * column blank and the first name would read as the label column's heading. Such a row gets a blank
 * first cell, as a row opening with a tab does.
 */

// An indent this much deeper than the figure rows' leaves the label column blank.
const LABEL_INDENT = 4;
// A header sits at most this many lines over the first row of figures below it.
const MAX_HEADER_LINES = 4;
const YEAR_CELL = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2,4})?$/i;

/** The lines with each indented header row's label cell left blank. */
export function blankIndentedLabels(lines: readonly ReportLine[]): ReportLine[] {
  return lines.map((line, i) => {
    const tabbed = isIndentedHeader(line);
    if (!tabbed && !isSpacedNamesHeader(line)) return line;
    const figures = firstFigureRow(lines, i);
    if (!figures || (line.indent ?? 0) < (figures.indent ?? 0) + LABEL_INDENT) return line;
    // Space-aligned, the names must start past the label of the row below, over its figures.
    if (!tabbed && (line.indent ?? 0) < labelEnd(figures) + LABEL_INDENT) return line;
    const cells = ['', ...line.cells];
    return { ...line, cells, text: cells.join('\t') };
  });
}

/** A tab-separated row of headings or years, printed indented, whose label cell is not already blank. */
function isIndentedHeader(line: ReportLine): boolean {
  if (!line.raw.includes('\t') || (line.indent ?? 0) < LABEL_INDENT || line.cells[0] === '') return false;
  return line.cells.every((c) => c !== '' && (YEAR_CELL.test(c) || !isBareFigure(c)));
}

/**
 * A space-aligned row of two or more column names printed indented ("Ostrava   Tamberg   Group"), none
 * a figure and not all years: its first name reads as the label column's heading unless it is moved.
 */
function isSpacedNamesHeader(line: ReportLine): boolean {
  if (line.raw.includes('\t') || (line.indent ?? 0) < LABEL_INDENT || line.cells[0] === '') return false;
  const names = line.cells.filter((c) => c !== '');
  return (
    names.length >= 2 &&
    names.every((c) => YEAR_CELL.test(c) || !isBareFigure(c)) &&
    names.some((c) => !YEAR_CELL.test(c) && /^\p{L}/u.test(c))
  );
}

/**
 * The column after a space-aligned row's words before its first figure ("S1-6 50(a)     Denmark", a
 * code and a name, are both the label's): where its label ends on the printed line.
 */
function labelEnd(row: ReportLine): number {
  const first = row.cells.find((c) => isBareFigure(c) && !YEAR_CELL.test(c));
  const at = first === undefined ? -1 : row.raw.indexOf(first);
  const words = at < 0 ? row.raw : row.raw.slice(0, at);
  return (row.indent ?? 0) + words.trimEnd().length;
}

/** The first row with a label and a figure in the lines just below `at`, if the block runs on to it. */
function firstFigureRow(lines: readonly ReportLine[], at: number): ReportLine | undefined {
  for (let k = at + 1; k < lines.length && k <= at + MAX_HEADER_LINES; k++) {
    const line = lines[k];
    const prev = lines[k - 1];
    if (!line || !prev || line.no - prev.no > 2) return undefined;
    const figured = line.cells.some((c) => isBareFigure(c) && !YEAR_CELL.test(c));
    // A row may be named by its year ("   2025⇥18,420⇥6,184", under a heading naming what the rows count).
    const label = line.cells[0] ?? '';
    if (figured) return label !== '' && (!isBareFigure(label) || YEAR_CELL.test(label)) ? line : undefined;
  }
  return undefined;
}

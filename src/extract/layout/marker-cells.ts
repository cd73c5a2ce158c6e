import { isCaptionText } from '../clean/index.js';
import { isBareFigure } from './bare-figure.js';

/**
 * Marks a tab cut from the words they lead: text converted with tabs for column gaps prints "•  1,284
 * employees" as "•⇥1,284 employees", "3.6.5  Community" as "3.6.5⇥Community", "Table 6  Workforce" as
 * "Table 6⇥Workforce" and a boxed line "│  67.4% renewable  │" as "│⇥67.4% renewable⇥│". Aligned with
 * spaces, each is one cell of words; cut at its tabs it would read as a table row (a label, a figure)
 * and take the prose after it into that table. Here the cells are joined back as the spaced line reads.
 */

// A list bullet printed alone before its item's words.
const BULLET = /^[•·▪▫◦‣●○■□►▸▶➢➤✓✔❖◆◇]$/u;
// A section number ("3", "04", "5.1", "3.6.5", "2.") before a heading's words.
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?$/;
// A year heading a column ("2025", "FY2025", "2025/26").
const YEAR_CELL = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2,4})?$/i;
// A line framed by box or table borders ("│ … │", "| … |").
const FRAMED = /^[\s\f]*[|│┃║].*[|│┃║]\s*$/u;

/** A line's cells with the marks a tab cut from their words joined back to them. */
export function joinMarkerCells(cells: readonly string[], raw: string): string[] {
  // A framed line's cells are the frame's own: the markup reader splits it at its borders.
  if (cells.length > 1 && FRAMED.test(raw)) return [raw.trim().replaceAll('\t', '  ')];
  const [first, second, ...rest] = cells;
  if (first === undefined || second === undefined) return [...cells];
  if (BULLET.test(first.trim())) return [`${first.trim()} ${second}`, ...rest];
  if (rest.length === 0 && startsWithLetter(second) && isHeadingNumber(first)) return [`${first} ${second}`];
  // "Table 4.2⇥GHG emissions⇥(Unit: tCO2e)": a caption's title and the unit printed at its far right are
  // one line of words, as the spaced caption reads; a cell holding a figure or a year makes it a row.
  const figured = rest.some((c) => isBareFigure(c.trim()) || YEAR_CELL.test(c.trim()));
  // "Table 9⇥Training, 2025⇥Employees⇥Trained⇥% trained": a caption printed on its header's line, the
  // column headings after it. The number and title head the label column, each heading its column.
  if (isCaptionNumber(first) && startsWithLetter(second) && !figured && headsColumns(rest))
    return [`${first} ${second}`, ...rest];
  if (isCaptionNumber(first) && startsWithLetter(second) && !figured)
    return [[first, second, ...rest].join('   ')];
  // "Table SR-1⇥Community investment (Rs. '000)⇥2025/26⇥2024/25": the number and its title are one
  // heading over the label column, as the spaced line reads; the years after it head their columns.
  if (isCaptionNumber(first) && startsWithLetter(second) && !isBareFigure(second.trim()))
    return [`${first} ${second}`, ...rest];
  return [...cells];
}

// A column heading: a few words, maybe led by the share sign ("Employees", "% trained", "Training hours").
const COLUMN_HEADING = /^(?:%\s?)?\p{L}[\p{L}\s'’-]{0,30}$/u;

/**
 * Whether cells after a caption's title head columns: two or more short headings of words. A title's
 * unit at its far right ("(Unit: tCO2e)", "in € million") is one cell, and no column's heading.
 */
function headsColumns(cells: readonly string[]): boolean {
  return cells.length >= 2 && cells.every((c) => COLUMN_HEADING.test(c.trim()));
}

/** A caption's number ("Table 6") or a section's ("3.6.5") before a title in words. */
function isHeadingNumber(cell: string): boolean {
  return SECTION_NUMBER.test(cell.trim()) || isCaptionNumber(cell);
}

// A Chinese table number with its section ("表6.2", "表 2-1"), which the caption words leave to the title.
const HAN_TABLE_NUMBER = /^表\s*\d+(?:[.-]\d+)*$/u;

// A table's number led by its section's letters ("Table E-1", "Table SR-1", "Tabla HC-2"), which the caption
// words number with digits only.
const LETTERED_NUMBER = /^\p{L}+\s+\p{Lu}{1,3}[-.]\d+(?:[.-]\d+)*[a-z]?[.:]?$/u;

/** A caption's number alone ("Table 6", "Tablo 4.2", "表6.2", "Table E-1"). */
function isCaptionNumber(cell: string): boolean {
  const text = cell.trim();
  const lettered = LETTERED_NUMBER.test(text) && isCaptionText(text.replace(/\s+\p{Lu}{1,3}[-.]/u, ' '));
  return HAN_TABLE_NUMBER.test(text) || lettered || (isCaptionText(text) && text.split(/\s+/).length <= 2);
}

function startsWithLetter(cell: string): boolean {
  return /^\p{L}/u.test(cell.trim());
}

/** A text line's indent and text, as the document reader gives it. */
interface TabLine {
  readonly no: number;
  readonly text: string;
  readonly indent?: number;
}

/**
 * A group heading cut at a tab ("Scope 1⇥Direct emissions", "範圍一⇥直接排放") over rows indented under
 * it: two cells of words, neither a figure, the next line indented deeper and holding a figure. Aligned
 * with spaces it is one cell of words (a heading the rows below belong to), not a header of two
 * columns; joined back so. Any other line's cells are returned as they are.
 */
export function joinGroupHeading(
  cells: readonly string[],
  line: TabLine,
  next: TabLine | undefined,
): string[] {
  if (cells.length !== 2 || !next || cells.some((c) => isBareFigure(c.trim()) || !startsWithLetter(c)))
    return [...cells];
  const deeper = next.no === line.no + 1 && (next.indent ?? 0) > (line.indent ?? 0);
  const figure = next.text.split('\t').some((c) => isBareFigure(c.trim()));
  return deeper && figure ? [cells.join(' ')] : [...cells];
}

import { isCaptionText } from '../clean/index.js';

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
  return [...cells];
}

/** A caption's number ("Table 6") or a section's ("3.6.5") before a title in words. */
function isHeadingNumber(cell: string): boolean {
  const text = cell.trim();
  return SECTION_NUMBER.test(text) || (isCaptionText(text) && text.split(/\s+/).length <= 2);
}

function startsWithLetter(cell: string): boolean {
  return /^\p{L}/u.test(cell.trim());
}

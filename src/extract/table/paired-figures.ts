import { parseCellValue } from '../numbers/index.js';
import { valueWithUnit } from './split-row.js';
import { looksLikeUnit } from './unit-cell.js';
import { parseYearCell } from './year-cell.js';

/**
 * Key figures printed as name and figure pairs side by side with no year over them ("Employees | 3,100
 * | Women in management | 31.5%"), as a report's "at a glance" page lays them out two or three to a
 * line. Read as one row, the second name would sit between the first figure and the last, and the
 * first figure would pass for the row's unit; each pair is a figure of its own.
 */

// A figure as a glance page prints it with its unit, which the unit reader may not know: "422,539 oz",
// "US$ 1,366,430k", "US$ 1,250/oz", "6,348,600 t".
const PRINTED_FIGURE = /^(?:\p{Lu}{0,3}[$€£¥₹]\s?)?\d[\d,.]*\s?(?:%|\p{L}{1,6}(?:\/\p{L}{1,6})?)?$/u;

/** A cell holding one figure (with or without its unit), never a year. */
function isFigure(cell: string): boolean {
  if (parseYearCell(cell) !== undefined) return false;
  return (
    parseCellValue(cell)?.kind === 'value' ||
    valueWithUnit(cell) !== undefined ||
    PRINTED_FIGURE.test(cell.trim())
  );
}

/** A cell naming a figure: words, not a unit, a figure or a year. */
function isName(cell: string): boolean {
  return /\p{L}{3}/u.test(cell) && !/^\s*[\d(]/u.test(cell) && !looksLikeUnit(cell) && !isFigure(cell);
}

/** The number of name-and-figure pairs a row prints side by side (two or more), else 0. */
export function figurePairs(cells: readonly string[]): number {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 4 || filled.length % 2 !== 0) return 0;
  const paired = filled.every((c, i) => (i % 2 === 0 ? isName(c) : isFigure(c)));
  return paired ? filled.length / 2 : 0;
}

/** The filled cells of a row cut into its name-and-figure pairs. */
export function cutPairs(cells: readonly string[]): string[][] {
  const filled = cells.filter((c) => c.trim() !== '');
  return Array.from({ length: filled.length / 2 }, (_, i) => filled.slice(2 * i, 2 * i + 2));
}

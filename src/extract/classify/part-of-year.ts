import type { Mention } from '../mention/index.js';

// A quarter or half of the year heading a column: "Q1", "Q3 2025", "H2", "1Q", "2nd quarter", "1st half".
const PART_OF_YEAR =
  /^(?:q[1-4]|[1-4]q|h[12]|[12]h|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter|(?:1st|2nd|first|second)\s+half)(?:\s*(?:fy)?\s*'?\d{2,4})?$/i;

/**
 * True for a table figure in a column or row of one quarter or half of the year ("Q1 | Q2 | Q3 | Q4 | Year"):
 * a part of the year's figure, never the year's figure itself, so it takes no metric of the year.
 */
export function partOfYear(m: Mention): boolean {
  return m.kind === 'table' && [m.column ?? '', m.label].some((t) => PART_OF_YEAR.test(t.trim()));
}

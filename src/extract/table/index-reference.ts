import { isPageOrSection } from '../content-index/index.js';
import type { TableBlock } from './segment.js';

/**
 * A disclosure index that prints each metric's value ("E3 | Energy usage | 11,204 GJ | 5.2 |
 * Reported", as the ESG indexes of Gulf and Nordic exchanges ask): the section or page the value is
 * on, then whether it is reported. The reference is where to read, no figure of the year; the
 * content-index reader keeps only indexes of codes it knows, so the table reader meets these.
 */

// An index's status words: only an index ends its rows in them.
const STATUS_WORD = /^(?:(?:fully|partially|partly|not)\s+)?reported$|^omitted$/i;
// "N/A" ends a data row too ("Fatalities | 0 | 0 | N/A"): a status only inside an index.
const NOT_APPLICABLE = /^(?:n\/?a|not applicable)$/i;
// Rows ending in a reference and a status word that make a table an index.
const MIN_INDEX_ROWS = 3;

/** The filled cells' positions that end a row in a reference and a status, if it does. */
function referenceTail(cells: readonly string[], anyStatus: boolean): number | undefined {
  const filled = cells.flatMap((text, index) => (text.trim() === '' ? [] : [{ text: text.trim(), index }]));
  const status = filled[filled.length - 1];
  const reference = filled[filled.length - 2];
  if (!status || !reference || filled.length < 3) return undefined;
  const isStatus = STATUS_WORD.test(status.text) || (anyStatus && NOT_APPLICABLE.test(status.text));
  const isReference = isPageOrSection(reference.text) || /^[-–—]$/.test(reference.text);
  return isStatus && isReference ? reference.index : undefined;
}

/** Whether a block is a disclosure index: rows that end in a section or page reference and a status word. */
export function isDisclosureIndex(block: TableBlock): boolean {
  return block.rows.filter((r) => referenceTail(r.cells, false) !== undefined).length >= MIN_INDEX_ROWS;
}

/** A row of a disclosure index without its reference and status cells: what is left names and values the metric. */
export function withoutReference(cells: readonly string[]): readonly string[] {
  const at = referenceTail(cells, true);
  return at === undefined ? cells : cells.slice(0, at);
}

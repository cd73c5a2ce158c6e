import { parseCellValue, type CellValue } from '../numbers/index.js';
import { looksLikeUnit } from './unit-cell.js';

/** A value cell of a table row and its column. */
export interface ValueCell {
  readonly index: number;
  readonly cell: CellValue;
}

/** A table row taken apart: the text cells that name it, its unit cell and its value cells. */
export interface RowParts {
  /** Text cells left of the values, words cut by a tab joined again. Each keeps its column. */
  readonly labels: readonly { readonly index: number; readonly text: string }[];
  /** A cell that holds only a unit ("Person", "kWh"), if the row has one. */
  readonly unit: string;
  /** Value and no-data cells, left to right. */
  readonly values: readonly ValueCell[];
}

// A cell with neither letters nor digits (")", "_") is layout debris, not a label.
const DEBRIS = /^[^\p{L}\p{N}]*$/u;

/**
 * Splits a row. Values are the run of figure cells at the right end; left of them sit the label
 * cells and possibly a unit cell. A word the layout cut with a tab ("Total e", "mployees") is
 * joined again: a cell ending in a lower-case letter followed by one starting with one.
 */
export function splitRow(cells: readonly string[]): RowParts {
  const values: ValueCell[] = [];
  const trailing = trailingUnit(cells);
  let end = trailing?.index ?? cells.length;
  for (let i = end - 1; i >= 0; i--) {
    const text = cells[i] ?? '';
    if (text === '') continue;
    const cell = parseCellValue(text);
    if (!cell) break;
    values.unshift({ index: i, cell });
    end = i;
  }
  const labels: { index: number; text: string }[] = [];
  for (let i = 0; i < end; i++) {
    const text = cells[i] ?? '';
    if (text === '' || (DEBRIS.test(text) && !looksLikeUnit(text))) continue;
    const prev = labels[labels.length - 1];
    if (
      prev &&
      /[a-z]$/.test(prev.text) &&
      /^[a-z]/.test(text) &&
      !/^by\b/.test(text) &&
      !looksLikeUnit(text)
    ) {
      labels[labels.length - 1] = { index: prev.index, text: prev.text + text };
    } else labels.push({ index: i, text });
  }
  let unit = values.length > 0 && trailing ? trailing.text : '';
  const last = labels[labels.length - 1];
  if (unit === '' && last && labels.length >= 2 && looksLikeUnit(last.text)) {
    unit = last.text;
    labels.pop();
  }
  return { labels, unit, values };
}

/**
 * A unit printed right of the figures ("Diesel | 12,345 | 11,200 | litres", a "Unit" column after
 * the years): the last filled cell, a unit word, with a figure just before it.
 */
function trailingUnit(cells: readonly string[]): { index: number; text: string } | undefined {
  const filled = cells.flatMap((text, index) => (text === '' ? [] : [{ text, index }]));
  const last = filled[filled.length - 1];
  const before = filled[filled.length - 2];
  if (!last || !before || parseCellValue(last.text) || !looksLikeUnit(last.text)) return undefined;
  return parseCellValue(before.text)?.kind === 'value' ? last : undefined;
}

import { findItem, normaliseCode } from '../../core/index.js';
import { figureCells, listedCodes } from './row-cells.js';
import type { RowCode } from './row-code.js';

/**
 * An index that maps its own items to GRI in a last column: an exchange's metric ids ("E1 | GHG
 * emissions | Table 2 | 305-1, 305-2", as the Saudi, Qatari and Abu Dhabi guidance indexes print), a
 * regulator's items ("b) Total amount fined | 4.5 | 75 | 2-27") or a guideline's articles ("Energy use |
 * Article 34 | 4.2 | 302-1, 302-3"). No catalogue here knows the row's own item, and the location
 * sits before the GRI codes rather than after them.
 */

const GRI_DISCLOSURE = /^\d{1,3}-\d{1,2}$/;
// The row's item (an id, a title or both), a location and the code column at least.
const MIN_FILLED = 4;

/** A row whose catalogue codes are in its last cell, read as code | title | location. */
export interface TrailingCodeRow extends RowCode {
  /** The row's cells in the order the index reader expects: code, title, location(s). */
  readonly cells: readonly string[];
  /** Further codes of the last cell, sharing the row's location. */
  readonly also: readonly string[];
}

/** A catalogue disclosure ("305-1", "A1.2"), not a page ("73"), section ("4.2") or page range ("75-76"). */
function isCatalogueCode(text: string): boolean {
  if (!/^[A-D]\d|^\d{1,3}-\d/i.test(text)) return false;
  const code = normaliseCode(/^\d/.test(text) ? `GRI ${text}` : text);
  return code !== undefined && findItem(code) !== undefined;
}

export function trailingCodeRow(cells: readonly string[]): TrailingCodeRow | undefined {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const [item, title, ...rest] = filled;
  const last = rest.pop();
  if (filled.length < MIN_FILLED || !item || !title || last === undefined) return undefined;
  if (!/\p{L}/u.test(item + title)) return undefined;
  // The item must be the index's own: a row coded by a catalogue code is an ordinary index row, and
  // codes mid-row ("E1 | Energy | 302-1 | 14") have their location after them.
  if ([item, title, ...rest].some((c) => listedCodes(c).some(isCatalogueCode))) return undefined;
  // A data row that ends in a code ("Diesel | litres | 612,480 | 586,240 | 302-1") prints figures.
  if (figureCells(['', title, ...rest], 0) === 'figures') return undefined;
  // A page column ("3, 5") ends many indexes: only GRI disclosures ("305-1, 305-2") make a code column.
  const listed = listedCodes(last);
  if (listed.length === 0 || !listed.every((c) => GRI_DISCLOSURE.test(c))) return undefined;
  const codes = listed
    .map((c) => normaliseCode(`GRI ${c}`))
    .filter((c): c is string => c !== undefined && findItem(c) !== undefined);
  const [code, ...also] = [...new Set(codes)];
  if (code === undefined) return undefined;
  return { code, cell: 0, titled: false, cells: [code, title, ...rest], also };
}

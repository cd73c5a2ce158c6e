import { findItem, normaliseCode } from '../../core/index.js';
import { listedCodes } from './row-cells.js';
import type { RowCode } from './row-code.js';

/**
 * An exchange's own ESG index that maps its metrics to GRI in a last column ("E1 | GHG emissions |
 * Table 2 | 305-1, 305-2", as the Saudi, Qatari and Abu Dhabi guidance indexes print): the row is
 * coded by the exchange's metric id, which no catalogue here knows, and the location sits before
 * the GRI codes rather than after them.
 */

// The exchange's own metric id the row starts with: "E1", "S11", "G9", "C-E1", "SS-E2".
const OWN_METRIC_ID = /^[A-Z]{1,3}(?:-[A-Z]{1,3})?-?\d{1,2}(?:\.\d{1,2})?$/;
const GRI_DISCLOSURE = /^\d{1,3}-\d{1,2}$/;
// Metric id, metric name, location and the code column at least.
const MIN_FILLED = 4;

/** A row whose catalogue codes are in its last cell, read as code | title | location. */
export interface TrailingCodeRow extends RowCode {
  /** The row's cells in the order the index reader expects: code, title, location(s). */
  readonly cells: readonly string[];
  /** Further codes of the last cell, sharing the row's location. */
  readonly also: readonly string[];
}

export function trailingCodeRow(cells: readonly string[]): TrailingCodeRow | undefined {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const [id, title, ...rest] = filled;
  const last = rest.pop();
  if (filled.length < MIN_FILLED || !id || !title || last === undefined || !OWN_METRIC_ID.test(id))
    return undefined;
  // The exchange's id must be its own: a row coded by a catalogue code is an ordinary index row.
  const own = normaliseCode(id);
  if (own !== undefined && findItem(own) !== undefined) return undefined;
  // A page column ("3, 5") ends many indexes: only GRI disclosures ("305-1, 305-2") make a code column,
  // and only when no cell before it holds codes (then the codes sit mid-row and a location follows).
  const listed = listedCodes(last);
  if (!listed.every((c) => GRI_DISCLOSURE.test(c)) || rest.some((c) => listedCodes(c).length > 0))
    return undefined;
  const codes = listed
    .map((c) => normaliseCode(`GRI ${c}`))
    .filter((c): c is string => c !== undefined && findItem(c) !== undefined);
  const [code, ...also] = [...new Set(codes)];
  if (code === undefined) return undefined;
  return { code, cell: 0, titled: false, cells: [code, title, ...rest], also };
}

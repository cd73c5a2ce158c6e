import { dimsKey } from '../fact-index/index.js';
import type { Figure } from '../precision/index.js';
import { tableLineOf } from './table-grid.js';

/** The furthest a converted row is printed below the row of its input ("1. Coal, t" over "1.1 … tce"). */
const MAX_ROWS_APART = 2;

/**
 * Where several rows name a factor's carrier in its input unit (coal produced, sold and burnt), the
 * one printed right above the converted row: a fuel table gives each fuel in tonnes, then the same
 * fuel in tce on the next line. Undefined unless exactly one input row is that close.
 */
export function inputRowAbove(inputs: readonly Figure[], output: Figure | undefined): Figure | undefined {
  const at = output ? tableLineOf(output) : undefined;
  if (at === undefined) return undefined;
  const above = inputs.filter((g) => {
    const line = tableLineOf(g);
    return line !== undefined && line < at && at - line <= MAX_ROWS_APART;
  });
  return above.length === 1 ? above[0] : undefined;
}

/** A row's name as printed, spaces and case aside. */
function rowName(f: Figure): string {
  return (f.fact.label ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Where several rows name a factor's carrier in its input unit (gas produced and gas burnt), the one
 * named as the converted row is: a fuel table that gives each carrier "in natural units" and again "in
 * tonnes of coal equivalent" repeats the row's name in both blocks. Undefined unless exactly one is.
 */
export function inputRowNamedAlike(
  inputs: readonly Figure[],
  output: Figure | undefined,
): Figure | undefined {
  const name = output ? rowName(output) : '';
  if (name === '' || tableLineOf(output as Figure) === undefined) return undefined;
  const same = inputs.filter((g) => tableLineOf(g) !== undefined && rowName(g) === name);
  return same.length === 1 ? same[0] : undefined;
}

/**
 * Where a carrier's input is printed by site beside the whole (a site table's "Diesel ('000 litres)"
 * row: one column per kitchen, then the group) and the converted row is printed once, for the whole,
 * the input of the converted row's own breakdown: the group's litres for the group's tonnes. Undefined
 * unless exactly one input is of that breakdown and every other input is printed on its row.
 */
export function inputRowOfSameBreakdown(
  inputs: readonly Figure[],
  output: Figure | undefined,
): Figure | undefined {
  if (!output || tableLineOf(output) === undefined) return undefined;
  const key = dimsKey(output.fact.dims);
  const same = inputs.filter((g) => tableLineOf(g) !== undefined && dimsKey(g.fact.dims) === key);
  const [input] = same;
  // The other inputs must be the parts printed on that row: inputs from other rows are other measures.
  const line = input ? tableLineOf(input) : undefined;
  return same.length === 1 && inputs.every((g) => tableLineOf(g) === line) ? input : undefined;
}

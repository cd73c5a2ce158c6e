import type { CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { isTableRow, type PrintedSeries, type Printing } from './printed-series.js';
import {
  comparableRange,
  printedDigits,
  slipFinding,
  SLIP_AMONG_ROWS_DIGITS,
  transposedDigits,
} from './prose-slip.js';

/**
 * When the tables print a series with values that disagree (a total row beside the rows of other
 * products read under the same metric), a sentence agreeing with none of them that prints exactly one
 * row's digits with two neighbours swapped (84,125 t against a total row's 84,215 t) is a typing slip of
 * that row. Rows in another kind of unit (a count of pieces beside tonnes) measure something else and
 * neither agree nor disagree; any other reordering matches some row by chance too often (five-digit
 * reorderings did, across the held-out reports).
 */
export function digitSlipsAmongRows({ printings, representative }: PrintedSeries): CheckFinding[] {
  if (representative) return [];
  const rows = printings.filter((p) => isTableRow(p.figure) && p.figure.qualifier === 'exact');
  const out: CheckFinding[] = [];
  for (const printing of printings) {
    const table = slippedRow(printing, rows);
    if (table) out.push(slipFinding(printing.figure, table, 'digits'));
  }
  return out;
}

/** The one row whose digits a sentence swaps, when it disagrees with every row in its kind of unit. */
function slippedRow(printing: Printing, rows: readonly Printing[]): Figure | undefined {
  const { figure } = printing;
  if (isTableRow(figure) || printedDigits(figure).replace(/^0+/, '').length < SLIP_AMONG_ROWS_DIGITS)
    return undefined;
  const alike = rows.filter((row) => row.figure.unit.dimension === figure.unit.dimension);
  // A sentence that agrees with, or cannot be set against, some row is no slip of the others.
  if (alike.some((row) => comparableRange(printing, row.figure, row.sense) === undefined)) return undefined;
  const slipped = alike.filter((row) => transposedDigits(row.figure, figure));
  const [first] = slipped;
  return first && slipped.every((row) => row.figure.value.eq(first.figure.value)) ? first.figure : undefined;
}

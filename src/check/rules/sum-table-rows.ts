import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showNumber,
  type CheckFinding,
} from '../finding/index.js';
import { addIntervals, overlaps, type Figure, type Interval } from '../precision/index.js';
import { isAdditive } from './metric-kind.js';
import type { Rule } from './rule.js';
import { gridBlocks, gridRows, isTotalLabel, isZero, valueSum, type GridRow } from './table-grid.js';

/** Most rows one total is tried against (a Scope 3 table has 15 categories). */
const MAX_PARTS = 16;
/**
 * A column confirms which rows a total adds when its total is at least this large (or printed with
 * decimals): small whole counts (2 = 1 + 1) add up by chance over some run of rows.
 */
const CONFIRMING_TOTAL = 100;

/** How one run of rows above a total fares in each column. */
interface Trial {
  readonly parts: readonly GridRow[];
  /** Columns where the run adds to the total and the sum says something (a large, non-trivial total). */
  readonly confirming: number;
  /** Columns where it does not add to the total, with the sum's range. */
  readonly misses: readonly { readonly column: number; readonly sum: Interval }[];
}

/**
 * A row labelled as a total against the rows printed above it, read from the table itself: the run of
 * rows (or sub-totals) that adds up to the total in every other column must add up to it in this one
 * too. Needs no metric, so it holds for rows extraction could not name; a total whose rows add up in
 * no column (a total of something else, parts left out of the table) is not judged.
 */
export const sumTableRowsRule: Rule = {
  id: 'sum.table-rows',
  title: "A table's total row is the sum of the rows it adds in the other columns",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const block of gridBlocks(gridRows(ctx.facts.figures, (f) => isAdditive(ctx.kindOf(f))))) {
      const columns = block[0]?.cells.length ?? 0;
      if (columns < 2) continue;
      // The rows a total below may add: printed rows, and totals standing for the rows they were found to add.
      const items: GridRow[] = [];
      for (const row of block) {
        if (!isTotalLabel(row.label)) {
          items.push(row);
          continue;
        }
        const trial = bestRun(items, row, columns);
        if (trial && trial.misses.length === 0) items.splice(items.length - trial.parts.length);
        else if (trial && trial.misses.length === 1 && trial.confirming >= 1) {
          out.push(...trial.misses.map((m) => finding(row, trial, m.column, m.sum)));
          items.splice(items.length - trial.parts.length);
        }
        items.push(row);
      }
    }
    return out;
  },
};

/**
 * The shortest run of rows right above the total that adds up to it in every column, else the
 * shortest that adds up in all columns but one; undefined when no run confirms anything.
 */
function bestRun(items: readonly GridRow[], total: GridRow, columns: number): Trial | undefined {
  let slip: Trial | undefined;
  for (let k = 2; k <= Math.min(items.length, MAX_PARTS); k += 1) {
    const trial = tryRun(items.slice(-k), total, columns);
    if (trial.confirming === 0) continue;
    if (trial.misses.length === 0) return trial;
    if (trial.misses.length === 1 && !slip) slip = trial;
  }
  return slip;
}

function tryRun(parts: readonly GridRow[], total: GridRow, columns: number): Trial {
  let confirming = 0;
  const misses: { column: number; sum: Interval }[] = [];
  for (let j = 0; j < columns; j += 1) {
    const cells = parts.map((p) => p.cells[j]);
    const whole = total.cells[j];
    if (!whole || cells.some((c) => c === undefined)) return { parts, confirming: 0, misses: [] };
    const figures = cells as Figure[];
    const sum = addIntervals(figures.map((c) => c.range));
    if (!overlaps(sum, whole.range)) misses.push({ column: j, sum });
    else if (confirms(whole, figures)) confirming += 1;
  }
  return { parts, confirming, misses };
}

/** A column whose adding up is no chance: a large or fractional total over at least two non-zero rows. */
function confirms(whole: Figure, parts: readonly Figure[]): boolean {
  const large = whole.value.abs().gte(CONFIRMING_TOTAL) || !whole.value.isInteger();
  return large && parts.filter((p) => !isZero(p)).length >= 2;
}

function finding(total: GridRow, trial: Trial, column: number, sum: Interval): CheckFinding {
  const whole = total.cells[column] as Figure;
  const parts = trial.parts.map((p) => p.cells[column] as Figure);
  const places = Math.max(placesOf(whole), ...parts.map(placesOf));
  const expected = valueSum(parts);
  const rows = trial.parts.map((p) => `"${p.label.trim()}" (line ${p.line})`).join(', ');
  return makeFinding(sumTableRowsRule.id, {
    severity: severityFor('error', [whole, ...parts]),
    message:
      `"${total.label.trim()}" (line ${total.line}) prints ${showFigure(whole)} for ` +
      `${whole.fact.period.year}, but the rows it adds in the table's other columns (${rows}) add up to ` +
      `${showNumber(expected, places)} in this one (range ${showNumber(sum.lo, places)}–${showNumber(sum.hi, places)}).`,
    figures: [whole, ...parts],
    expected: decimalString(expected, places),
    actual: decimalString(whole.value, placesOf(whole)),
  });
}

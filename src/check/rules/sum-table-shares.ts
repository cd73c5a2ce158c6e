import { dec } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showNumber,
  type CheckFinding,
} from '../finding/index.js';
import { overlaps, type Figure } from '../precision/index.js';
import type { Rule } from './rule.js';
import { cellsByYear, gridBlocks, gridRows, isZero, rangeSum, valueSum, type GridRow } from './table-grid.js';

const HUNDRED = dec(100);
/**
 * Farthest a row's shares may lie from 100% and still be read as a split of one whole: a slipped
 * digit in a split (76.0 for 74.0) lands near 100, while rates side by side (turnover 12% and 15%,
 * bonus receipt 68% and 64%) land far from it.
 */
const NEAR = dec(15);
/** Rows of rates, not splits: their cells never add up to a whole. */
const NOT_A_SPLIT =
  /\b(?:rate|turnover|retention|return|growth|change|increase|decrease|ratio|intensity|receiving|coverage|completion|average)\b/i;

/** One year's shares in one row. */
interface YearShares {
  readonly row: GridRow;
  readonly cells: readonly Figure[];
}

/**
 * Shares of one whole printed side by side (`Men (%)  Women (%)` by pay quartile; `<30  30–50  >50`
 * each year), read from the table itself: when the shares of a year add up to 100% in at least two rows
 * of the table, a row whose shares come near 100% but miss it is an error. Needs no metric and no column
 * names; rows far from 100% are rates side by side, not splits, and are not judged.
 */
export const sumTableSharesRule: Rule = {
  id: 'sum.table-shares',
  title: "A table's shares of one whole add up to 100%",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const rows = gridRows(ctx.facts.figures, (f) => f.unit.symbol === '%');
    for (const block of gridBlocks(rows)) {
      const groups = block.filter((r) => !NOT_A_SPLIT.test(r.label)).flatMap(yearShares);
      const confirmed = groups.filter(
        (g) => addsUp(g) === true && g.cells.filter((c) => !isZero(c)).length >= 2,
      );
      const misses = groups.filter((g) => addsUp(g) === false && near(g));
      if (confirmed.length < 2 || confirmed.length < 2 * misses.length) continue;
      out.push(...misses.map((g) => finding(g, confirmed.length)));
    }
    return out;
  },
};

/** The row's cells of each year printed in two or more columns. */
function yearShares(row: GridRow): YearShares[] {
  return cellsByYear(row)
    .filter((cells) => cells.length >= 2)
    .map((cells) => ({ row, cells }));
}

/** Whether the shares add up to 100% within their printed precision; undefined when they cannot be added. */
function addsUp(g: YearShares): boolean | undefined {
  const unit = g.cells[0]?.unit;
  const sum = unit && rangeSum(g.cells, unit);
  return sum && overlaps(sum, { lo: HUNDRED, hi: HUNDRED });
}

function near(g: YearShares): boolean {
  const unit = g.cells[0]?.unit;
  return unit !== undefined && valueSum(g.cells, unit).minus(HUNDRED).abs().lte(NEAR);
}

function finding(g: YearShares, confirmed: number): CheckFinding {
  const unit = g.cells[0]?.unit;
  const sum = unit ? valueSum(g.cells, unit) : HUNDRED;
  const places = Math.max(...g.cells.map(placesOf));
  const shown = g.cells.map(showFigure).join(' + ');
  const first = g.cells[0] as Figure;
  return makeFinding(sumTableSharesRule.id, {
    severity: severityFor('error', [...g.cells]),
    message:
      `"${g.row.label.trim()}" (line ${g.row.line}) splits a whole into ${shown} for ` +
      `${first.fact.period.year}, which adds up to ${showNumber(sum, places)}%, not 100%; the same columns ` +
      `add up to 100% in ${confirmed} other places in the table.`,
    figures: [...g.cells],
    expected: '100',
    actual: decimalString(sum, places),
  });
}

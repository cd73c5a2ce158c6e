import { addIntervals, overlaps, type Figure, type Interval } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import type { RuleContext } from './rule.js';
import { isSubItemLabel, tableCellOf, tableCellsByLine } from './table-grid.js';

/** Rows of one table sit together; a window wider than this spans more than one table. */
const ONE_TABLE_LINES = 40;

/**
 * A line of the total's table: undefined when it prints no table figure (a header, a wrapped label),
 * else its row figure, a figure of the total's year and kind of quantity that is no sub-item ("of
 * which …"); one per line, since a row printed in two units ("GWh | TJ") is one row.
 */
function tableLine(
  ctx: RuleContext,
  total: Figure,
  line: number,
  page: number | undefined,
): { row: Figure | undefined } | undefined {
  const onLine = (tableCellsByLine(ctx.facts.figures).get(line) ?? []).filter(
    (f) => tableCellOf(f)?.page === page,
  );
  if (onLine.length === 0) return undefined;
  const rows = onLine.filter(
    (f) =>
      f.fact.period.year === total.fact.period.year &&
      f.fact.basis === total.fact.basis &&
      f.unit.dimension === total.unit.dimension &&
      !isSubItemLabel(f.fact.label ?? '') &&
      rangeIn(f, total.unit, total) !== undefined,
  );
  // In a table of columns by gender ("Men | Women | Total"), a women's total takes the women's column.
  const sameColumn = (f: Figure) =>
    Object.entries(total.fact.dims).every(([key, value]) => f.fact.dims[key] === value);
  return { row: rows.find(sameColumn) ?? rows[0] };
}

/**
 * The rows of a table block right above a line, up to its header (the first line without a table
 * figure; one such line is stepped over when a row sits right above it: the second line of a wrapped
 * label, or the figures printed again in brackets in another unit).
 */
function rowsAbove(ctx: RuleContext, total: Figure, line: number, page: number | undefined): Figure[] {
  const out: Figure[] = [];
  for (let at = line - 1; at > 0 && at >= line - ONE_TABLE_LINES; at--) {
    let here = tableLine(ctx, total, at, page);
    if (!here && at > 1 && tableLine(ctx, total, at - 1, page)) here = tableLine(ctx, total, --at, page);
    if (!here) break;
    if (here.row) out.push(here.row);
  }
  return out;
}

/** The total and its other printings in a table (a glance box's figure as its own table prints it). */
function tablePrintings(ctx: RuleContext, total: Figure): Figure[] {
  const again = ctx.facts.figures.filter(
    (f) =>
      f !== total &&
      tableCellOf(f) !== undefined &&
      f.fact.metric === total.fact.metric &&
      f.fact.period.year === total.fact.period.year &&
      JSON.stringify(f.fact.dims) === JSON.stringify(total.fact.dims) &&
      overlaps(rangeIn(f, total.unit, total) ?? f.range, total.range),
  );
  return [total, ...again];
}

/** The figures added up in the total's unit; undefined when one cannot be converted to it. */
function sumIn(figures: readonly Figure[], total: Figure): Interval | undefined {
  const ranges = figures.map((f) => rangeIn(f, total.unit, total));
  return ranges.every((r) => r !== undefined) ? addIntervals(ranges) : undefined;
}

/**
 * True when a breakdown falls short of its total but the other rows of the total's table (among the
 * parts and right above them) make it up: the report adds up, and only the reading of those rows as
 * parts is in doubt ("Brackish groundwater" under no source, a second "Category 1" row).
 */
export function tableRowsFill(
  ctx: RuleContext,
  total: Figure,
  parts: readonly Figure[],
  sum: Interval,
): boolean {
  const cells = parts.map(tableCellOf);
  if (cells.length === 0 || cells.some((c) => c === undefined)) return false;
  return tablePrintings(ctx, total).some((anchor) => {
    const at = tableCellOf(anchor);
    if (!at || cells.some((c) => c?.page !== at.page)) return false;
    const lines = [at.line, ...cells.map((c) => c?.line ?? 0)];
    const first = Math.min(...lines);
    const last = Math.max(...lines);
    if (last - first > ONE_TABLE_LINES) return false;
    const used = new Set(lines);
    const others: Figure[] = [];
    for (let line = first + 1; line < last; line++) {
      const row = used.has(line) ? undefined : tableLine(ctx, total, line, at.page)?.row;
      if (row) others.push(row);
    }
    others.push(...rowsAbove(ctx, total, first, at.page).filter((f) => !used.has(tableCellOf(f)?.line ?? 0)));
    const rest = sumIn(others, total);
    return others.length > 0 && rest !== undefined && overlaps(addIntervals([sum, rest]), anchor.range);
  });
}

/**
 * True when parts printed below a table's total are no parts of it: the rows right above the total
 * add up to it ("Groundwater | Surface water | Total withdrawn | Produced water reinjected").
 */
export function rowsAboveMakeTotal(ctx: RuleContext, total: Figure, parts: readonly Figure[]): boolean {
  return tablePrintings(ctx, total).some((anchor) => {
    const at = tableCellOf(anchor);
    if (!at || !parts.some((p) => (tableCellOf(p)?.line ?? 0) > at.line)) return false;
    const above = rowsAbove(ctx, anchor, at.line, at.page);
    const sum = sumIn(above, anchor);
    return above.length > 0 && sum !== undefined && overlaps(sum, anchor.range);
  });
}

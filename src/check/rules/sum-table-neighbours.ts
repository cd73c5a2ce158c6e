import { addIntervals, overlaps, type Figure, type Interval } from '../precision/index.js';
import { rangeIn } from './convert-figure.js';
import type { RuleContext } from './rule.js';
import { isSubItemLabel, tableCellOf } from './table-grid.js';

/**
 * The rows a total's table prints among and around the parts a sum relation names: other rows that
 * may be parts too, rows between the last part and the total, and whether the report's own rows add
 * up. The sum-components rule asks them before it calls a total wrong.
 */

/**
 * True when the total is a row of its parts' table printed between them ("Scope 1 total | Electricity
 * (location-based) | … | Scope 2 total"): a row among the parts is one of their items read as the
 * total, not the total they make up.
 */
export function printedAmong(total: Figure, parts: readonly Figure[]): boolean {
  const at = tableCellOf(total);
  const cells = parts.map(tableCellOf);
  if (!at || cells.length < 2 || cells.some((c) => c === undefined || c.page !== at.page)) return false;
  const lines = cells.map((c) => c?.line ?? 0);
  const [first, last] = [Math.min(...lines), Math.max(...lines)];
  return first < at.line && at.line < last && last - first <= 40;
}

/**
 * True when the rows of the total's own table add up to it once the other rows printed among the
 * parts are counted: the report's arithmetic holds and only a row's reading as a part is in doubt
 * ("Waste diverted (recycled)" between the landfill and hazardous rows of a waste total).
 */
export function tableRowsAddUp(
  ctx: RuleContext,
  total: Figure,
  parts: readonly Figure[],
  sum: Interval,
): boolean {
  // The rows printed between the last part and the total are components too ("Rooftop solar").
  const between = rowsBetween(ctx, total, parts).map((f) => rangeIn(f, total.unit, total));
  if (between.length > 0 && between.every((r) => r !== undefined)) {
    if (overlaps(addIntervals([sum, ...between]), total.range)) return true;
  }
  // Rows naming a breakdown of their own ("Tea leaves (composted)") and rows whose label wraps onto a
  // second line are rows of the table too: try them as well, since the plain rows alone may fall short.
  // The rows among the parts alone come first: the row above them may be the figure they are taken
  // from ("Revenue" over the value distributed), no part of it.
  return [false, true].some((loose) =>
    [false, true].some((above) => {
      const others = otherRows(ctx, total, parts, loose, above);
      if (!others || others.length === 0) return false;
      const ranges = others
        .map((f) => rangeIn(f, total.unit, total))
        .filter((r): r is Interval => r !== undefined);
      return overlaps(addIntervals([sum, ...ranges]), total.range);
    }),
  );
}

/**
 * The other figures printed among a total's parts in its table, that could be parts too (same year
 * and basis, same kind of quantity, no breakdown), and unless `above` is false those right above
 * them; undefined when the total and its parts are not rows of one table.
 */
export function otherRows(
  ctx: RuleContext,
  total: Figure,
  parts: readonly Figure[],
  loose = false,
  above = true,
): Figure[] | undefined {
  const cells = [total, ...parts].map(tableCellOf);
  if (cells.some((c) => c === undefined)) return undefined;
  const lines = cells.map((c) => c?.line ?? 0);
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const page = cells[0]?.page;
  // Rows of one table sit together; a window wider than this spans more than one table.
  if (last - first > 40) return undefined;
  const used = new Set<Figure>([total, ...parts]);
  const usedLines = new Set(lines);
  const year = total.fact.period.year;
  const others: Figure[] = [];
  for (const f of ctx.facts.figures) {
    const cell = tableCellOf(f);
    if (!cell || used.has(f) || cell.line <= first || cell.line >= last || cell.page !== page) continue;
    if (f.fact.period.year !== year || f.fact.basis !== total.fact.basis) continue;
    if (f.unit.dimension !== total.unit.dimension || (!loose && Object.keys(f.fact.dims).length > 0))
      continue;
    // Another printing on a part's own row (its value in another unit) is that part again.
    if (usedLines.has(cell.line)) continue;
    if (rangeIn(f, total.unit, total)) others.push(f);
  }
  return above ? [...others, ...rowsAbove(ctx, total, first, page, used, loose)] : others;
}

/**
 * Rows printed right above the first part, up to the first line without a table figure (the table's
 * header): candidates for parts just like the rows among them. `loose` also takes rows with a
 * breakdown of their own and steps over one line without figures when a row sits right above it
 * (the second line of a wrapped label: "Spent hops (sold as" over "  cattle feed)").
 */
function rowsAbove(
  ctx: RuleContext,
  total: Figure,
  first: number,
  page: number | undefined,
  used: ReadonlySet<Figure>,
  loose: boolean,
): Figure[] {
  const rowAt = (line: number) =>
    ctx.facts.figures.filter((f) => {
      const cell = tableCellOf(f);
      return cell?.line === line && cell.page === page && !used.has(f);
    });
  const out: Figure[] = [];
  for (let line = first - 1; line > 0 && line >= first - 40; line--) {
    let row = rowAt(line);
    if (row.length === 0 && loose && line > 1 && rowAt(line - 1).length > 0) row = rowAt(--line);
    if (row.length === 0) break;
    out.push(
      ...row.filter(
        (f) =>
          f.fact.period.year === total.fact.period.year &&
          f.unit.dimension === total.unit.dimension &&
          (loose || Object.keys(f.fact.dims).length === 0),
      ),
    );
  }
  return out;
}

/**
 * The figures of the same quantity printed after the last part and right before the total in their
 * table (up to 6 lines), that are not sub-items ("of which …").
 */
export function rowsBetween(ctx: RuleContext, total: Figure, parts: readonly Figure[]): Figure[] {
  const at = tableCellOf(total);
  const lines = parts.map((p) => tableCellOf(p)?.line);
  if (!at || lines.some((l) => l === undefined)) return [];
  const last = Math.max(...lines.map((l) => l ?? 0));
  if (last >= at.line || at.line - last > 6) return [];
  return ctx.facts.figures.filter((f) => {
    const cell = tableCellOf(f);
    if (!cell || cell.line <= last || cell.line >= at.line || cell.page !== at.page) return false;
    if (f.fact.period.year !== total.fact.period.year || f.fact.basis !== total.fact.basis) return false;
    if (f.unit.dimension !== total.unit.dimension || Object.keys(f.fact.dims).length > 0) return false;
    return !isSubItemLabel(f.fact.label ?? '') && rangeIn(f, total.unit, total) !== undefined;
  });
}

import {
  decimalString,
  makeFinding,
  placesOf,
  severityFor,
  showFigure,
  showNumber,
  type CheckFinding,
} from '../finding/index.js';
import { overlaps, type Figure, type Interval } from '../precision/index.js';
import { isAdditive } from './metric-kind.js';
import type { Rule } from './rule.js';
import {
  gridBlocks,
  gridRows,
  isSubItemLabel,
  isTotalLabel,
  rangeSum,
  valueSum,
  type GridRow,
} from './table-grid.js';
import { formulaRows, ownMark } from './lettered-rows.js';
import { blockOutline, numberedLines } from './outline-rows.js';
import { ofWhichItems } from './of-which-rows.js';
import { columnCells, dashedRows, type ColumnCell } from './dashed-rows.js';
import { bestRun, confirms, figuresOf, MAX_PARTS, ownCell, tryRun, type Trial } from './row-runs.js';

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
    const numbered = numberedLines(ctx.facts.figures);
    const rows = gridRows(ctx.facts.figures, (f) => isAdditive(ctx.kindOf(f)), true);
    for (const block of gridBlocks(rows)) {
      const columns = block[0]?.cells.length ?? 0;
      if (columns === 1) out.push(...loneColumn(block));
      if (columns < 2) continue;
      const outline = blockOutline(block, numbered);
      // Rows printing a dash for a column ("Capelin | 62,480 | 41,260 | –") are parts adding nothing there.
      const dashed = dashedRows(block, rows);
      const cellAt = columnCells(dashed);
      const ordered = [...block, ...dashed.keys()].sort((a, b) => a.line - b.line);
      // The rows a total below may add: printed rows, and totals standing for the rows they were found to add.
      let items: GridRow[] = [];
      const marked = new Map<string, GridRow>();
      for (const row of ordered) {
        if (dashed.has(row)) {
          items.push(row);
          continue;
        }
        const named = formulaRows(row, marked);
        const byFormula = named && tryRun(named, row, columns, cellAt);
        // A formula that adds up in no column is not what the rows were read as: judged by runs below.
        if (named && byFormula && byFormula.misses.length < columns) {
          out.push(
            ...byFormula.misses.map((m) =>
              finding(row, byFormula, m.column, m.sum, cellAt, 'error', FORMULA_BASIS),
            ),
          );
          items = [...items.filter((i) => !named.includes(i)), row];
          continue;
        }
        const mark = ownMark(row.label);
        if (mark) marked.set(mark, row);
        // "of which black liquor" under "Fuels from renewable sources" is already in the row above it,
        // as item "1.2" is in item "1." above it.
        if (isSubItemLabel(row.label) || outline.subItems.has(row)) continue;
        const numberedItems = outline.items.get(row);
        const listed = numberedItems ?? ofWhichItems(block, row);
        const byItems = listed && tryRun(listed, row, columns, cellAt);
        const basis = numberedItems ? OUTLINE_BASIS : OF_WHICH_BASIS;
        // Items that add up in no column, or miss in several, are no parts of the whole ("including" rows).
        if (byItems && byItems.confirming >= 1 && byItems.misses.length <= 1) {
          out.push(
            ...byItems.misses.map((m) => finding(row, byItems, m.column, m.sum, cellAt, 'error', basis)),
          );
          items.push(row);
          continue;
        }
        if (!isTotalLabel(row.label)) {
          items.push(row);
          continue;
        }
        const trial = bestRun(items, row, columns, cellAt);
        if (trial && trial.misses.length === 0) items.splice(items.length - trial.parts.length);
        else if (trial && trial.misses.length === 1 && trial.confirming >= 1) {
          const misses = trial.misses.filter((m) => !passedOver(rows, ordered, trial.parts, row, m.column));
          out.push(...misses.map((m) => finding(row, trial, m.column, m.sum, cellAt)));
          items.splice(items.length - trial.parts.length);
        }
        items.push(row);
      }
    }
    return out;
  },
};

/**
 * True when a row the block passed over lies among the total's parts and prints the total's column:
 * a row with "n.a." in the confirming column (a grinding centre that makes no clinker) still adds
 * to the column it prints, so which rows the total adds there is not known.
 */
function passedOver(
  rows: readonly GridRow[],
  block: readonly GridRow[],
  parts: readonly GridRow[],
  total: GridRow,
  column: number,
): boolean {
  const whole = total.cells[column];
  const first = parts[0];
  if (!whole || !first) return false;
  const key = cellKey(whole);
  return rows.some(
    (r) =>
      r.line > first.line &&
      r.line < total.line &&
      !block.includes(r) &&
      // The other half of a line the block reads (a table printed beside it) is no row it passed over.
      !block.some((b) => b.line === r.line) &&
      r.cells.some((c) => cellKey(c) === key),
  );
}

function cellKey(f: Figure): string {
  return `${f.fact.period.year}/${f.fact.basis}/${f.printedUnit.symbol}`;
}

/**
 * A table of one column (a single-year template, `Disclosure | Quantity | Units`) has no other column
 * to tell which rows a total adds. A total is taken to add all the rows since the table's start or the
 * last total when those rows come within a quarter of it: a warning, since a part may be left out of
 * the table. A total some shorter run adds up to exactly, or a whole far from the rows, is not judged.
 */
function loneColumn(block: readonly GridRow[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  let items: GridRow[] = [];
  for (const row of block) {
    if (!isTotalLabel(row.label)) {
      items.push(row);
      continue;
    }
    const parts = items.slice(-MAX_PARTS);
    const trial = bestRun(parts, row, 1, ownCell);
    if (trial) items.splice(items.length - trial.parts.length);
    else {
      const slip = loneSlip(parts, row);
      if (slip) out.push(slip);
      items = [];
    }
    items.push(row);
  }
  return out;
}

/** Farthest the rows' sum may lie from a lone column's total and still be read as its parts. */
const NEAR_TOTAL = 0.25;

function loneSlip(parts: readonly GridRow[], total: GridRow): CheckFinding | undefined {
  const whole = total.cells[0];
  const cells = parts.map((p) => p.cells[0]).filter((c): c is Figure => c !== undefined);
  if (!whole || cells.length < 2 || !confirms(whole, cells)) return undefined;
  const sum = rangeSum(cells, whole.unit);
  if (!sum || overlaps(sum, whole.range)) return undefined;
  const expected = valueSum(cells, whole.unit);
  const gap = expected.minus(whole.value).abs();
  if (gap.gt(whole.value.abs().times(NEAR_TOTAL))) return undefined;
  return finding(total, { parts, confirming: 0, misses: [] }, 0, sum, ownCell, 'warning');
}

/** How a finding knows which rows the total adds: from the other columns, or only from its place. */
const BASIS = {
  error: { rows: "the rows it adds in the table's other columns", add: '' },
  warning: {
    rows: 'the rows above it',
    add: ' The table has no other column to confirm which rows it adds: a part may be left out.',
  },
} as const;

/** A total whose label names the rows it adds ("Total (A+B+C)", BRSR's lettered rows). */
const FORMULA_BASIS = { rows: 'the rows its label adds', add: '' } as const;

/** A whole whose items are numbered under its own number ("1." over "1.1" … "1.4"). */
const OUTLINE_BASIS = { rows: 'the items numbered under it', add: '' } as const;

/** A whole whose parts are listed under it as "of which" rows that add up to it in the other columns. */
const OF_WHICH_BASIS = {
  rows: "the rows listed under it as its parts, which add up in the table's other columns",
  add: '',
} as const;

function finding(
  total: GridRow,
  trial: Trial,
  column: number,
  sum: Interval,
  cellAt: ColumnCell,
  severity: keyof typeof BASIS = 'error',
  basis: { readonly rows: string; readonly add: string } = BASIS[severity],
): CheckFinding {
  const whole = total.cells[column] as Figure;
  const parts = figuresOf(trial.parts.map((p) => cellAt(p, column)));
  const places = Math.max(placesOf(whole), ...parts.map(placesOf));
  const expected = valueSum(parts, whole.unit);
  const rows = trial.parts.map((p) => `"${p.label.trim()}" (line ${p.line})`).join(', ');
  return makeFinding(sumTableRowsRule.id, {
    severity: severityFor(severity, [whole, ...parts]),
    message:
      `"${total.label.trim()}" (line ${total.line}) prints ${showFigure(whole)} for ` +
      `${whole.fact.period.year}, but ${basis.rows} (${rows}) add up to ${showNumber(expected, places)} ` +
      `in this one (range ${showNumber(sum.lo, places)}–${showNumber(sum.hi, places)}).${basis.add}`,
    figures: [whole, ...parts],
    expected: decimalString(expected, places),
    actual: decimalString(whole.value, placesOf(whole)),
  });
}

import { dec, type Decimal, type Unit } from '../../core/index.js';
import { addIntervals, type Figure, type Interval } from '../precision/index.js';
import { factorBetween, rangesIn } from './convert-figure.js';

/** Total row labels, read by the fact index too. */
export { isTotalLabel } from '../fact-index/index.js';

/**
 * One printed table row as the facts give it back: its line, its label and its cells in the order
 * they were read (left to right). Rules over the grid need no metric: they check the table's own
 * arithmetic, so they hold for rows the catalogue could not name.
 */
export interface GridRow {
  readonly line: number;
  readonly label: string;
  readonly cells: readonly Figure[];
  /** The cells' years, bases and units in order: rows of one table with the same columns share it. */
  readonly signature: string;
  /** The page the row is printed on, when the document has pages. */
  readonly page?: number;
  /** True for a row of a table with years as rows: its label is its year, its cells its columns. */
  readonly yearRow?: boolean;
}

/** Lines a table's rows may lie apart (group headings, labels wrapped over two lines, a rule). */
const MAX_ROW_GAP = 4;
/**
 * Lines a table continued on the next page may skip: the page's footer and running header, the
 * caption repeated with "(continued)", the column header and its rule.
 */
const MAX_PAGE_BREAK_GAP = 16;
/** Cells read on one line beyond which the line is no table row (bounded work on hostile input). */
export const MAX_ROW_CELLS = 24;

/**
 * Table rows of amounts read from the figures: every line that gave table cells, in line order. A row
 * with a cell that is no amount (a share, a rate, an average: `additive` says) is left out, since its
 * total is no sum; with `skipOthers` such cells are passed over instead and the row keeps its amounts
 * (a `Number | %` table is a column of counts beside a column of shares).
 */
export function gridRows(
  figures: readonly Figure[],
  additive: (f: Figure) => boolean,
  skipOthers = false,
  yearRows = false,
): GridRow[] {
  const rows: GridRow[] = [];
  for (const [line, all] of tableCellsByLine(figures)) {
    const cells = all.filter(additive);
    if (all.length > MAX_ROW_CELLS || cells.length === 0 || (!skipOthers && cells.length < all.length))
      continue;
    const year = yearRows ? yearOfRow(cells) : undefined;
    const label = year ?? cells[0]?.fact.label ?? '';
    const page = pageOf(cells[0]);
    if (year === undefined && cells.some((c) => (c.fact.label ?? '') !== label)) {
      // Two tables printed side by side give one line a row of each: each half its own row, the right
      // half's signature marked so that its rows make a block of their own.
      sideBySide(cells)?.forEach((half, i) =>
        rows.push({
          line,
          label: half[0]?.fact.label ?? '',
          cells: half,
          signature: `${signatureOf(half, false)}${i === 0 ? '' : ` |${i}`}`,
          ...(page === undefined ? {} : { page }),
        }),
      );
      continue;
    }
    const signature = signatureOf(cells, year !== undefined);
    rows.push({
      line,
      label,
      cells,
      signature,
      ...(page === undefined ? {} : { page }),
      ...(year ? { yearRow: true } : {}),
    });
  }
  return rows.sort((a, b) => a.line - b.line);
}

/**
 * The halves of a line read from tables printed side by side ("HSFO  315.2  324.6   Hong Kong  1.7  1.8"):
 * runs of cells under one label each, left to right, each of two cells or more. Undefined for a line
 * whose labels interleave or name single cells: no side-by-side layout.
 */
function sideBySide(cells: readonly Figure[]): Figure[][] | undefined {
  const halves: Figure[][] = [];
  for (const c of cells) {
    const last = halves[halves.length - 1];
    if (last && last[0]?.fact.label === c.fact.label) last.push(c);
    else halves.push([c]);
  }
  const labels = new Set(halves.map((h) => h[0]?.fact.label ?? ''));
  return labels.size === halves.length && halves.every((h) => h.length >= 2) ? halves : undefined;
}

/**
 * The year a row of a table with years as rows opens with ("2024   3,418.2   2,648.0   7,728.4" under
 * "Year | Mine A | Mine B | Total"): its cells all carry that year and are named by their columns, so
 * they differ in label without being two tables side by side. Undefined for any other row.
 */
function yearOfRow(cells: readonly Figure[]): string | undefined {
  const year = cells[0]?.fact.period.year;
  const p = cells[0]?.fact.provenance;
  if (year === undefined || p?.kind !== 'document' || cells.some((c) => c.fact.period.year !== year))
    return undefined;
  const opening = new RegExp(`^\\s*(?:FY\\s?)?${year}\\b(?![.,]\\d)`, 'i');
  return opening.test(p.quote) && new Set(cells.map((c) => c.fact.label ?? '')).size === cells.length
    ? String(year)
    : undefined;
}

/** The line a figure was printed on, when it came from a table cell. */
export function tableLineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'table' ? p.location.line : undefined;
}

/** A table cell's place: the line (and page) a figure was printed on, when it came from a table. */
export function tableCellOf(f: Figure): { line: number; page: number | undefined } | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'table' || p.location.line === undefined) return undefined;
  return { line: p.location.line, page: p.location.page };
}

// A run's table cells by line, read once per figure list: many rules look them up.
const CELLS_BY_LINE = new WeakMap<readonly Figure[], ReadonlyMap<number, readonly Figure[]>>();

/** The figures read from table cells, by the line they were printed on (kept per figure list). */
export function tableCellsByLine(figures: readonly Figure[]): ReadonlyMap<number, readonly Figure[]> {
  const kept = CELLS_BY_LINE.get(figures);
  if (kept) return kept;
  const byLine = new Map<number, Figure[]>();
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table' || p.location.line === undefined) continue;
    const cells = byLine.get(p.location.line) ?? [];
    cells.push(f);
    byLine.set(p.location.line, cells);
  }
  CELLS_BY_LINE.set(figures, byLine);
  return byLine;
}

/**
 * Runs of rows with the same columns printed close together: the body of one table, or of one of its
 * column layouts. A row with other columns between them (a share in % between two energy rows) is
 * skipped over, not a break.
 */
export function gridBlocks(rows: readonly GridRow[]): GridRow[][] {
  const open = new Map<string, GridRow[]>();
  const blocks: GridRow[][] = [];
  let previous: GridRow | undefined;
  for (const row of rows) {
    const block = open.get(row.signature);
    const last = block?.[block.length - 1];
    const after = previous;
    previous = row;
    if (block && last && (row.line - last.line <= MAX_ROW_GAP || continuedOnNextPage(last, row, after))) {
      block.push(row);
      continue;
    }
    const fresh = [row];
    open.set(row.signature, fresh);
    blocks.push(fresh);
  }
  return blocks.filter((b) => b.length >= 2);
}

/**
 * True when `row` opens the next page right after `last` closed its page, with no table row between
 * them: a table split over a page break ("Table 6: Workforce (continued)"), whose rows are one body.
 */
function continuedOnNextPage(last: GridRow, row: GridRow, previous: GridRow | undefined): boolean {
  return (
    previous === last &&
    last.page !== undefined &&
    row.page === last.page + 1 &&
    row.line - last.line <= MAX_PAGE_BREAK_GAP
  );
}

function pageOf(f: Figure | undefined): number | undefined {
  const p = f?.fact.provenance;
  return p?.kind === 'document' ? p.location.page : undefined;
}

/**
 * The columns by year, basis and unit as printed: rows of one table printed in kg stay one block when
 * extraction stored some of them in tonnes (a named waste route) and others as printed (an unnamed row).
 */
function signatureOf(cells: readonly Figure[], yearRow: boolean): string {
  return cells.map((c) => `${columnYear(c, yearRow)}/${c.fact.basis}/${c.printedUnit.symbol}`).join(' ');
}

/** A cell's year as its column prints it: none in a table with years as rows, whose rows share their columns. */
export function columnYear(cell: Figure, yearRow: boolean | undefined): string {
  return yearRow ? 'row' : String(cell.fact.period.year);
}

/**
 * Row labels that mark a sub-item of the row above ("of which black liquor", "Including: …", "其中"; Croatian
 * "od toga", "od čega", "od kojih", "uključujući").
 */
const SUB_ITEM =
  /^\s*(?:including|of which|of whom|among which|incl\.|其中|od\s+(?:toga|čega|kojih)|uključujući)/iu;

/** True when a row label breaks down the row above it rather than standing beside it: never a total's own part. */
export function isSubItemLabel(label: string): boolean {
  return SUB_ITEM.test(label);
}

/** True when a figure is exactly zero as printed. */
export function isZero(f: Figure): boolean {
  return f.value.isZero();
}

/** The sum of the figures' values in `unit` (the total a finding expects); the figures are of its dimension. */
export function valueSum(figures: readonly Figure[], unit: Unit): Decimal {
  return figures.reduce(
    (sum, f) =>
      sum.plus(f.unit.symbol === unit.symbol ? f.value : f.value.times(factorBetween(f.unit, unit))),
    dec(0),
  );
}

/** The range the figures' sum may take in `unit`, or undefined when one of them cannot be converted to it. */
export function rangeSum(figures: readonly Figure[], unit: Unit): Interval | undefined {
  const ranges = rangesIn(figures, unit);
  return ranges ? addIntervals(ranges) : undefined;
}

/** A row's cells by year and basis, in column order: the columns each year of the row prints. */
export function cellsByYear(row: GridRow): Figure[][] {
  const byYear = new Map<string, Figure[]>();
  for (const c of row.cells) {
    const key = `${c.fact.period.year}/${c.fact.basis}`;
    byYear.set(key, [...(byYear.get(key) ?? []), c]);
  }
  return [...byYear.values()];
}

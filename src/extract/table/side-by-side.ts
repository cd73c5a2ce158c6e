import type { ReportLine } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import { isPercentSignHeading } from './column-heading.js';
import { placeParts, tableStarts } from './side-by-side-places.js';
import { cutPairs, figurePairs, pairChangeSentence } from './paired-figures.js';
import type { TableBlock } from './segment.js';
import { parseYearCell } from './year-cell.js';

/**
 * Two or more tables printed side by side on the same lines ("Employees by gender | 2025 | 2024 |
 * Employees by age | 2025 | 2024", then "Male | 1,842 | 1,790 | Under 30 | 612 | 588"), as annual
 * reports lay out short tables in two page columns. Read as one table, the right table's labels
 * would sit among the left table's figures. The block is cut into one block per table.
 */

/** A cell that holds a year, a figure or a no-data mark: a table's value side. */
function isValueSide(cell: string): boolean {
  return parseCellValue(cell) !== undefined || parseYearCell(cell) !== undefined;
}

/**
 * The year cells of a header that repeats them after a label ("A | 2025 | 2024 | B | 2025 | 2024"): the count
 * of tables, else 0. A table may head a column of its own between its label and its years ("Health and
 * safety | Unit | 2025 | 2024" beside "Waste (t) | 2025 | 2024"): a heading before any year is its table's.
 */
export function sideBySideTables(cells: readonly string[]): number {
  const filled = cells.filter((c) => c !== '');
  const groups: string[][] = [];
  let yearsSeen = true;
  for (const c of filled) {
    if (parseYearCell(c) !== undefined) {
      const last = groups[groups.length - 1];
      if (!last) return 0;
      last.push(c);
      yearsSeen = true;
    } else if (parseCellValue(c) !== undefined) return 0;
    else if (yearsSeen) {
      groups.push([]);
      yearsSeen = false;
    }
  }
  const [first] = groups;
  const same = (g: string[]): boolean => g.length === first?.length && g.every((y, i) => y === first[i]);
  return groups.length >= 2 && first !== undefined && first.length > 0 && groups.every(same)
    ? groups.length
    : 0;
}

/** The cells of a row cut where a label follows a figure or a year: one part per table. */
function parts(cells: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let previousValue = false;
  for (const c of cells) {
    if (c === '') continue;
    // "2025 | % | 2024 | %": a share column's bare heading beside a year is that table's, not a label.
    const value = isValueSide(c) || isPercentSignHeading(c);
    if (!value && previousValue && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(c);
    previousValue = value;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function lineOf(row: ReportLine, cells: readonly string[]): ReportLine {
  return { ...row, cells, text: cells.join('\t') };
}

/**
 * A header that repeats its column headings after a second label heading ("Age group | Persons |
 * Category | Persons"): the count of tables, else 0. Each table heads its own labels; the headings
 * after them are the same in each.
 */
export function repeatedHeadTables(cells: readonly string[]): number {
  const filled = cells.filter((c) => c !== '');
  if (filled.some(isValueSide)) return 0;
  for (let width = 2; width * 2 <= filled.length; width++) {
    if (filled.length % width !== 0) continue;
    const groups = chunks(filled, width);
    const heads = (g: readonly string[]): string => g.slice(1).join('\t');
    const first = groups[0] ?? [];
    const labels = new Set(groups.map((g) => g[0]));
    if (labels.size === groups.length && groups.every((g) => heads(g) === heads(first))) return groups.length;
  }
  return 0;
}

function chunks(cells: readonly string[], width: number): string[][] {
  return Array.from({ length: cells.length / width }, (_, i) => cells.slice(i * width, (i + 1) * width));
}

/** The header row of a block of side-by-side tables, its tables' count and its cut into one part per table. */
interface AcrossHeader {
  readonly row: ReportLine;
  readonly count: number;
  readonly cut: readonly string[][];
}

function acrossHeader(block: TableBlock): AcrossHeader | undefined {
  for (const row of block.rows) {
    const years = sideBySideTables(row.cells);
    if (years >= 2) return { row, count: years, cut: parts(row.cells) };
  }
  for (const row of block.rows) {
    const count = repeatedHeadTables(row.cells);
    const filled = row.cells.filter((c) => c !== '');
    // Confirmed by a row printing a label and figures in each table ("Under 30 | 396 | Managers | 132"):
    // "Men | % | Women | %" over "Managers | 12 | 45 | 30 | 55" heads one table.
    if (count >= 2 && block.rows.some((r) => parts(r.cells).length === count))
      return { row, count, cut: chunks(filled, filled.length / count) };
  }
  return undefined;
}

/**
 * Cuts a block of side-by-side tables into one block per table, and a block of key figures printed as
 * name-and-figure pairs side by side (see paired-figures.ts) into one block per pair column; any other
 * block is returned as it is. A row with fewer parts than tables goes to the tables printed over it.
 */
export function splitSideBySide(block: TableBlock): TableBlock[] {
  const header = acrossHeader(block);
  const pairs = header === undefined ? pairColumns(block) : 0;
  const count = Math.max(header?.count ?? 0, pairs);
  if (count < 2) return [block];
  const cutOf = (row: ReportLine): readonly string[][] =>
    row === header?.row
      ? header.cut
      : pairs >= 2 && figurePairs(row.cells) > 0
        ? cutPairs(row.cells)
        : parts(row.cells);
  const rows = block.rows.map((row) => ({ row, cut: cutOf(row) }));
  const starts = tableStarts(rows, count);
  const tables: ReportLine[][] = Array.from({ length: count }, () => []);
  for (const { row, cut } of rows) {
    for (const { table, cells } of placeParts(row, cut, count, starts))
      tables[Math.min(table, count - 1)]?.push(lineOf(row, cells));
  }
  return tables.filter((t) => t.length > 0).map((t) => ({ rows: t }));
}

/**
 * The pairs of a key-figures box worded as changes ("Revenue growth | up 14.2%"), each as the sentence
 * it reads as, dated by the line it is printed on; none for any other block.
 */
export function pairChanges(block: TableBlock): ReportLine[] {
  const tablesAcross = Math.max(0, ...block.rows.map((r) => sideBySideTables(r.cells)));
  if (tablesAcross >= 2 || pairColumns(block) < 2) return [];
  return block.rows.flatMap((row) =>
    figurePairs(row.cells) > 0
      ? cutPairs(row.cells).flatMap(([name = '', figure = '']) => {
          const text = pairChangeSentence(name, figure);
          return text === undefined ? [] : [{ ...row, cells: [text], text, raw: text }];
        })
      : [],
  );
}

// A label first and a percentage after it, the whole row ("Reduction in Scope 1+2 emissions vs 2024 | 8.2%").
const PERCENT_CELL = /^[-+]?\d[\d.,]*\s?%$|^%\s?\d[\d.,]*$/u;

/**
 * The rows of a key-figures list printed label first with a percentage ("Reduction in Scope 1+2 emissions
 * vs 2024 | 8.2%", a Hebrew "ירידה בפליטות Scope 1+2 לעומת 2024 | 11.5%"), each as the sentence it reads
 * as with the figure first ("8.2% Reduction in …."): the prose reader of each language decides whether
 * the label words a change. Rows of any other shape give none.
 */
export function labelledPercentSentences(block: TableBlock): ReportLine[] {
  return block.rows.flatMap((row) => {
    const [label = '', figure = '', ...more] = row.cells.filter((c) => c.trim() !== '');
    const percent = figure.trim().replace(/^%\s?(.*)$/u, '$1%');
    if (more.length > 0 || !PERCENT_CELL.test(figure.trim()) || !/\p{L}{3}/u.test(label)) return [];
    const text = `${percent} ${label.trim().replace(/[.;,:]+$/u, '')}.`;
    return [{ ...row, cells: [text], text, raw: text }];
  });
}

/**
 * The pair columns of a block whose rows print names and figures in pairs side by side: at least half
 * its rows with figures are such pairs, all of them as many. Else 0.
 */
function pairColumns(block: TableBlock): number {
  const withFigures = block.rows.filter((r) => r.cells.some((c) => /\d/.test(c)));
  const counts = withFigures.map((r) => figurePairs(r.cells)).filter((n) => n > 0);
  const [first] = counts;
  if (first === undefined || counts.some((n) => n !== first)) return 0;
  return counts.length * 2 >= withFigures.length ? first : 0;
}

import type { ReportLine } from '../layout/index.js';
import type { TableBlock } from './segment.js';

/**
 * Tables that print the year's figure and, in brackets after it, the year before's in one cell ("1,486
 * (1,452)"), as Hong Kong, British and Nordic reports do when a note says so ("Each cell gives FY2025 with
 * FY2024 in brackets", "Figures in brackets are for 2024", "prior-year figures in parentheses"). Read cell
 * by cell, the bracketed figure would be a negative of the same year; it is the year before's figure.
 */

// A year a note names ("FY2024", "2024", "FY 2024"), or the year before named by its place.
const NAMED_YEAR = String.raw`(?:FY\s?)?(?:19|20)\d{2}|(?:the\s+)?(?:prior|previous|preceding|last)[\s-](?:financial\s+|reporting\s+)?year(?:['’]s)?|comparatives?|comparative\s+(?:figures|year)`;
const FIGURES = String.raw`(?:\s+(?:figures?|values?|data|amounts?|numbers?|comparatives?))?`;
const BRACKETS = String.raw`(?:round\s+)?(?:brackets|parenthes[ie]s)`;
// "with FY2024 in brackets", "2024 figures are shown in brackets", "prior-year values in parentheses".
const YEAR_IN_BRACKETS = new RegExp(
  String.raw`(?<![\p{L}\d])(${NAMED_YEAR})${FIGURES}\s+(?:(?:are|is)\s+)?(?:(?:shown|given|printed|stated|presented)\s+)?in\s+${BRACKETS}`,
  'iu',
);
// "Figures in brackets are for 2024", "numbers in parentheses refer to the previous year".
const BRACKETS_HOLD_YEAR = new RegExp(
  String.raw`(?:figures?|values?|numbers?|amounts?)\s+in\s+${BRACKETS}\s+(?:are|relate\s+to|refer\s+to|show|give|represent|denote)\s+(?:those\s+)?(?:(?:for|of)\s+)?(?:the\s+)?(${NAMED_YEAR})`,
  'iu',
);

/**
 * The years of a table whose note says its bracketed figures are another year's: the table's own, read by
 * `yearOf` from the note less its words on brackets ("Figures in brackets are for 2024" dates no figure
 * outside them), and the bracketed figures' (the year the note names, else the year before). Undefined
 * when the note says nothing of brackets, or names a year not before the table's.
 */
export function bracketedYears(
  note: string,
  yearOf: (text: string) => number,
): { year: number; priorYear: number } | undefined {
  const m = YEAR_IN_BRACKETS.exec(note) ?? BRACKETS_HOLD_YEAR.exec(note);
  const named = m?.[1];
  if (!m || named === undefined) return undefined;
  const year = yearOf(note.slice(0, m.index) + note.slice(m.index + m[0].length));
  const printed = /(?:19|20)\d{2}/.exec(named)?.[0];
  const priorYear = printed === undefined ? year - 1 : Number(printed);
  return priorYear < year ? { year, priorYear } : undefined;
}

// A figure as a cell prints it ("1,486", "3,486.2", "97.9%"), or a dash for no figure.
const FIGURE = String.raw`[-−+]?\d[\d,.]*%?`;
const DASH = String.raw`[-–—]|n\/?a`;
const FIGURE_OR_DASH = `(?:${FIGURE}|${DASH})`;
// "1,486 (1,452)", "215.6 (–)": the year's figure and the year before's in one cell.
const PAIR = new RegExp(`^(${FIGURE_OR_DASH})\\s*\\((${FIGURE_OR_DASH})\\)$`, 'i');
const ALONE = new RegExp(`^${FIGURE_OR_DASH}$`, 'i');
const BRACKETED = new RegExp(`^\\((${FIGURE_OR_DASH})\\)$`, 'i');

/**
 * A row's cells for each of the two years, when it prints a figure with a bracketed one: a pair in one
 * cell, or a figure and its bracket the layout parted into two. A figure or dash with no bracket after it
 * is the year's alone ("–" for no students); labels and unit cells stay in both rows.
 */
function splitCells(cells: readonly string[]): { current: string[]; prior: string[] } | undefined {
  const current: string[] = [];
  const prior: string[] = [];
  let pairs = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = (cells[i] ?? '').trim();
    const next = (cells[i + 1] ?? '').trim();
    const pair = PAIR.exec(cell);
    const parted = ALONE.test(cell) ? BRACKETED.exec(next) : null;
    if (pair?.[1] && pair[2]) {
      current.push(pair[1]);
      prior.push(pair[2]);
      pairs += 1;
    } else if (parted?.[1]) {
      current.push(cell);
      prior.push(parted[1]);
      pairs += 1;
      i += 1;
    } else if (BRACKETED.test(cell)) {
      // A bracketed figure with none before it is no pair: the row is printed some other way.
      return undefined;
    } else {
      current.push(cell);
      prior.push(ALONE.test(cell) ? '–' : cell);
    }
  }
  return pairs > 0 ? { current, prior } : undefined;
}

const withCells = (row: ReportLine, cells: readonly string[]): ReportLine => ({
  ...row,
  cells,
  text: cells.join('\t'),
});

/**
 * The block as two tables, when its note says the bracketed figures are another year's and its rows print
 * them so: the figures outside the brackets, and those inside them with their year. Undefined for any
 * other block (one row printing a bracket with no figure before it leaves the block as it is).
 */
export function splitBracketedPriorYear(
  block: TableBlock,
  note: string,
  yearOf: (text: string) => number,
): { current: TableBlock; prior: TableBlock; year: number; priorYear: number } | undefined {
  const years = bracketedYears(note, yearOf);
  if (years === undefined) return undefined;
  const current: ReportLine[] = [];
  const prior: ReportLine[] = [];
  let paired = 0;
  for (const row of block.rows) {
    const split = splitCells(row.cells);
    if (split === undefined && row.cells.some((c) => BRACKETED.test(c.trim()))) return undefined;
    if (split) paired += 1;
    current.push(split ? withCells(row, split.current) : row);
    prior.push(split ? withCells(row, split.prior) : row);
  }
  return paired > 0 ? { current: { rows: current }, prior: { rows: prior }, ...years } : undefined;
}

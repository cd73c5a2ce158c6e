import { parseCellValue } from '../numbers/index.js';
import { isReferenceHeading } from './column-heading.js';
import type { TableBlock } from './segment.js';
import { valueWithUnit } from './worded-figure.js';

/**
 * A framework index that prints each metric's code, name and value, then the page the value is on
 * ("XX-YY-140a.1 | Total water withdrawn | 3,112.6 thousand m³ | 16", as SASB indexes do). Under its
 * "Page" heading the header says which cells are pages; a block cut off from that heading (a row of
 * words between, a page break) has none, so the page is known by the rows' shape: a coded row whose
 * value is printed with its unit or in words, then a bare page number or a dash for none.
 */

// A metric code: SASB's "TC-SC-110a.1" and "FB-PF-000.A", an exchange's "EN1", GRI's "305-1".
const CODE = /^(?:[A-Z]{1,4}(?:-[A-Z]{1,4})*-?\d{1,3}[a-z]?(?:\.[0-9A-Z]{1,2})?|(?:GRI\s*)?\d{1,3}-\d{1,2})$/;
// A page ("16", "16–17", "p. 9") or a dash for a value printed on no other page.
const PAGE = /^(?:pp?\.\s*)?\d{1,3}(?:\s*[-–,]\s*\d{1,3})*$|^[-–—]$/;
// Coded rows ending in a value then a page that make a block such an index.
const MIN_PAGE_ROWS = 2;

interface FilledCell {
  readonly text: string;
  readonly index: number;
}

const filledOf = (cells: readonly string[]): FilledCell[] =>
  cells.flatMap((text, index) => (text.trim() === '' ? [] : [{ text: text.trim(), index }]));

/** A figure printed with no unit or words ("11", "4.3"): a year's figure as much as an index's value. */
function isPlainFigure(text: string): boolean {
  const cell = parseCellValue(text);
  return cell?.kind === 'value' && cell.unit === '';
}

/** Whether a row is coded and ends in a value printed with its unit or in words, then a page. */
function endsInValueAndPage(cells: readonly string[]): boolean {
  const filled = filledOf(cells);
  const [first] = filled;
  const value = filled[filled.length - 2];
  const page = filled[filled.length - 1];
  if (filled.length < 3 || !first || !value || !page || !CODE.test(first.text)) return false;
  return PAGE.test(page.text) && value !== first && !isPlainFigure(value.text);
}

/**
 * Whether a block is an index of values and pages without its "Page" heading: a block that prints the
 * heading is read by it, and a block of year columns is a data table.
 */
export function isPageIndex(block: TableBlock): boolean {
  if (block.rows.some((r) => r.cells.some(isReferenceHeading))) return false;
  return block.rows.filter((r) => endsInValueAndPage(r.cells)).length >= MIN_PAGE_ROWS;
}

/**
 * A row of such an index without its page: "… | 1,984.7 t | 17" keeps its value. A row of three cells
 * whose middle one is its name ("XX-01 | Number of sites | 3") ends in its value, the page left blank.
 * A value printed into the name's column ("Share of staff abroad 8.6% | 24") is parted from it.
 */
export function withoutPage(cells: readonly string[]): readonly string[] {
  const filled = filledOf(cells);
  const page = filled[filled.length - 1];
  const before = filled[filled.length - 2];
  if (!page || !before || filled.length < 3 || !PAGE.test(page.text)) return cells;
  const kept = filled.slice(0, -1).map((c) => c.text);
  if (filled.length >= 4 || isValueCell(before.text)) return kept;
  const glued = gluedValue(before.text);
  return glued ? [...kept.slice(0, -1), glued.label, glued.value] : cells;
}

const isValueCell = (text: string): boolean =>
  parseCellValue(text) !== undefined || valueWithUnit(text) !== undefined;

/** "Share of staff abroad 8.6%": a name and, after its last space, a figure with its unit. */
function gluedValue(text: string): { label: string; value: string } | undefined {
  const m = /^(.*\p{L}.*?)\s+(\S+)$/u.exec(text);
  const cell = m?.[2] === undefined ? undefined : parseCellValue(m[2]);
  if (!m?.[1] || cell?.kind !== 'value' || cell.unit === '') return undefined;
  return { label: m[1], value: m[2] ?? '' };
}

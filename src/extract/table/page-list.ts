import { isReferenceHeading } from './column-heading.js';
import { isUnitHeading } from './unit-heading.js';
import type { TableBlock } from './segment.js';
import { splitRow } from './split-row.js';
import { parseYearCell } from './year-cell.js';

/**
 * A list of titles with page numbers: a contents box on a chapter cover (no header, one whole number
 * per row, never decreasing), or an index of sections in any order under a heading line whose last
 * cell heads pages ("Article | Topic | Section | Page", "条款 | 议题 | 本报告章节 | 页码"): `heading`
 * is the line above the block.
 */
export function isPageList(block: TableBlock, heading = ''): boolean {
  return isOrderedPageList(block) || isHeadedPageList(block, heading);
}

/**
 * The single figure a row prints as a page ("24"): undefined for none (or a dash or "Not applicable"
 * for none, where `dash` allows it), false for any other figure.
 */
function pageOf(cells: readonly string[], dash: boolean): number | undefined | false {
  const parts = splitRow(cells);
  const [only] = parts.values;
  if (parts.values.length === 0 || (dash && parts.values.every((v) => v.cell.kind === 'missing')))
    return undefined;
  if (parts.values.length !== 1 || only?.cell.kind !== 'value') return false;
  if (!/^\d{1,3}$/.test(only.cell.printed) || parts.unit !== '' || only.cell.unit !== '') return false;
  return Number(only.cell.printed);
}

/** Rows under a heading of words ending in a page heading, each ending in a page or a dash and no other figure. */
function isHeadedPageList(block: TableBlock, heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 3 || last === undefined || !isReferenceHeading(last) || /\d/.test(heading)) return false;
  const pages = block.rows.map((row) => pageOf(row.cells, true));
  return pages.filter((p) => typeof p === 'number').length >= 2 && !pages.includes(false);
}

// An index row whose page is a range ("第五十三条  员工  社会：员工、安全      11-12") holds no figure: the
// table reader joins its cells and leaves it out of the block, or takes it for the block's title. It is
// read as printed.
const PAGE_RANGE_ROW = /\S(?:\s{2,}|\t\s*)\d{1,3}\s*[-–~～]\s*\d{1,3}\s*$/u;

/**
 * The heading of an index of sections whose rows above the block end in page ranges: the first line
 * above them (`above` runs upwards from the line over the block) that is no such row and no rule.
 */
export function headingOverPageRanges(above: readonly string[], isRule: (text: string) => boolean): string {
  let ranges = 0;
  for (const text of above) {
    if (isRule(text) || text.trim() === '') continue;
    if (!PAGE_RANGE_ROW.test(text)) return ranges > 0 ? text.replace(/\t/g, ' ') : '';
    ranges++;
  }
  return '';
}

function isOrderedPageList(block: TableBlock): boolean {
  const pages: number[] = [];
  for (const row of block.rows) {
    // Titles and group lines carry no number; a year or "Unit" header makes it a data table.
    if (row.cells.some((c) => isUnitHeading(c) || parseYearCell(c) !== undefined)) return false;
    const page = pageOf(row.cells, false);
    if (page === false) return false;
    if (page !== undefined) pages.push(page);
  }
  const first = pages[0] ?? 0;
  const last = pages[pages.length - 1] ?? 0;
  return (
    pages.length >= 2 &&
    first >= 1 &&
    last > first &&
    pages.every((p, i) => i === 0 || p >= (pages[i - 1] ?? 0))
  );
}

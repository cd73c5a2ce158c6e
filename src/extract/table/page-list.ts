import { isUnitHeading } from './header.js';
import type { TableBlock } from './segment.js';
import { splitRow } from './split-row.js';
import { parseYearCell } from './year-cell.js';

/**
 * A list of titles with page numbers (a contents box on a chapter cover): no header, one whole
 * number per row, never decreasing.
 */
export function isPageList(block: TableBlock): boolean {
  const pages: number[] = [];
  for (const row of block.rows) {
    const parts = splitRow(row.cells);
    const [only] = parts.values;
    // Titles and group lines carry no number; a year or "Unit" header makes it a data table.
    if (row.cells.some((c) => isUnitHeading(c) || parseYearCell(c) !== undefined)) return false;
    if (parts.values.length === 0) continue;
    if (parts.values.length !== 1 || only?.cell.kind !== 'value') return false;
    if (!/^\d{1,3}$/.test(only.cell.printed) || parts.unit !== '' || only.cell.unit !== '') return false;
    pages.push(Number(only.cell.printed));
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

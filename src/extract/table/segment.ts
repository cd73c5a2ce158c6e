import type { ReportLine } from '../layout/index.js';

/** A run of table rows: lines of two or more cells, allowing page headers and blank lines inside. */
export interface TableBlock {
  readonly rows: readonly ReportLine[];
}

// Rows of one table sit this close; a wider gap (a paragraph, a picture caption) ends the table.
const MAX_GAP = 6;

/** True when a line is laid out in cells (two or more, one may be empty). */
export function isTabular(line: ReportLine): boolean {
  return line.cells.length >= 2 && line.cells.some((c) => c !== '');
}

/**
 * Groups tabular lines into blocks. A block goes on across blank lines and `noise` lines (running
 * page headers) as long as no other text comes between two rows.
 */
export function segmentTables(lines: readonly ReportLine[], noise: ReadonlySet<number>): TableBlock[] {
  const blocks: TableBlock[] = [];
  let current: ReportLine[] = [];
  let lastNo = -Infinity;
  for (const line of lines) {
    if (noise.has(line.no)) continue;
    if (isTabular(line)) {
      if (current.length > 0 && line.no - lastNo > MAX_GAP) {
        blocks.push({ rows: current });
        current = [];
      }
      current.push(line);
      lastNo = line.no;
    } else if (current.length > 0) {
      blocks.push({ rows: current });
      current = [];
    }
  }
  if (current.length > 0) blocks.push({ rows: current });
  return blocks;
}

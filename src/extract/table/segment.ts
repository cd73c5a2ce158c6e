import type { ReportLine } from '../layout/index.js';

/** A run of table rows: lines of two or more cells, allowing page headers and blank lines inside. */
export interface TableBlock {
  readonly rows: readonly ReportLine[];
}

// Rows of one table sit this close; a wider gap (a paragraph, a picture caption) ends the table.
const MAX_GAP = 6;

// A one-cell row inside a table is a group heading ("Energy Consumption") or the rest of a label
// that wrapped ("– unconventional onshore US"), not the table's end.
const MAX_GROUP_CHARS = 80;

function isShortLabel(line: ReportLine): boolean {
  const text = line.text.trim();
  return text.length <= MAX_GROUP_CHARS && /^[\p{L}–(-]/u.test(text) && !/[.:;]$/.test(text);
}

/** A one-cell line (or two) between table rows: the table goes on below it. */
function isGroupRow(lines: readonly ReportLine[], at: number): boolean {
  for (let k = at; k < Math.min(lines.length, at + 3); k++) {
    const line = lines[k];
    const next = lines[k + 1];
    if (!line || !isShortLabel(line) || !next || next.no - line.no > 2) return false;
    if (isTabular(next)) return true;
  }
  return false;
}

/**
 * A one-cell line right under a table's last row that starts in lower case or with a bracket
 * ("tonne-km)", "(per million hours worked)"): the rest of that row's wrapped label, still in the table.
 */
function endsWrappedLabel(line: ReportLine, lastNo: number): boolean {
  return line.no - lastNo === 1 && isShortLabel(line) && /^[a-z(]/.test(line.text.trim());
}

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
  for (const [i, line] of lines.entries()) {
    if (noise.has(line.no)) continue;
    if (isTabular(line) || (current.length > 0 && (isGroupRow(lines, i) || endsWrappedLabel(line, lastNo)))) {
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

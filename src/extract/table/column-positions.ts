import { gapBetween, overlaps, placeCells, spansOf, type Place, type ReportLine } from '../layout/index.js';
import type { HeaderColumn, TableHeader } from './header.js';
import type { ValueCell } from './split-row.js';

/**
 * A row of a space-aligned table that leaves a cell blank ("Male   2,514   2,437   384   15.3" under
 * "2025   2024   2025   2025   2024", its last year's rate not given) has fewer figures than the
 * header has columns, and matched from the right its figures slide under the wrong years. Where the
 * header's columns and the row's figures are both printed in place, each figure takes the column
 * printed over it.
 */

// A figure printed just beside its column's heading rather than under it.
const MAX_REACH = 2;

/** The header with each column's place on the printed line, when the line prints every cell where it stands. */
export function withColumnPositions(header: TableHeader, line: ReportLine): TableHeader {
  const spans = placed(line) ?? placedInOrder(line);
  if (!spans) return header;
  const columns = header.columns.map((c) => {
    const at = spans.get(c.index);
    // A heading read from another cell (words the layout cut, joined again) has no place here.
    const cell = line.cells[c.index] ?? '';
    return at && (cell.includes(c.text) || c.text.includes(cell)) ? { ...c, at } : c;
  });
  return { ...header, columns };
}

/**
 * The column printed over each figure of a row that leaves a header column blank; undefined when the
 * row has as many figures as the header has columns, when a place is unknown, or when a figure stands
 * under no column or the same column as another.
 */
export function columnsByPosition(
  values: readonly ValueCell[],
  header: TableHeader | undefined,
  row: ReportLine | undefined,
): HeaderColumn[] | undefined {
  const columns = header?.columns ?? [];
  if (!row || values.length === 0 || values.length >= columns.length) return undefined;
  if (columns.some((c) => c.at === undefined)) return undefined;
  const spans = placed(row);
  if (!spans) return undefined;
  const out: HeaderColumn[] = [];
  for (const v of values) {
    const at = spans.get(v.index);
    const column = at ? columnOver(at, columns) : undefined;
    const prev = out[out.length - 1];
    if (!column || (prev && columns.indexOf(column) <= columns.indexOf(prev))) return undefined;
    out.push(column);
  }
  return out;
}

/** The column printed over a figure, or just beside it; undefined when none, or two, stand there. */
function columnOver(at: Place, columns: readonly HeaderColumn[]): HeaderColumn | undefined {
  const over = columns.filter((c) => c.at && overlaps(c.at, at));
  if (over.length > 0) return over.length === 1 ? over[0] : undefined;
  const near = columns.filter((c) => c.at && gapBetween(c.at, at) <= MAX_REACH);
  return near.length === 1 ? near[0] : undefined;
}

/** Each filled cell's place on a line aligned with spaces, by cell index; undefined when not every cell is found. */
function placed(line: ReportLine): Map<number, Place> | undefined {
  if (line.raw.includes('\t')) return undefined;
  const spans = placeCells(line);
  if (!spans) return undefined;
  const filled = line.cells.flatMap((c, i) => (c === '' ? [] : [i]));
  return new Map(filled.map((index, k) => [index, spans[k] ?? { start: 0, end: 0 }]));
}

/**
 * Each filled cell's place by order, when the cells no longer read as printed but the line prints as many
 * runs as it has cells: a header stacked from several lines ("Staff" over "(persons)", one cell "Staff
 * (persons)", keeps its top line's print) or a heading translated ("项目" read "Item"). Undefined otherwise.
 */
function placedInOrder(line: ReportLine): Map<number, Place> | undefined {
  if (line.raw.includes('\t')) return undefined;
  const runs = spansOf(line.raw, line.indent ?? 0);
  const filled = line.cells.flatMap((c, i) => (c === '' ? [] : [i]));
  if (runs.length !== filled.length) return undefined;
  return new Map(filled.map((index, k) => [index, runs[k] ?? { start: 0, end: 0 }]));
}

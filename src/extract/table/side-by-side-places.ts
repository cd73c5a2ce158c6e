import { placeCells, type ReportLine } from '../layout/index.js';

/**
 * Where each of the tables printed side by side stands on the page, so that a row only one of them has
 * ("Production workers   1 383" under the right table's labels, the left one a row shorter) or a
 * heading line printed across both ("Age group   Persons   Category   Persons", read as one cell)
 * goes to the table printed over it rather than to the first.
 */

// A row's first cell printed a character or two left of its table's label column.
const MAX_REACH = 2;

/** A part of a row and the table it belongs to (0 = leftmost). */
export interface PlacedPart {
  readonly table: number;
  readonly cells: readonly string[];
}

/** Where the first cell of each part of a row is printed, when the row is aligned with spaces. */
function firstPlaces(row: ReportLine, cut: readonly (readonly string[])[]): number[] | undefined {
  const spans = row.raw.includes('\t') ? undefined : placeCells(row);
  if (!spans) return undefined;
  let k = 0;
  return cut.map((part) => {
    const start = spans[k]?.start ?? 0;
    k += part.length;
    return start;
  });
}

/** Where each table's label column starts: the leftmost first cell of its part in rows with a part for each table. */
export function tableStarts(
  rows: readonly { row: ReportLine; cut: readonly (readonly string[])[] }[],
  count: number,
): number[] | undefined {
  const starts = Array.from({ length: count }, () => Infinity);
  for (const { row, cut } of rows) {
    if (cut.length !== count) continue;
    firstPlaces(row, cut)?.forEach((x, i) => (starts[i] = Math.min(starts[i] ?? Infinity, x)));
  }
  const rising = starts.every((x, i) => Number.isFinite(x) && (i === 0 || x > (starts[i - 1] ?? 0)));
  return rising ? starts : undefined;
}

/** The parts of a row with their tables: in order when it has a part for each table or a place is unknown. */
export function placeParts(
  row: ReportLine,
  cut: readonly (readonly string[])[],
  count: number,
  starts: readonly number[] | undefined,
): PlacedPart[] {
  const inOrder = cut.map((cells, table) => ({ table, cells }));
  if (cut.length >= count || !starts) return inOrder;
  const across = cut.length === 1 ? acrossLine(row, starts) : undefined;
  if (across) return across;
  const at = firstPlaces(row, cut);
  const tables = at?.map((x) =>
    Math.max(
      0,
      starts.findLastIndex((s) => s <= x + MAX_REACH),
    ),
  );
  const rising = tables?.every((t, i) => i === 0 || t > (tables[i - 1] ?? 0));
  return tables && rising ? cut.map((cells, i) => ({ table: tables[i] ?? 0, cells })) : inOrder;
}

/**
 * A line read as one cell that the tables' columns cut in their gaps ("Age group   Persons" and
 * "Category   Persons"): one part for each table it reaches into; undefined when a column start
 * falls inside a word (a caption running across both tables).
 */
function acrossLine(row: ReportLine, starts: readonly number[]): PlacedPart[] | undefined {
  const indent = row.indent ?? 0;
  const end = indent + row.raw.length;
  const cuts = starts.filter((s) => s > indent && s < end);
  if (cuts.length === 0) return undefined;
  const gap = (s: number): boolean => /^\s{2}$/.test(row.raw.slice(s - indent - 2, s - indent));
  if (!cuts.every(gap)) return undefined;
  const edges = [indent, ...cuts, end];
  const out: PlacedPart[] = [];
  for (const [k, from] of edges.slice(0, -1).entries()) {
    const text = row.raw.slice(from - indent, (edges[k + 1] ?? end) - indent).trim();
    const table = starts.findLastIndex((s) => s <= from + MAX_REACH);
    // The piece's own gaps part its cells, as the text reader parts a table's header row.
    if (text !== '') out.push({ table: Math.max(0, table), cells: text.split(/\s{2,}/) });
  }
  return out.length > 1 ? out : undefined;
}

import { rowsOfMarkup } from './table-markup.js';

/**
 * Figures grouped by a single thousands space in columns set only one space apart, as narrow Polish,
 * French and Nordic tables print them ("Total   1 172     4 268 5 440"): "4 268 5 440" is two figures
 * or four, and its digits alone cannot say which. The rows around it can: a row of the same table whose
 * figures need no space ("Fixed-term   148       406   554") ends its columns where this row's figures
 * end, right-aligned. A run is cut where a neighbour's figure column ends, and kept only when every
 * figure of the row then ends where that neighbour's do (the same row pattern) and each piece is one
 * figure grouped by thousands; with no such neighbour the run is left as the cell reader takes it.
 */

/** A line of the document as this reader needs it. */
export interface GroupedLine {
  readonly text: string;
  readonly indent?: number;
}

// Digits grouped by single spaces: a run a column break may hide in ("4 268 5 440", "1 024").
const DIGIT_RUN = /^\d{1,3}(?: \d{1,3})+(?:[.,]\d+)?%?$/;
// One figure grouped by thousands spaces ("4 268", "12 345,6"), or none grouped at all ("406").
const GROUPED_FIGURE = /^\d{1,3}(?: \d{3})*(?:[.,]\d+)?%?$/;
// A figure cell that needs no space ("406", "1,024", "5,33", "(12)", "-3.2%", "–"): its end is a column's.
const PLAIN_FIGURE = /^(?:[-−+(]?\d[\d,.]*\)?%?|[-–—])$/;
// Rows of one table sit this close to the row they align.
const NEIGHBOURS = 6;
// Work bound: a line longer than this is prose, never such a row.
const MAX_LINE_CHARS = 400;

interface PlacedCell {
  readonly text: string;
  readonly end: number;
}

/** A row whose runs were parted: its cells, and its text with a tab for each space a column break took. */
export interface PartedRow {
  readonly cells: string[];
  readonly text: string;
}

/** The lines whose runs of space-grouped digits the rows around them part, by index in `lines`. */
export function groupedFigureRows(lines: readonly GroupedLine[]): Map<number, PartedRow> {
  // Cut lazily: only the lines around a run of space-grouped digits are read twice.
  const cache = new Map<number, PlacedCell[] | undefined>();
  const placed = (i: number) => {
    const line = lines[i];
    if (!line) return undefined;
    if (!cache.has(i)) cache.set(i, placedCellsOf(line));
    return cache.get(i);
  };
  const out = new Map<number, PartedRow>();
  for (const [i, line] of lines.entries()) {
    if (!/\d \d/.test(line.text)) continue;
    const cells = placed(i);
    if (!cells?.some((c, k) => k > 0 && DIGIT_RUN.test(c.text))) continue;
    for (let d = 1; d <= NEIGHBOURS; d++) {
      const parted = partedBy(cells, placed(i - d)) ?? partedBy(cells, placed(i + d));
      if (parted) {
        out.set(i, { cells: parted.cells, text: withTabsAt(line.text, parted.breaks, line.indent ?? 0) });
        break;
      }
    }
  }
  return out;
}

/** A line's cells as the space-aligned reader cuts them, each with the column after its last character. */
function placedCellsOf(line: GroupedLine): PlacedCell[] | undefined {
  if (line.text.length > MAX_LINE_CHARS) return undefined;
  const rows = rowsOfMarkup(line.text);
  const [cells] = rows ?? [];
  if (!cells || rows?.length !== 1 || cells.length < 2) return undefined;
  const indent = line.indent ?? 0;
  const out: PlacedCell[] = [];
  let from = 0;
  for (const cell of cells) {
    const at = line.text.indexOf(cell, from);
    if (at < 0 || cell === '') return undefined;
    from = at + cell.length;
    out.push({ text: cell, end: indent + from });
  }
  return out;
}

/**
 * The row's cells with each run cut where the neighbour's figure columns end, when the neighbour's
 * figures all need no space and the row's figures then end exactly where the neighbour's do.
 */
function partedBy(
  cells: readonly PlacedCell[],
  neighbour: readonly PlacedCell[] | undefined,
): { cells: string[]; breaks: number[] } | undefined {
  if (!neighbour) return undefined;
  const figures = neighbour.slice(1).filter((c) => PLAIN_FIGURE.test(c.text));
  if (figures.length < 2 || neighbour.slice(1).some((c) => DIGIT_RUN.test(c.text))) return undefined;
  const ends = new Set(figures.map((c) => c.end));
  const out: string[] = [cells[0]?.text ?? ''];
  const rowEnds: number[] = [];
  const breaks: number[] = [];
  for (const cell of cells.slice(1)) {
    const pieces = DIGIT_RUN.test(cell.text) ? cut(cell, ends) : [cell];
    if (!pieces) return undefined;
    breaks.push(...pieces.slice(0, -1).map((p) => p.end));
    for (const p of pieces) {
      out.push(p.text);
      if (DIGIT_RUN.test(p.text) || PLAIN_FIGURE.test(p.text)) rowEnds.push(p.end);
    }
  }
  const same = rowEnds.length === ends.size && rowEnds.every((e) => ends.has(e));
  return same && out.length > cells.length ? { cells: out, breaks } : undefined;
}

/** A run cut after each token that ends on a column end; undefined when a piece is no figure. */
function cut(cell: PlacedCell, ends: ReadonlySet<number>): PlacedCell[] | undefined {
  const tokens = cell.text.split(' ');
  const out: PlacedCell[] = [];
  let end = cell.end - cell.text.length;
  let piece: string[] = [];
  for (const [k, token] of tokens.entries()) {
    end += (k === 0 ? 0 : 1) + token.length;
    piece.push(token);
    if (ends.has(end) || k === tokens.length - 1) {
      out.push({ text: piece.join(' '), end });
      piece = [];
    }
  }
  return out.every((p) => GROUPED_FIGURE.test(p.text)) ? out : undefined;
}

/** The line with a tab for the space at each column `breaks` names: one character for one, so columns keep their places. */
function withTabsAt(text: string, breaks: readonly number[], indent: number): string {
  let out = text;
  for (const b of breaks) {
    const at = b - indent;
    if (out[at] === ' ') out = `${out.slice(0, at)}\t${out.slice(at + 1)}`;
  }
  return out;
}

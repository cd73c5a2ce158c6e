import type { ReportLine } from '../layout/index.js';
import { ofWords, type FigureFirst } from './figure-first.js';

// A box row: "| 8.2% nationals | 71.0% local spend |".
const BOX_ROW = /^\s*\|.*\|\s*$/;
// A tile's words wrap over at most this many lines in its box.
const MAX_BOX_LINES = 4;

/**
 * Highlight tiles drawn as a grid of boxes ("+----+----+" borders around "| 8.2% nationals | 71.0% local
 * spend |" rows), each box holding a figure first and its name wrapped under it ("| of our workforce |"):
 * each box is read as one value-first figure, its lines joined. The borders carry no cells, so a band
 * of boxes is a run of box rows with a line missing above and below it; `at` is its first row. A box
 * that holds no figure first (a grid table's label column) gives none, and a band needs two.
 */
export function readBoxedTiles(
  lines: readonly ReportLine[],
  at: number,
): { figures: FigureFirst[]; nameLines: number[] } | undefined {
  const isBoxRow = (line: ReportLine | undefined, no: number): line is ReportLine =>
    line !== undefined && line.no === no && BOX_ROW.test(line.raw);
  const first = lines[at];
  if (!first || !BOX_ROW.test(first.raw) || isBoxRow(lines[at - 1], first.no - 1)) return undefined;
  const rest: ReportLine[] = [];
  for (
    let next = lines[at + 1];
    isBoxRow(next, first.no + rest.length + 1);
    next = lines[at + rest.length + 1]
  ) {
    if (rest.length + 1 >= MAX_BOX_LINES) return undefined;
    rest.push(next);
  }
  const width = first.cells.length;
  if (width < 2 || rest.some((r) => r.cells.length !== width)) return undefined;
  const figures = first.cells.flatMap((cell, i) => {
    const words = [cell, ...rest.map((r) => r.cells[i] ?? '')].map((w) => w.trim()).filter((w) => w !== '');
    const figure = ofWords(first, words.join(' '));
    return figure ? [figure] : [];
  });
  return figures.length >= 2 ? { figures, nameLines: rest.map((r) => r.no) } : undefined;
}

import type { ReportLine } from '../layout/index.js';
import { ofWords, type FigureFirst } from './figure-first.js';

// A box row: "| 8.2% nationals | 71.0% local spend |".
const BOX_ROW = /^\s*\|.*\|\s*$/;
// A tile's words wrap over at most this many lines in its box.
const MAX_BOX_LINES = 4;
// Box rows this close are one box: a border ("+----+", "-----") may be printed between them.
const BOX_GAP = 2;
// A sentence across a box has this many words at least; fewer are a title or a group heading ("| Scope 3 |").
const MIN_SENTENCE_WORDS = 4;

/**
 * The rows of a box drawn with `| … |` that print one cell across the whole box among rows that part their
 * cells ("| 1,204 staff | 96 sites |"), holding a figure among words: a sentence set across a highlights box
 * ("| 6.1% less water drawn than in 2024 |"). They are prose, neither a tile's words nor a table's row.
 */
export function boxSentenceLines(lines: readonly ReportLine[]): Set<number> {
  const sentences = new Set<number>();
  let box: ReportLine[] = [];
  const close = (): void => {
    if (box.some((r) => r.cells.length >= 2))
      for (const r of box) if (r.cells.length === 1 && isSentence(r.cells[0] ?? '')) sentences.add(r.no);
    box = [];
  };
  for (const line of lines) {
    if (!BOX_ROW.test(line.raw)) continue;
    const last = box[box.length - 1];
    if (last && line.no - last.no > BOX_GAP) close();
    box.push(line);
  }
  close();
  return sentences;
}

function isSentence(cell: string): boolean {
  return /\d/.test(cell) && cell.trim().split(/\s+/).length >= MIN_SENTENCE_WORDS;
}

/**
 * Highlight tiles drawn as a grid of boxes ("+----+----+" borders around "| 8.2% nationals | 71.0% local
 * spend |" rows), each box holding a figure first and its name wrapped under it ("| of our workforce |"):
 * each box is read as one value-first figure, its lines joined. The borders carry no cells, so a band
 * of boxes is a run of box rows with a line missing above and below it; `at` is its first row. A box
 * that holds no figure first (a grid table's label column) gives none unless a line under its name opens on
 * the figure, and a band needs two. A row of one cell across the boxes (a sentence or a title) parts two
 * bands: no tile's words wrap over it.
 */
export function readBoxedTiles(
  lines: readonly ReportLine[],
  at: number,
): { figures: FigureFirst[]; nameLines: number[] } | undefined {
  const isBoxRow = (line: ReportLine | undefined, no: number): line is ReportLine =>
    line !== undefined && line.no === no && BOX_ROW.test(line.raw) && line.cells.length >= 2;
  const first = lines[at];
  if (!first || !isBoxRow(first, first.no) || isBoxRow(lines[at - 1], first.no - 1)) return undefined;
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
  if (rest.some((r) => r.cells.length !== width)) return undefined;
  const box = [first, ...rest];
  const figures = first.cells.flatMap((_, i) => {
    const words = box.map((r) => (r.cells[i] ?? '').trim());
    const figure = ofWords(first, words.filter((w) => w !== '').join(' ')) ?? nameOverFigure(box, words);
    return figure ? [figure] : [];
  });
  return figures.length >= 2 ? { figures, nameLines: rest.map((r) => r.no) } : undefined;
}

/**
 * A box printing its name first and the figure on a line under it ("| Water drawn |" over "| 3,468,700 m³ |"):
 * read as the figure-first box it would be with that line on top, on the figure's own line.
 */
function nameOverFigure(box: readonly ReportLine[], words: readonly string[]): FigureFirst | undefined {
  const k = words.findIndex((w, j) => j > 0 && FIGURE_FIRST.test(w));
  const line = box[k];
  if (k <= 0 || !line) return undefined;
  const text = [words[k], ...words.filter((_, j) => j !== k)].filter((w) => w !== '').join(' ');
  return ofWords(line, text);
}

// A cell opening on a figure, bare or after a currency mark: "3,468,700 m³", "88.4%", "QAR 4.92 million".
const FIGURE_FIRST = /^(?:\p{Lu}{2,3}\s?)?[-+]?\d/u;

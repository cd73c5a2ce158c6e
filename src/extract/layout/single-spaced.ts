import { headOf, labelAndUnit, yearsOverMeasures, type SpacedHead } from './single-spaced-head.js';

/**
 * Tables that a PDF-to-text tool wrote without layout, one row a line with single spaces between
 * the cells ("Groundwater 4,812 4,655 4,391" under "Water withdrawn (ML) FY2025 FY2024 FY2023"):
 * nothing marks the columns but the header's years. A line ending in two or more years heads such
 * a table; the lines below it that end in as many figures are its rows, cut into the label and
 * those figures. Lines with wider gaps are left to the space-aligned reader.
 * A header may also name a unit column and a change column, or stack its years over the measures
 * each year repeats (`single-spaced-head.ts`).
 */

// One figure a line of single-spaced cells prints: "4,812", "0.71", "(12)", "68%", or no figure ("–", "n.a.", "nil").
const FIGURE = /^(?:[-−+(]?\d[\d,]*(?:\.\d+)?\)?%?|[-–—]|n\.?a\.?|n\/a|nil)$/i;
// A figure a space cannot belong to (comma-grouped or decimal): a label never ends in one.
const MARKED = /^[-−+(]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?$|^\d+\.\d+$/;
const NUMBER = /^\d+$/;
// A group heading between rows ("Contractors") is short words.
const MAX_GROUP_CHARS = 60;
// Rows of one table sit this close (a blank line may come between them).
const MAX_STEP = 2;

/** A line of the document as this reader needs it. */
export interface PlainLine {
  readonly no: number;
  readonly text: string;
  readonly cells: readonly unknown[];
}

/** Cells of single-spaced table lines, by their index in `lines`: the header's and each row's. */
export function singleSpacedRows(lines: readonly PlainLine[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < lines.length; i++) {
    const found = headAt(lines, i);
    if (!found) continue;
    const { head, first } = found;
    const rows = new Map<number, string[]>();
    let last = lines[first - 1]?.no ?? 0;
    let j = first;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line || line.no - last > MAX_STEP) break;
      const row = figureTail(line, head);
      if (row) rows.set(j, row);
      else if (!isGroupLine(line) || !figureTail(lines[j + 1], head)) break;
      last = line.no;
    }
    if (rows.size < 2) continue;
    head.cells.forEach((cells, k) => out.set(i + k, cells));
    for (const [k, row] of rows) out.set(k, row);
    i = j - 1;
  }
  return out;
}

/** The header starting at line `i` and the index of the line its rows begin at. */
function headAt(lines: readonly PlainLine[], i: number): { head: SpacedHead; first: number } | undefined {
  const tokens = tokensOf(lines[i]);
  const head = tokens ? headOf(tokens) : undefined;
  if (!head) return undefined;
  // Years over a line of measures ("2025 2024" over "Leavers Rate (%) Leavers Rate (%)"): the row
  // after the measures says how many figures each year has.
  const next = lines[i + 1];
  const measures = next && next.no - (lines[i]?.no ?? 0) <= MAX_STEP ? tokensOf(next) : undefined;
  // A group heading may come first ("By gender").
  const after = lines[i + 2];
  const firstRow = after && isGroupLine(after) ? lines[i + 3] : after;
  const figures = figureCount(firstRow);
  const stacked = figures === undefined ? undefined : yearsOverMeasures(head, measures, figures);
  return stacked ? { head: stacked, first: i + 2 } : { head, first: i + 1 };
}

function tokensOf(line: PlainLine | undefined): string[] | undefined {
  const text = line?.text.trim() ?? '';
  // One cell, no gap of two spaces or more: a wider gap is a space-aligned column.
  if (!line || line.cells.length !== 1 || text === '' || / {2}/.test(text)) return undefined;
  return text.split(' ');
}

/** How many figures a line ends in after a label with letters. */
function figureCount(line: PlainLine | undefined): number | undefined {
  const tokens = tokensOf(line) ?? [];
  let k = tokens.length;
  while (k > 0 && FIGURE.test(tokens[k - 1] ?? '')) k--;
  return k > 0 && k < tokens.length ? tokens.length - k : undefined;
}

/** A row's cells when the line ends in exactly the figures `head` has columns for, after a label of words. */
function figureTail(line: PlainLine | undefined, head: SpacedHead): string[] | undefined {
  const width = head.width + (head.change ? 1 : 0);
  const tokens = tokensOf(line);
  if (!tokens || tokens.length <= width) return undefined;
  const tail = tokens.slice(-width);
  const label = tokens.slice(0, -width);
  if (!tail.every((t) => FIGURE.test(t)) || !/\p{L}/u.test(label.join(' '))) return undefined;
  // One figure more than the header has years ("Diesel 1,204 1,186 1,090 1,020" under three), or
  // digits grouped by spaces ("Groundwater 4 812 4 655 4 391"): the columns cannot be told apart.
  const before = label[label.length - 1] ?? '';
  const twoBefore = label[label.length - 2] ?? '';
  if (MARKED.test(before) || (NUMBER.test(before) && NUMBER.test(twoBefore))) return undefined;
  return head.unit ? [...labelAndUnit(label), ...tail] : [label.join(' '), ...tail];
}

function isGroupLine(line: PlainLine): boolean {
  const text = line.text.trim();
  return (
    line.cells.length === 1 &&
    text.length <= MAX_GROUP_CHARS &&
    /^\p{L}/u.test(text) &&
    !/\d/.test(text) &&
    !/[.:;]$/.test(text)
  );
}

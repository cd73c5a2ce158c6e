/**
 * Tables that a PDF-to-text tool wrote without layout, one row a line with single spaces between
 * the cells ("Groundwater 4,812 4,655 4,391" under "Water withdrawn (ML) FY2025 FY2024 FY2023"):
 * nothing marks the columns but the header's years. A line ending in two or more years heads such
 * a table; the lines below it that end in as many figures are its rows, cut into the label and
 * those figures. Lines with wider gaps are left to the space-aligned reader.
 */

// A year heading a column: "2025", "FY2025", "FY25", "2024/25".
const YEAR = /^(?:FY\s?(?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2})(?:\/\d{2})?$/i;
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
    const header = yearTail(lines[i]);
    if (!header) continue;
    const rows = new Map<number, string[]>();
    let last = lines[i]?.no ?? 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (!line || line.no - last > MAX_STEP) break;
      const row = figureTail(line, header.length - 1);
      if (row) rows.set(j, row);
      else if (!isGroupLine(line) || !figureTail(lines[j + 1], header.length - 1)) break;
      last = line.no;
    }
    if (rows.size < 2) continue;
    out.set(i, header);
    for (const [k, row] of rows) out.set(k, row);
    i = j - 1;
  }
  return out;
}

function tokensOf(line: PlainLine | undefined): string[] | undefined {
  const text = line?.text.trim() ?? '';
  // One cell, no gap of two spaces or more: a wider gap is a space-aligned column.
  if (!line || line.cells.length !== 1 || text === '' || / {2}/.test(text)) return undefined;
  return text.split(' ');
}

/** The header's cells (its label, '' when none, then its years) when a line ends in two or more years. */
function yearTail(line: PlainLine | undefined): string[] | undefined {
  const tokens = tokensOf(line);
  if (!tokens) return undefined;
  let k = tokens.length;
  while (k > 0 && YEAR.test(tokens[k - 1] ?? '')) k--;
  const years = tokens.slice(k);
  const label = tokens.slice(0, k).join(' ');
  if (years.length < 2 || new Set(years).size !== years.length || /[.:;,]$/.test(label)) return undefined;
  return [label, ...years];
}

/** A row's cells when the line ends in exactly `width` figures after a label of words. */
function figureTail(line: PlainLine | undefined, width: number): string[] | undefined {
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
  return [label.join(' '), ...tail];
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

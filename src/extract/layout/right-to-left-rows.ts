import { tryParseUnit } from '../../core/index.js';
import type { DocLine } from '../document/index.js';
import { isRuleLine } from './rule-line.js';
import { readingOrderMarks } from './right-to-left-marks.js';

/**
 * A Hebrew or Arabic page flattened by a PDF-to-text tool keeps the page's left-to-right order: a
 * table row prints its figures first and its label, set at the right, last ("   4,812.6   4,690.3
 * סולר"), the header its years first ("   2023   2024   מקור"), a key figure its value before its name.
 * The cell readers read a label, then figures. A run of such rows is printed label first here, every
 * label padded to one width so that the figure columns keep their places under their header; a label
 * set further in than its neighbours (a sub-row) keeps that indent. A run needs a row opening with a
 * figure and ending in right-to-left words; lines outside such runs (English, a bilingual row, a
 * right-to-left row printed label first) are returned as they are.
 */

// A letter of a right-to-left script: Arabic, Hebrew, Syriac, Thaana, N'Ko.
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// A figure cell: "4,812.6", "11.5%", "(218)", "0", a minus printed after its digits ("5.2-").
const FIGURE = /^[-–−+]?\(?\d[\d,.'\u00a0\u202f]*\)?%?-?$/u;
// "3 מתוך 4", "3 من 4": a count out of a whole, in the script's own word for "of".
const COUNT_OF =
  /^\d[\d,.]*\s(?:[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]+\s){1,2}\d[\d,.]*$/u;
// A year heading a column.
const YEAR = /^(?:19|20)\d{2}$/u;
// A cell left blank with a dash.
const DASH = /^[-–—]$/u;
// A one-word cell of the script ("כן", "לא", "نعم", "טון", "מ\"ק"): a yes/no answer or a unit.
const RTL_WORD = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}"'״׳]{1,6}$/u;
// A unit cell between the figures and the label is at most this long.
const MAX_UNIT_CHARS = 12;
// A row's cells are parted by two spaces or more; a lone heading between rows is at most this long.
const CELL = /\S+(?: \S+)*/gu;
const MAX_HEADING_CHARS = 40;
// A header cell longer than this is prose, not a column's name.
const MAX_HEADER_CELL_CHARS = 30;
// The gap printed between the label column and the first figure column.
const GUTTER = 3;
// A label starting this many spaces further in than its run's labels is a sub-row's; less is ragged typesetting.
const MIN_INDENT = 2;
const MAX_INDENT = 6;
// Work bound: a line longer than this is prose or debris, never a table row.
const MAX_LINE_CHARS = 400;

interface Spanned {
  readonly text: string;
  readonly at: number;
}

/** A line of a right-to-left table read figures first: the figures as printed, then the label. */
interface VisualRow {
  readonly figures: string;
  readonly label: Spanned | undefined;
  /** Whether the row opens with a figure: proof that the run is printed in visual order. */
  readonly strong: boolean;
}

/** The document's lines with right-to-left runs of table rows printed label first, and their marks in reading order. */
export function readRightToLeftRows(lines: readonly DocLine[]): readonly DocLine[] {
  if (!lines.some((l) => RTL_LETTER.test(l.text))) return lines;
  const marked = readingOrderMarks(lines);
  let out: DocLine[] | undefined;
  for (let i = 0; i < marked.length;) {
    const run = runFrom(marked, i);
    if (run === undefined) {
      i++;
      continue;
    }
    out ??= [...marked];
    for (const [k, line] of labelFirst(marked, run).entries()) out[run.from + k] = line;
    i = run.to;
  }
  return out ?? marked;
}

interface Run {
  /** First line: the header when one is printed over the rows. */
  readonly from: number;
  /** One past the last row. */
  readonly to: number;
  readonly header: number | undefined;
}

/** The run of right-to-left table rows starting at line `i`, with the header over it, or none. */
function runFrom(lines: readonly DocLine[], i: number): Run | undefined {
  const first = rowOf(lines[i]);
  if (first === undefined) return undefined;
  let to = i + 1;
  let last = i + 1;
  let strong = first.strong;
  for (; to < lines.length && continues(lines[to - 1], lines[to]); to++) {
    const row = rowOf(lines[to]);
    if (row) {
      strong ||= row.strong;
      last = to + 1;
    } else if (!isRuleLine(lines[to]?.text ?? '') && !isLoneHeading(lines[to])) break;
  }
  if (!strong) return undefined;
  const header = headerAbove(lines, i);
  return { from: header ?? i, to: last, header };
}

/** Whether `line` directly follows `before`: no blank line and no page break between. */
function continues(before: DocLine | undefined, line: DocLine | undefined): boolean {
  return before !== undefined && line !== undefined && line.no === before.no + 1 && line.page === before.page;
}

/** A line of words alone between a table's rows ("גיוון תעסוקתי"): a sub-heading of the rows under it. */
function isLoneHeading(line: DocLine | undefined): boolean {
  if (line === undefined || line.cells.length !== 1) return false;
  return (
    RTL_LETTER.test(line.text) &&
    !/\d/.test(line.text) &&
    cellsOf(line).length === 1 &&
    line.text.length <= MAX_HEADING_CHARS
  );
}

/** The header printed over the row at `i` (rules between skipped), when it names columns. */
function headerAbove(lines: readonly DocLine[], i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && continues(lines[k], lines[k + 1]) && isRuleLine(lines[k]?.text ?? '')) k--;
  const line = lines[k];
  if (k < 0 || line === undefined || !continues(line, lines[k + 1]) || line.cells.length !== 1)
    return undefined;
  const cells = cellsOf(line);
  if (cells.length < 2 && !cells.every((c) => FIGURE.test(c.text))) return undefined;
  return cells.every((c) => c.text.length <= MAX_HEADER_CELL_CHARS) ? k : undefined;
}

/** The line read as a table row printed figures first and label last, or undefined. */
function rowOf(line: DocLine | undefined): VisualRow | undefined {
  if (line === undefined || line.cells.length !== 1 || line.text.length > MAX_LINE_CHARS) return undefined;
  const cells = cellsOf(line);
  const label = cells.at(-1);
  const values = cells.slice(0, -1);
  const [first] = values;
  if (label === undefined || first === undefined || FIGURE.test(label.text)) return undefined;
  if (!isOpeningValue(first.text) || !values.every((c) => isValue(c.text))) return undefined;
  if (!values.some((c) => FIGURE.test(c.text) || COUNT_OF.test(c.text))) return undefined;
  const figures = printedOf(line).slice(0, label.at);
  // A label in the script proves the row's order; a row whose label has none ("30–50") joins a run that has.
  // Years alone ("2025   2024   Unit   البند") head a bilingual table as well: a row proves it with a figure.
  const strong =
    RTL_LETTER.test(label.text) &&
    (FIGURE.test(first.text) || COUNT_OF.test(first.text)) &&
    values.some((c) => (FIGURE.test(c.text) && !YEAR.test(c.text)) || COUNT_OF.test(c.text));
  return { figures, label, strong };
}

/** A cell a right-to-left row may open with: a figure, a count, a dash, a one-word answer. */
function isOpeningValue(cell: string): boolean {
  return FIGURE.test(cell) || COUNT_OF.test(cell) || DASH.test(cell) || RTL_WORD.test(cell);
}

/**
 * A cell between a right-to-left row's first cell and its label: those, or a unit ("MWh", "טון CO2e").
 * Other words there ("4  GOVERNANCE  الحوكمة") make a heading printed in two languages, not a row.
 */
function isValue(cell: string): boolean {
  return (
    isOpeningValue(cell) ||
    (cell.length <= MAX_UNIT_CHARS && tryParseUnit(cell, { countNouns: false }) !== undefined)
  );
}

/** The run's lines printed label first, the labels padded to one width. */
function labelFirst(lines: readonly DocLine[], run: Run): DocLine[] {
  const rows = lines.slice(run.from, run.to).map((line, k) => {
    const row = run.from + k === run.header ? headerOf(line) : rowOf(line);
    return { line, row };
  });
  const body = rows.filter((_, k) => run.from + k !== run.header).flatMap(({ row }) => (row ? [row] : []));
  const indentOf = indents(body);
  const placed = rows.map(({ line, row }, k) => {
    if (row === undefined) return { line, label: undefined, figures: '' };
    const indent = run.from + k === run.header ? 0 : indentOf(row);
    const label = row.label ? ' '.repeat(indent) + row.label.text : '';
    return { line, label, figures: row.figures.replace(/(^|\s)(\d[\d,.]*)-(?=\s|$)/gu, '$1-$2').trimEnd() };
  });
  const width = Math.max(...placed.map((p) => p.label?.length ?? 0)) + GUTTER;
  return placed.map(({ line, label, figures }) =>
    label === undefined ? line : reprinted(line, label.padEnd(width) + figures),
  );
}

/** The header line read as a row: its years or names as printed, the label column's name last if it has one. */
function headerOf(line: DocLine): VisualRow {
  const cells = cellsOf(line);
  const label = cells.at(-1);
  if (label === undefined || cells.length < 2 || !RTL_LETTER.test(label.text) || FIGURE.test(label.text))
    return { figures: printedOf(line), label: undefined, strong: false };
  return { figures: printedOf(line).slice(0, label.at), label, strong: false };
}

/**
 * How far in each row's label is set past its run's edge. The labels of a run line up on one edge,
 * their start or (set flush right) their end; a label a few spaces short of that edge, its figures in
 * the run's columns, is a sub-row's. A row whose figures end elsewhere is set apart by its figures.
 */
function indents(rows: readonly VisualRow[]): (row: VisualRow) => number {
  const labels = rows.flatMap((r) => (r.label ? [r.label] : []));
  const start = mostCommon(labels.map((l) => l.at));
  const end = mostCommon(labels.map((l) => l.at + l.text.length));
  const figuresEnd = mostCommon(rows.map((r) => r.figures.trimEnd().length)).value;
  const byStart = start.count >= end.count;
  return ({ label, figures }) => {
    if (label === undefined || figures.trimEnd().length !== figuresEnd) return 0;
    const by = byStart ? label.at - start.value : end.value - (label.at + label.text.length);
    return by >= MIN_INDENT && by <= MAX_INDENT ? by : 0;
  };
}

function mostCommon(values: readonly number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) if (count > best.count) best = { value, count };
  return best;
}

/** A text line as printed: its indent, then its text. */
function printedOf(line: DocLine): string {
  return ' '.repeat(line.indent ?? 0) + line.text;
}

/** The line's cells as printed, parted at two spaces or more, with where each starts. */
function cellsOf(line: DocLine): Spanned[] {
  return [...printedOf(line).matchAll(CELL)].map((m) => ({ text: m[0], at: m.index }));
}

/** The line printed anew, its indent counted again. */
function reprinted(line: DocLine, printed: string): DocLine {
  const indent = /^ */u.exec(printed)?.[0].length ?? 0;
  const text = printed.trim();
  // A text line printed flush left carries no indent, as the text reader leaves it.
  const base: DocLine = { no: line.no, text, cells: [{ text }] };
  const paged = line.page === undefined ? base : { ...base, page: line.page };
  return indent > 0 ? { ...paged, indent } : paged;
}

import { isCaptionText } from '../clean/index.js';
import { isBareFigure, printsNoFigure } from './bare-figure.js';
import { spansSplitBy, type Span } from './spans.js';
import { isRuleLine } from './rule-line.js';

/**
 * A header of measures printed over its figure columns with only one space between two headings
 * ("Employees trained  Training hours Hours per head" over "Ashwick   512   4,096   8.0"): split at
 * spaces it reads as too few cells, and the table's columns go unnamed or misnamed. The figures below
 * show where the columns stand: between two figure columns lies a gutter, and the heading of each
 * column ends in the gutter on its right. A gutter holding one gap between the header's words is cut
 * there; one holding several is cut at the only gap two spaces wide, else at the only gap before a
 * capitalised word (each heading starts with one: "hours Hours per head" parts before "Hours").
 * Anything less sure leaves the line as it is.
 */

/** A line as printed: its trimmed text and the spaces before it. */
export interface PlacedText {
  readonly text: string;
  readonly indent?: number;
}

// A year printed alone on a line: "2025", "FY2025", "2024/25".
const YEAR_LINE = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?$/i;

// Rows looked at below the header: a rule and a group row may come first, then the rows of figures.
const REACH = 12;

/** The header's cells (an empty or worded label cell first), or undefined when its place is unsure. */
export function measuresByFigurePlaces(
  line: PlacedText,
  below: readonly PlacedText[],
): string[][] | undefined {
  if (isCaptionText(line.text)) return undefined;
  const columns = figureColumns(below);
  if (!columns) return undefined;
  const words = spans(line, / +/);
  const labelEnd = columns.labelEnd;
  // A heading over the label column ("Farm") stands left of every figure, three spaces from the rest.
  const first = spans(line, / {3,}/)[0];
  const label =
    first && first.start < labelEnd && first.end < (columns.figures[0]?.start ?? 0) ? first : undefined;
  const measures = label ? words.filter((w) => w.start >= label.end) : words;
  if (measures.length === 0 || (!label && (measures[0]?.start ?? 0) < labelEnd)) return undefined;
  const cells: Span[][] = [];
  let from = 0;
  for (let k = 0; k + 1 < columns.figures.length; k++) {
    const next = columns.figures[k + 1];
    const cut = cutIn(measures, from, columns.figures[k]?.end ?? 0, next?.start ?? 0, next?.end ?? 0);
    if (cut === undefined) return undefined;
    cells.push(measures.slice(from, cut));
    from = cut;
  }
  cells.push(measures.slice(from));
  // Each heading stands over its own column: "(Rupees in" over one and "'000)" beside the next is one
  // note of the scale, no two headings.
  const over = cells.every((c, k) => {
    const column = columns.figures[k];
    const start = c[0]?.start ?? 0;
    const end = c[c.length - 1]?.end ?? 0;
    return column !== undefined && start < column.end && end > column.start;
  });
  const texts = cells.map((c) => c.map((w) => w.text).join(' '));
  if (!over || texts.some((t) => !isMeasure(t))) return undefined;
  return [[label?.text ?? '', ...texts]];
}

/**
 * The index of the first word right of the gap that ends the heading over a column ending at `end`,
 * the next column spanning `next` to `nextEnd`; undefined when no gap or more than one fitting gap lies
 * there.
 */
function cutIn(
  words: readonly Span[],
  from: number,
  end: number,
  next: number,
  nextEnd: number,
): number | undefined {
  const gaps: number[] = [];
  // A heading set right over figures wider than itself ("Mawei" over "51,982.6") starts inside its
  // column: such gaps are taken only when none lies wholly in the gutter.
  const inside: number[] = [];
  for (let i = from + 1; i < words.length; i++) {
    const before = words[i - 1];
    const after = words[i];
    if (!before || !after || before.end < end - 1) continue;
    // The gap lies in the gutter: after the column's last figure ends (a heading may end one short of
    // it) and before the next column's first figure starts.
    if (after.start <= next) gaps.push(i);
    else if (after.start < nextEnd) inside.push(i);
  }
  if (gaps.length === 0 && inside.length > 0) return cutIn(words, from, end, nextEnd, nextEnd);
  if (gaps.length === 1) return gaps[0];
  const gapWidth = (i: number) => (words[i]?.start ?? 0) - (words[i - 1]?.end ?? 0);
  const wide = gaps.filter((i) => gapWidth(i) >= 2);
  if (wide.length === 1) return wide[0];
  const capitalised = gaps.filter((i) => /^[\p{Lu}%(]/u.test(words[i]?.text ?? ''));
  return capitalised.length === 1 ? capitalised[0] : undefined;
}

interface FigureColumns {
  /** Where the rows' labels end (the widest). */
  readonly labelEnd: number;
  /** Each figure column's extent over the rows (the leftmost start, the rightmost end). */
  readonly figures: readonly { readonly start: number; readonly end: number }[];
}

/** The figure columns of the rows below a header: rows of a label and the same count of figures. */
function figureColumns(below: readonly PlacedText[]): FigureColumns | undefined {
  let labelEnd = 0;
  let figures: { start: number; end: number }[] | undefined;
  for (const row of below.slice(0, REACH)) {
    if (isRuleLine(row.text)) {
      if (figures) break;
      continue;
    }
    const cells = spans(row, / {2,}|\t/);
    const [label, ...rest] = cells;
    const isRow = label !== undefined && !isBareFigure(label.text) && rest.length >= 2;
    if (!isRow || !rest.every((c) => isBareFigure(c.text))) {
      // A one-cell group row ("By gender") may sit between the header and its rows, and a year printed
      // alone over the rows it dates ("2025" over one group of rows, "2024" over the next) among them.
      if (cells.length === 1 && (YEAR_LINE.test(row.text.trim()) || (!figures && printsNoFigure(row.text))))
        continue;
      break;
    }
    if (figures && figures.length !== rest.length) break;
    labelEnd = Math.max(labelEnd, label.end);
    figures = rest.map((c, i) => ({
      start: Math.min(c.start, figures?.[i]?.start ?? c.start),
      end: Math.max(c.end, figures?.[i]?.end ?? c.end),
    }));
  }
  if (!figures || figures.length < 2) return undefined;
  // Columns must stand apart, each right of the labels.
  const placed = figures;
  const apart = placed.every((f, i) => f.start > (i === 0 ? labelEnd : (placed[i - 1]?.end ?? 0)));
  return apart ? { labelEnd, figures: placed } : undefined;
}

/** The parts of a line between separators, placed where they are printed. */
function spans(line: PlacedText, separator: RegExp): Span[] {
  return spansSplitBy(line.text, line.indent ?? 0, separator);
}

// A measure's heading is short words, not a figure, a year or the end of a sentence; a bracket it opens
// it closes.
function isMeasure(cell: string): boolean {
  return (
    cell.length <= 40 &&
    /^[\p{L}%]/u.test(cell) &&
    (cell.match(/\(/g) ?? []).length === (cell.match(/\)/g) ?? []).length &&
    !/[.;:,]$/.test(cell) &&
    !/\b(?:19|20)\d{2}\b/.test(cell)
  );
}

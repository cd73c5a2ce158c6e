import { isCaptionText } from '../clean/index.js';
import { isBareFigure, spansOf, type ReportLine, type Span } from '../layout/index.js';
import { datedMeasure, isChangeHeading } from './header.js';
import { splitOverFigures, stackColumns } from './stacked-columns.js';
import { parseYearCell } from './year-cell.js';
import { tabStackedAt } from './tab-stacked-header.js';
import {
  finishedAtTabs,
  finishedByYears,
  hasYears,
  MAX_HEADER_CHARS,
  YEAR,
  YEAR_IN,
} from './year-finished-header.js';

/**
 * A header printed over two or more lines of a space-aligned table, each column's words stacked
 * under one another ("Purchased" over "electricity" over "(MWh)"; "Employee wages" over "and
 * benefits"), so that a line may hold a cell for only some of the columns. Read line by line, the
 * shorter lines cannot say which column they finish. Here each word run is put under the column of
 * the fullest header line it is printed under, by character position, and the lines become one
 * header row whose cells are the columns' whole names.
 */

// Header lines stacked over one table: a name and its unit may take three or four lines.
const MAX_HEADER_LINES = 4;

/** The lines with every stacked header merged into one row (numbered as its first line). */
export function stackHeaderLines(lines: readonly ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const tabbed = tabStackedAt(lines, i);
    if (tabbed) {
      out.push(tabbed.line);
      i += tabbed.used - 1;
      continue;
    }
    const finished = finishedAtTabs(lines[i], lines[i + 1]);
    if (finished) {
      out.push(finished);
      i += 1;
      continue;
    }
    const merged = mergeAt(lines, i);
    if (merged) {
      out.push(...merged.lines);
      i += merged.used - 1;
    } else {
      const line = lines[i];
      if (line) out.push(line);
    }
  }
  return out;
}

/** The header starting at line `at` merged, and how many lines it took; undefined when none starts there. */
function mergeAt(
  lines: readonly ReportLine[],
  at: number,
): { lines: ReportLine[]; used: number } | undefined {
  const run: { line: ReportLine; spans: Span[] }[] = [];
  for (let k = at; k < lines.length && run.length <= MAX_HEADER_LINES; k++) {
    const line = lines[k];
    const prev = run[run.length - 1];
    if (!line) return undefined;
    // "Base year   2024   2025   %-change   Target" over "2020   25/24   2030": a first line of years whose
    // other headings the line below finishes with theirs.
    const yearsFirst = run.length === 0 && finishedByYears(line, lines[k + 1]);
    const spans =
      !prev || line.no - prev.line.no === 1 ? headerSpans(line, run.length > 0 || yearsFirst) : undefined;
    // A line of years ends the header: "Base year" over "2021", "% 2025" over "/ 2024".
    const ended =
      prev !== undefined && hasYears(prev.line) && !(run.length === 1 && finishedByYears(prev.line, line));
    if (spans && !ended) {
      run.push({ line, spans });
      continue;
    }
    // "Scope 1 GHG emissions" between the header and its first row of figures heads the rows below.
    const figures = prev && run.length >= 2 && hasYears(prev.line) ? firstFigureRow(lines, k) : line;
    // The row of figures the header heads comes right below it (a rule between is dropped).
    if (!prev || !figures || figures.no - prev.line.no > 2 + (figures.no - line.no) || run.length < 2)
      return undefined;
    if (!isFigureRow(figures)) return undefined;
    const from = figureStart(figures);
    // "By grade" between the header and its rows heads the rows: it stays a line of its own.
    const groups: ReportLine[] = [];
    while (run.length > 2 && isRowName(run[run.length - 1]?.spans ?? [], from, figures)) {
      const group = run.pop();
      if (group) groups.unshift(group.line);
    }
    const cells = stackColumns(
      run.map((r) => ({ ...r, spans: splitOverFigures(r.spans, figureSpans(figures)) })),
      from,
    );
    const first = run[0]?.line;
    if (!cells || !first || !readsAsYears(run, cells)) return undefined;
    return {
      lines: [{ ...first, cells, text: cells.join('\t') }, ...groups],
      used: run.length + groups.length,
    };
  }
  return undefined;
}

/**
 * A header line's word runs where printed; undefined when the line is no header line of a spaced table.
 * Under a first header line, a line of years may finish the header (`withYears`).
 */
function headerSpans(line: ReportLine, withYears: boolean): Span[] | undefined {
  // "Table 7 Mill output": a numbered caption titles the table, it heads no column.
  if (line.raw.includes('\t') || line.raw.length > MAX_HEADER_CHARS || isCaptionText(line.text))
    return undefined;
  const cells = line.cells.filter((c) => c !== '');
  const year = (c: string) => parseYearCell(c) !== undefined && !withYears;
  if (cells.length === 0 || cells.some((c) => (isBareFigure(c) && !YEAR.test(c)) || year(c)))
    return undefined;
  if (!withYears && cells.some((c) => YEAR.test(c))) return undefined;
  // A sentence's stop ends prose; an abbreviated heading ("ESRS ref.", "No.") is no sentence.
  if (cells.some((c) => /[;:]$/.test(c) || (/\.$/.test(c) && !ABBREVIATED.test(c)))) return undefined;
  return withCleanWords(spansOf(line.raw, line.indent ?? 0, 1), cells);
}

// A heading ending in an abbreviation of at most four letters ("ESRS ref.", "No.", "Var.").
const ABBREVIATED = /^(?:\S+\s)?\p{L}{1,4}\.$/u;

/**
 * The runs with the cleaned cells' words ("m³" read "m3"), word for word: a line of one cell ("and
 * benefits   investment" read whole) still has its runs apart. Undefined when the words differ in number.
 */
function withCleanWords(spans: readonly Span[], cells: readonly string[]): Span[] | undefined {
  const words = cells.join(' ').split(/\s+/);
  const counts = spans.map((s) => s.text.split(' ').length);
  if (counts.reduce((a, b) => a + b, 0) !== words.length) return undefined;
  let next = 0;
  return spans.map((s, i) => {
    const text = words.slice(next, next + (counts[i] ?? 0)).join(' ');
    next += counts[i] ?? 0;
    return { ...s, text };
  });
}

/**
 * A line of one run right above the rows: a group row's name printed left of the figures, or the name
 * of a row of figures that prints none ("Northern depot" over "   412   398"), printed from the label
 * column on and so left of every figure.
 */
function isRowName(spans: readonly Span[], figuresFrom: number, figures: ReportLine): boolean {
  const [only] = spans;
  if (isGroupRow(spans, figuresFrom)) return true;
  if (spans.length !== 1 || !only) return false;
  const unnamed = spansOf(figures.raw, figures.indent ?? 0).every((s) => isBareFigure(s.text));
  return unnamed && only.start < figuresFrom;
}

/** A line of one run printed left of the figures: a group row's name, not a column's. */
function isGroupRow(spans: readonly Span[], figuresFrom: number): boolean {
  const [only] = spans;
  return spans.length === 1 && only !== undefined && only.end < figuresFrom;
}

/** The first row of figures from line `at`, past at most two one-cell group rows; undefined when none. */
function firstFigureRow(lines: readonly ReportLine[], at: number): ReportLine | undefined {
  for (let k = at; k < Math.min(lines.length, at + 3); k++) {
    const line = lines[k];
    if (!line || isFigureRow(line)) return line;
    if (line.cells.filter((c) => c !== '').length !== 1) return undefined;
  }
  return undefined;
}

/**
 * A header ending in a line of years is stacked only when each column naming a year still reads as a
 * year heading ("Base year 2021", "Target 2030") or a comparison of two years ("% 2025 / 2024"), and
 * some word was stacked over a year; else the table reader's own rules for two header rows apply.
 */
function readsAsYears(run: readonly { line: ReportLine }[], cells: readonly string[]): boolean {
  const last = run[run.length - 1]?.line;
  if (!last || !hasYears(last)) return true;
  const dated = cells.filter((c) => YEAR_IN.test(c));
  const stacked = dated.some((c) => !YEAR.test(c.trim()));
  // Groups over repeated years ("Foshan plant   Wuhu plant" over "2025  2024  2025  2024") each span
  // two years: the table reader spans them by count, so a year left bare twice ends this reading.
  const bare = dated.filter((c) => YEAR.test(c.trim())).map((c) => c.trim());
  if (run.length !== 2 || !stacked || new Set(bare).size !== bare.length) return false;
  return dated.every((c) => datedMeasure(c) !== undefined || isChangeHeading(c));
}

function isFigureRow(line: ReportLine): boolean {
  return line.cells.filter((c) => isBareFigure(c)).length >= 2;
}

/** Where a row's first figure is printed: a header column left of it heads the labels. */
function figureStart(line: ReportLine): number {
  const spans = spansOf(line.raw, line.indent ?? 0, 1);
  // A row named by its year ("2025   16,342   3,109") has its label in the first cell.
  const named = (s: Span, i: number) =>
    i === 0 && (!isBareFigure(s.text) || parseYearCell(s.text) !== undefined);
  return spans.find((s, i) => !named(s, i) && isBareFigure(s.text))?.start ?? 0;
}

// A dash or "n/a" holds a column's place in a row of figures ("318   –   1,406": nothing at head office).
const NO_FIGURE = /^(?:[-–—]|n\/a)$/i;

/** Where a row's figures are printed, a dash holding an empty column's place among them. */
function figureSpans(line: ReportLine): Span[] {
  return spansOf(line.raw, line.indent ?? 0, 1).filter((s) => isBareFigure(s.text) || NO_FIGURE.test(s.text));
}

import { isCaptionText } from '../clean/index.js';
import { isBareFigure, type ReportLine } from '../layout/index.js';
import { looksLikeUnit } from './unit-cell.js';
import { parseYearCell } from './year-cell.js';

/**
 * A header printed over two to four lines of a table whose column gaps are tabs ("Scope 1⇥Scope 2⇥Water"
 * over "withdrawal" over "(tCO2eq)⇥(tCO2eq)⇥(ton)"), as PDF-to-text output with tabs prints a wrapped
 * header: no place on the line says which column a shorter line's words finish. The header is read
 * when its first line names every column of the first row of figures below it (a line printed indented
 * leaves the label column blank). Each later line that names every column finishes each in order; a
 * shorter one finishes the headings left unfinished ("Hispanic or", "measure-", "2025/24,") when it has
 * a word for each, else the columns the shorter line above it finished, else the last columns whose
 * headings no bracketed unit closes (names wrap from the right, where the figures' headings are). The lines become one header row.
 */

// A name and its unit may take three or four lines.
const MAX_HEADER_LINES = 4;
// Work bound on untrusted text: longer lines are prose, not header rows.
const MAX_HEADER_CHARS = 400;
// An indent this much deeper than the rows' leaves the header's label column blank.
const LABEL_INDENT = 4;

// A heading its next line finishes: cut at a hyphen, slash or comma, an open bracket, or ending on a
// joining word ("Hispanic or", "Payments to", "Number of").
const UNFINISHED =
  /(?:[-/,(&+]|\b(?:or|and|of|per|by|for|in|to|the|from|with|de|del|des|du|da|do|la|le|y|e|et|und|o|ou|en|van|der|di)\b)$/i;

/** The header starting at line `at` merged into one row, and how many lines it took; undefined when none. */
export function tabStackedAt(
  lines: readonly ReportLine[],
  at: number,
): { line: ReportLine; used: number } | undefined {
  const first = lines[at];
  if (!first || !first.raw.includes('\t')) return undefined;
  const run: ReportLine[] = [];
  let k = at;
  for (; k < lines.length && run.length < MAX_HEADER_LINES; k++) {
    const line = lines[k];
    const prev = run[run.length - 1];
    if (!line || !isHeaderLine(line) || (prev && line.no !== prev.no + 1)) break;
    if (isGroupRow(line, lines[k + 1])) break;
    // A line of years is left to the table reader's rules for a header of years over measures, unless
    // it finishes, cell under cell, the headings over it ("Fuel use⇥tCO2e" over "TJ 2025⇥2025"): the last.
    if (line.cells.some((c) => parseYearCell(c) !== undefined)) {
      if (finishesEvery(run, line)) run.push(line);
      break;
    }
    run.push(line);
  }
  // "Scope 1" flush left between the header and its rows heads the rows: it stays a line of its own.
  const group = lines[k];
  const grouped = group !== undefined && isHeaderLine(group) && isGroupRow(group, lines[k + 1]);
  const figures = grouped ? lines[k + 1] : lines[k];
  const last = grouped ? group : run[run.length - 1];
  if (run.length < 2 || !last || !figures || figures.no - last.no > 2 || !isFigureRow(figures))
    return undefined;
  const width = figures.cells.length;
  const columns: string[][] = Array.from({ length: width }, () => []);
  let above: number[] | undefined;
  for (const [n, line] of run.entries()) {
    const whole = headerCells(line, figures);
    const full = whole.length === width;
    // A shorter line's indent says nothing of the label column: only its words finish headings.
    const cells = full ? whole : whole.filter((c) => c !== '');
    if (whole.length > width || (n === 0 && !full)) return undefined;
    const owners = full ? cells.map((_, i) => i) : finishing(cells, columns, above);
    if (!owners) return undefined;
    owners.forEach((o, i) => {
      const cell = cells[i] ?? '';
      if (cell !== '') columns[o]?.push(cell);
    });
    above = full ? undefined : owners;
  }
  const cells = columns.map((words) => words.reduce(runOn, ''));
  // The row is printed from where its label column's heading is, if a line names it.
  const { indent, ...line } = first;
  const placed = cells[0] === '' && indent !== undefined ? { ...line, indent } : line;
  return { line: { ...placed, cells, text: cells.join('\t') }, used: run.length };
}

/** A line with a cell under each of the run's first line's, which names no year: it finishes each heading. */
function finishesEvery(run: readonly ReportLine[], line: ReportLine): boolean {
  const first = run[0];
  if (!first || first.cells.some((c) => parseYearCell(c) !== undefined)) return false;
  const filled = (l: ReportLine) => l.cells.filter((c) => c !== '').length;
  return run.every((l) => filled(l) === filled(line));
}

/** A heading's words run on from the line above; a word cut at a hyphen or slash goes on without a space. */
function runOn(above: string, below: string): string {
  if (above === '') return below;
  return /\p{L}[/-]$/u.test(above) ? above + below : `${above} ${below}`;
}

/**
 * The columns a shorter header line's cells finish: the unfinished headings, one for each cell; else the
 * last columns the shorter line above finished; else the last figure columns not closed by a unit.
 * Undefined when none fits.
 */
function finishing(
  cells: readonly string[],
  columns: readonly string[][],
  above: readonly number[] | undefined,
): number[] | undefined {
  const bracketed = closingAndUnits(cells, columns);
  if (bracketed) return bracketed;
  const open = columns.flatMap((words, i) => (UNFINISHED.test(words.join(' ')) ? [i] : []));
  if (open.length === cells.length) return open;
  if (above) return above.length >= cells.length ? above.slice(above.length - cells.length) : undefined;
  // A heading closed by its bracketed unit ("Total (MWh)") is finished: the words go to the columns before it.
  const free = columns.flatMap((words, i) => (i > 0 && !/\)$/.test(words.join(' ')) ? [i] : []));
  return free.length >= cells.length ? free.slice(free.length - cells.length) : undefined;
}

// A cell closing a bracket the line above opened ("revenue)" under "(GJ/NT$ million"), and a unit in brackets.
const CLOSES_BRACKET = /^[^()]*\)$/;
const BRACKETED_UNIT = /^\(([^()]+)\)$/;

/**
 * "(MWh)⇥(MWh)⇥revenue)" under "Purchased electricity⇥Solar PV (self-generated)⇥…⇥Energy intensity (GJ/NT$
 * million": a cell closing a bracket finishes the heading left open, and a bracketed unit the headings that
 * print no unit, each in order. Undefined unless every cell is one or the other and each finds its column.
 */
function closingAndUnits(cells: readonly string[], columns: readonly string[][]): number[] | undefined {
  const text = columns.map((words) => words.join(' '));
  const open = text.flatMap((t, i) => (/\([^)]*$/.test(t) ? [i] : []));
  const unitless = text.flatMap((t, i) => {
    const units = [...t.matchAll(/\(([^()]*)\)/g)].some((m) => looksLikeUnit(m[1] ?? ''));
    return i > 0 && !open.includes(i) && !units ? [i] : [];
  });
  const closing = cells.filter((c) => CLOSES_BRACKET.test(c));
  const units = cells.filter((c) => !CLOSES_BRACKET.test(c));
  if (!units.every((c) => looksLikeUnit(BRACKETED_UNIT.exec(c)?.[1] ?? ''))) return undefined;
  if (closing.length !== open.length || (units.length > 0 && units.length !== unitless.length))
    return undefined;
  let [c, u] = [0, 0];
  return cells.map((cell) => (CLOSES_BRACKET.test(cell) ? (open[c++] ?? 0) : (unitless[u++] ?? 0)));
}

/** A header line's cells, a blank label cell first when the line is printed indented past the rows' labels. */
function headerCells(line: ReportLine, figures: ReportLine): string[] {
  const filled = line.cells.filter((c) => c !== '');
  const blank = line.cells[0] === '' || (line.indent ?? 0) >= (figures.indent ?? 0) + LABEL_INDENT;
  return blank ? ['', ...filled] : filled;
}

/** A line of column headings: short cells, no figure but a year, no caption and no sentence. */
function isHeaderLine(line: ReportLine): boolean {
  const cells = line.cells.filter((c) => c !== '');
  if (cells.length === 0 || line.raw.length > MAX_HEADER_CHARS || isCaptionText(line.text)) return false;
  return cells.every(
    (c) =>
      c.length <= 60 &&
      (!isBareFigure(c) || parseYearCell(c) !== undefined) &&
      !/[;:]$/.test(c) &&
      !/\p{L}{5,}\.$/u.test(c),
  );
}

/** A one-cell line at the rows' labels right over a row of figures: a group row's name, not a heading. */
function isGroupRow(line: ReportLine, below: ReportLine | undefined): boolean {
  if (!below || !isFigureRow(below) || line.cells.length !== 1) return false;
  return (line.indent ?? 0) < (below.indent ?? 0) + LABEL_INDENT;
}

function isFigureRow(line: ReportLine): boolean {
  return line.raw.includes('\t') && line.cells.filter((c) => isBareFigure(c)).length >= 2;
}

import type { ReportLine } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';

/**
 * A questionnaire answer prints each field's label on one line and its value on the next
 * ("Gross global Scope 1 emissions (metric tons CO2e)" over "166,925"), one block of fields per row
 * of the answer ("Row 1", "Reporting year", "Past year 1", or a blank line between rows).
 */

/** A field whose value is a figure. */
export interface FigureField {
  readonly label: string;
  /** The value line. */
  readonly line: ReportLine;
  /** The figure as parseCellValue reads it. */
  readonly value: string;
  /** A unit printed with the figure ("%"), '' when none. */
  readonly unit: string;
}

/** One row of an answer: its figures and what its other lines say about them. */
export interface FieldBlock {
  /** The row's header: "Row 2", "Reporting year", "Past year 1"; '' when the row starts after a blank line. */
  readonly header: string;
  /** The row's name: its first line, when it labels no value and names this row only ("Natural gas", "Business travel"). */
  readonly title: string;
  readonly figures: readonly FigureField[];
  /** Fields whose value is words or a date, by label in lower case ("end date" → "December 31 2025"). */
  readonly answers: ReadonlyMap<string, string>;
  /** The lines the row's figures and their labels are printed on. */
  readonly lines: readonly number[];
}

/** A row header printed on a line of its own. */
export const ROW_HEADER = /^(?:row \d{1,3}|reporting year|past year \d{1,2})$/i;
const MAX_LABEL_CHARS = 240;

/**
 * Splits a question's answer lines into rows of fields. `ignore` holds lines that are no part of the
 * answer (running page headers): a field label at a page's foot still pairs with its value on the
 * next page.
 */
export function fieldBlocks(lines: readonly ReportLine[], ignore: (no: number) => boolean): FieldBlock[] {
  const kept = lines.filter((l) => !ignore(l.no));
  const rows: ReportLine[][] = [];
  let row: ReportLine[] = [];
  for (const [i, line] of kept.entries()) {
    const before = kept[i - 1];
    // A blank line (a gap in the numbering with no page header in it) or a row header starts a row.
    const gap = before !== undefined && line.no - before.no > 1 && !spansIgnored(before.no, line.no, ignore);
    if (row.length > 0 && (gap || ROW_HEADER.test(textOf(line)))) {
      rows.push(row);
      row = [];
    }
    row.push(line);
  }
  if (row.length > 0) rows.push(row);
  const blocks = rows.map(readBlock);
  // A row's first line names it ("Business travel", "Natural gas") when the question has several rows
  // and no other row starts with the same line: field labels repeat from row to row, row names do not.
  // One row alone cannot say ("Initiative category & Initiative type" is a field over its answer).
  // Only rows with figures count: a page's running footer is a "row" of one line.
  const leads = blocks.filter((b) => b.figures.length > 0).map((b) => b.title.toLowerCase());
  return blocks.map((b) =>
    leads.length > 1 && leads.filter((l) => l === b.title.toLowerCase()).length === 1
      ? b
      : { ...b, title: '' },
  );
}

function readBlock(row: readonly ReportLine[]): FieldBlock {
  const figures: FigureField[] = [];
  const answers = new Map<string, string>();
  const used: number[] = [];
  const first = row[0] ? textOf(row[0]) : '';
  const header = ROW_HEADER.test(first) ? first : '';
  for (let i = 0; i < row.length - 1; i++) {
    const label = textOf(row[i]);
    const next = row[i + 1];
    if (!isLabel(label) || !next) continue;
    const figure = figureOf(next);
    if (figure) {
      figures.push({ label, line: next, ...figure });
      used.push(row[i]?.no ?? 0, next.no);
      i++;
    } else if (!answers.has(label.toLowerCase())) answers.set(label.toLowerCase(), textOf(next));
  }
  // The first line names the row when it labels no figure ("Purchased goods and services" over
  // "Evaluation status"); under a "Row 1" header, the line after it.
  const titleLine = row[/^row\b/i.test(header) ? 1 : 0];
  const title = titleLine && !used.includes(titleLine.no) ? textOf(titleLine) : '';
  return { header, title, figures, answers, lines: used };
}

/** A field label: words, not a figure, not a sentence. */
function isLabel(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_LABEL_CHARS &&
    /\p{L}{2}/u.test(text) &&
    !/[.;]$/.test(text) &&
    parseCellValue(text) === undefined
  );
}

/** The figure a value line holds alone (a bare number or a percentage), if it does. */
function figureOf(line: ReportLine | undefined): { value: string; unit: string } | undefined {
  if (!line) return undefined;
  const cell = parseCellValue(textOf(line));
  if (cell?.kind !== 'value' || cell.qualifier !== '') return undefined;
  return { value: cell.value, unit: cell.unit };
}

function textOf(line: ReportLine | undefined): string {
  return (line?.text ?? '').replace(/\t/g, ' ').replace(/\s+/g, ' ').trim();
}

function spansIgnored(from: number, to: number, ignore: (no: number) => boolean): boolean {
  for (let no = from + 1; no < to; no++) if (ignore(no)) return true;
  return false;
}

import type { ReportLine } from '../layout/index.js';

/**
 * A footnote mark printed as a superscript loses its raise in PDF-to-text output and joins the
 * figure before it: "1,204³" becomes "1,2043". The figure is then recognisable only because its
 * thousands grouping breaks (a last group of four digits), and the mark only because a note with
 * that number is printed under the table. Both must hold before the figure is read as value + mark;
 * a figure with decimals, or with no such note, is left unread (a wrong value is worse than none).
 */

/** A whole figure whose last thousands group has one digit too many: "1,2043", "4,862,3102". */
const BROKEN_GROUPING = /^(\d{1,3}(?:,\d{3})*,\d{3})(\d)$/;
/** A note line under a table: its number, then words ("3 FY2023/24 figure restated to include …"). */
const NOTE_LINE = /^([1-9])\s+\S.*\p{L}{3}/u;
// Notes sit under the table they annotate, within this many lines of its last row.
const MAX_NOTE_LINES = 12;

/** A figure read as value + glued footnote mark, when it has the broken grouping of one. */
export interface GluedFigure {
  /** The figure without the mark, without grouping commas ("1204"). */
  readonly value: string;
  /** The mark that was glued to it ("3"). */
  readonly mark: string;
}

/** Splits "1,2043" into 1204 and mark 3; undefined when the grouping is sound or the text is not a figure. */
export function splitGluedMark(text: string): GluedFigure | undefined {
  const m = BROKEN_GROUPING.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { value: m[1].replace(/,/g, ''), mark: m[2] };
}

/**
 * The note numbers printed under a table whose last row is at index `last` of `lines`: the note
 * lines right after it (running headers skipped), up to the first line that is not a note.
 */
export function notesBelow(
  lines: readonly ReportLine[],
  last: number,
  noise: ReadonlySet<number>,
): Set<string> {
  const marks = new Set<string>();
  const end = lines[last]?.no ?? 0;
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.no - end > MAX_NOTE_LINES) break;
    if (noise.has(line.no)) continue;
    const note = NOTE_LINE.exec(line.text.replace(/\t/g, ' ').trim());
    if (!note?.[1]) break;
    marks.add(note[1]);
  }
  return marks;
}

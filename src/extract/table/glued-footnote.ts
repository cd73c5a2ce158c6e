import type { ReportLine } from '../layout/index.js';
import { readGluedNote, type GluedNote } from '../numbers/index.js';

/**
 * A footnote mark glued to a figure ("1,2043", see `numbers/glued-note.ts`) whose grouping alone does not
 * prove it is read as value + mark only when a note with that number is printed under the table; a
 * figure with decimals, or with no such note, is left unread (a wrong value is worse than none).
 */

/** A note line under a table: its number, then words ("3 FY2023/24 figure restated to include …"). */
const NOTE_LINE = /^([1-9])\s+\S.*\p{L}{3}/u;
// Notes sit under the table they annotate, within this many lines of its last row.
const MAX_NOTE_LINES = 12;

/** Splits an unsigned "1,2043" into 1204 and mark 3; undefined when the grouping is sound or the text is not a figure. */
export function splitGluedMark(text: string): GluedNote | undefined {
  const glued = readGluedNote(text.trim());
  return glued?.sign === '' ? glued : undefined;
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

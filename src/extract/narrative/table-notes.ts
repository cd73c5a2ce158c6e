import type { ReportLine } from '../layout/index.js';

// "12  Permanent employees at 31 December; …": a note's number set apart (a tab or a wide gap as
// printed) from its words, which open with a capital.
const NOTE_OPENING = /^\s*\(?(\d{1,2})[a-z]?\)?(?:\t|\s{2,})\s*\p{Lu}/u;
// A heading over the notes of a table: "Notes", "Note:", "Footnotes".
const NOTES_HEADING = /^\s*(?:foot)?notes?\s*:?\s*$/i;

/**
 * The lines of numbered notes printed under a table (right under its last row, or under a "Notes"
 * heading there, one after another; a note wrapped onto a line in lower case goes on): line number →
 * the note's number. Their opening number refers the table's rows to the note; it counts nothing.
 */
export function tableNoteLines(
  lines: readonly ReportLine[],
  tableLines: ReadonlySet<number>,
): Map<number, string> {
  const notes = new Map<number, string>();
  let underTable = false;
  for (const line of lines) {
    const raw = line.raw.trim();
    if (raw === '') continue;
    const mark = NOTE_OPENING.exec(line.raw)?.[1];
    if (tableLines.has(line.no)) underTable = true;
    else if (underTable && mark !== undefined) notes.set(line.no, mark);
    else if (!(underTable && (NOTES_HEADING.test(raw) || /^\p{Ll}/u.test(raw)))) underTable = false;
  }
  return notes;
}

/** A note's text with its opening number blanked out (offsets kept, so each figure keeps its line). */
export function withoutNoteMark(sentence: string, mark: string): string {
  return sentence.replace(
    new RegExp(String.raw`^(\s*)(\(?${mark}[a-z]?\)?)(?=\s)`),
    (_, space: string, m: string) => `${space}${' '.repeat(m.length)}`,
  );
}

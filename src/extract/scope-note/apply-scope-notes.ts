import { getMetric, isMetricId, STATED_CHANGE_METRIC, type Fact } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import { splitSentences } from '../narrative/index.js';
import { labelMark, noteMark } from './footnote-mark.js';
import { readScopeNote, words, type ScopeNote } from './scope-note.js';

/** The dim a scope note sets, as in spec/extract-output.md's gold files ("scope": "offices in …"). */
export const SCOPE_DIM = 'scope';

// A note qualifies the table just above it: the walk back passes other notes, then the table's rows,
// and stops at the prose that introduced the table (or after these many lines).
const MAX_NOTE_LINES = 15;
const MAX_TABLE_LINES = 60;
const PROSE_CHARS = 80;
const NOTE_START = /^\s*(?:[-•*▪]|\(?\d{1,2}[.)]|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹]|\*+|notes?\b|source\b)/i;
const MIGHT_NOTE = /\bonly\b|\bexclud|\bnot\s+(?:include|cover)/i;

/**
 * Sets the {@link SCOPE_DIM} dim on the figures a scope note qualifies: the figures on the note's own
 * line and in the table just above it whose label shares a word with the note's subject (all of them
 * when the note names none, "the above data"). An intensity keeps its dims: a note says what was
 * measured, and the intensity's denominator may cover more (the case a check looks for). A figure
 * that already has a site or scope keeps it.
 */
export function applyScopeNotes(facts: readonly Fact[], lines: readonly ReportLine[]): Fact[] {
  const notes = findNotes(lines);
  if (notes.length === 0) return [...facts];
  const inRange = (n: PlacedNote, fact: Fact) => {
    const line = lineOf(fact);
    return line !== undefined && n.from <= line && line <= n.to;
  };
  // A footnote whose mark some rows carry ("Scope 1)¹" … "¹ Covers the Hong Kong sites only") is about those rows.
  const marked = notes.map((n) =>
    n.mark === undefined ? [] : facts.filter((f) => inRange(n, f) && labelMark(f) === n.mark),
  );
  return facts.map((fact) => {
    const i = notes.findIndex((n, k) => {
      if (!inRange(n, fact) || !narrowable(fact)) return false;
      const rows = marked[k] ?? [];
      return rows.length > 0 ? rows.includes(fact) : named(n.note, fact);
    });
    const note = notes[i]?.note;
    return note ? { ...fact, dims: { ...fact.dims, [SCOPE_DIM]: note.covers } } : fact;
  });
}

function lineOf(fact: Fact): number | undefined {
  return fact.provenance.kind === 'document' ? fact.provenance.location.line : undefined;
}

interface PlacedNote {
  readonly note: ScopeNote;
  /** The first and last line of the figures it may qualify. */
  readonly from: number;
  readonly to: number;
  /** The footnote mark the note's line opens with. */
  readonly mark?: string;
}

function findNotes(lines: readonly ReportLine[]): PlacedNote[] {
  const out: PlacedNote[] = [];
  lines.forEach((line, i) => {
    // A note is prose: a table row that says "excluding UK" is a row label, not a note.
    if (cellsOf(line) > 1 || !MIGHT_NOTE.test(line.text)) return;
    for (const { text } of splitSentences(line.text)) {
      const note = readScopeNote(text);
      if (!note) continue;
      const mark = noteMark(line.raw);
      out.push({ note, from: tableStart(lines, i), to: line.no, ...(mark === undefined ? {} : { mark }) });
      // One note a line: a footnote's later sentences say more about the same figures.
      break;
    }
  });
  return out;
}

/** The first line of the table above the note at `at` (the note's own line when there is none). */
function tableStart(lines: readonly ReportLine[], at: number): number {
  let i = at - 1;
  for (let n = 0; i >= 0 && n < MAX_NOTE_LINES && isNote(lines[i]); n++) i--;
  let start = lines[at]?.no ?? 0;
  for (let n = 0; i >= 0 && n < MAX_TABLE_LINES; n++, i--) {
    const line = lines[i];
    if (!line || isProse(line)) break;
    start = line.no;
  }
  return start;
}

// Bullets and numbers are cleaned out of `text`; the line as printed keeps them.
function isNote(line: ReportLine | undefined): boolean {
  return line !== undefined && cellsOf(line) === 1 && NOTE_START.test(line.raw);
}

function isProse(line: ReportLine): boolean {
  return cellsOf(line) === 1 && line.text.length >= PROSE_CHARS && !NOTE_START.test(line.raw);
}

function cellsOf(line: ReportLine): number {
  return line.cells.filter((c) => c.trim() !== '').length;
}

/** A figure a note may narrow: not scoped already, not a stated change, not an intensity. */
function narrowable(fact: Fact): boolean {
  if (fact.dims[SCOPE_DIM] !== undefined || fact.dims.site !== undefined) return false;
  // A stated change is about another figure; an intensity's denominator may cover more than the note.
  if (fact.metric === STATED_CHANGE_METRIC) return false;
  return !(isMetricId(fact.metric) && getMetric(fact.metric).kind === 'intensity');
}

/** Whether the note's subject names the figure (any figure, when it names none). */
function named(note: ScopeNote, fact: Fact): boolean {
  if (note.subject.length === 0) return true;
  // The metric's domain named ("water consumption" → water.*), or every word of the subject in the label:
  // a shared word alone is not enough ("energy consumption" is not "water consumption").
  const domain = fact.metric.split('.')[0] ?? '';
  if (note.subject.includes(domain)) return true;
  const named = new Set([...words(fact.label ?? ''), ...words(fact.metric.replace(/[._]/g, ' '))]);
  return note.subject.every((w) => named.has(w));
}

import type { RunLine } from './line-cluster.js';
import type { TextRun } from './text-run.js';

/**
 * A horizontal gap of at least this many ems starts a new cell. Word spaces are 0.25–0.35 em (a
 * justified line stretches them to about 0.5); table columns sit an em or more apart.
 */
const CELL_GAP = 0.7;
/** Gaps below this many ems are kerning or a script glued to its word: no space is inserted. */
const GLUED_GAP = 0.12;
/** A run repeating the previous one within this share of an em is fake bold (text printed twice). */
const FAKE_BOLD_SHIFT = 0.3;
/** A run this much smaller than its line and raised this many ems above it is a superscript. */
const SUPERSCRIPT_SIZE = 0.85;
const SUPERSCRIPT_RISE = 0.2;
/** Superscripts that belong to the text: exponents of length units (m², km³) and ordinals (1st). */
const EXPONENT = { base: /(?:^|[^\p{L}])(?:[kcdm]?m|ft|in)$/u, script: /^[23]$/ };
const ORDINAL = { base: /\d$/, script: /^(?:st|nd|rd|th|er|e|re)$/ };
/** Unicode private-use characters: icon glyphs (an assurance star) with no meaning as text. */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** A cell with its extent and font size, all known on a PDF page. */
export interface PdfCell {
  readonly text: string;
  readonly x: number;
  readonly x2: number;
  readonly size: number;
  /** Footnote marks set as superscripts after the text, kept out of `text`. */
  readonly marks?: readonly string[];
}

interface OpenCell {
  text: string;
  x: number;
  x2: number;
  size: number;
  marks: string[];
}

/**
 * Split a line's runs (left to right) into cells at wide gaps, keeping each cell's extent. A
 * superscript after a word is a footnote mark ("Scope 3¹", "Water ᶻᶻ") and goes to `marks`, unless
 * it is an exponent or an ordinal; subscripts ("CO₂") are glued into the text.
 */
export function lineCells(line: RunLine): PdfCell[] {
  const cells: OpenCell[] = [];
  let prev: TextRun | undefined;
  for (const run of line.runs) {
    const em = Math.max(line.size, run.size);
    if (prev !== undefined && run.text === prev.text && Math.abs(run.x - prev.x) < FAKE_BOLD_SHIFT * em)
      continue;
    prev = run;
    const cell = cells.at(-1);
    const gap = cell === undefined ? Infinity : run.x - cell.x2;
    if (cell === undefined || gap >= CELL_GAP * em) {
      cells.push({ text: run.text, x: run.x, x2: run.x2, size: run.size, marks: [] });
      continue;
    }
    cell.x2 = Math.max(cell.x2, run.x2);
    cell.size = Math.max(cell.size, run.size);
    if (isFootnoteMark(run, line, cell.text)) {
      cell.marks.push(...run.text.split(/[\s,]+/).filter((m) => m !== ''));
      continue;
    }
    const glue = gap < GLUED_GAP * em || /\s$/.test(cell.text) || /^\s/.test(run.text) ? '' : ' ';
    cell.text += glue + run.text;
  }
  return cells.map(closeCell).filter((c) => c.text !== '' || c.marks !== undefined);
}

function isFootnoteMark(run: TextRun, line: RunLine, before: string): boolean {
  const raised = run.size <= SUPERSCRIPT_SIZE * line.size && line.y - run.y >= SUPERSCRIPT_RISE * line.size;
  if (!raised) return false;
  const base = before.trimEnd();
  const script = run.text.trim();
  if (EXPONENT.base.test(base) && EXPONENT.script.test(script)) return false;
  return !(ORDINAL.base.test(base) && ORDINAL.script.test(script));
}

function closeCell(c: OpenCell): PdfCell {
  const cell = {
    text: c.text.replace(PRIVATE_USE, '').trim().replace(/\s+/g, ' '),
    x: round(c.x),
    x2: round(c.x2),
    size: round(c.size),
  };
  return c.marks.length > 0 ? { ...cell, marks: c.marks } : cell;
}

/** Positions to a tenth of a point: finer than print needs, and stable in snapshots. */
function round(n: number): number {
  return Math.round(n * 10) / 10;
}

import { opensWithBullet } from '../clean/index.js';
import { readProseColumns, type ReportLine } from '../layout/index.js';

/** Prose lines joined where the layout wrapped a sentence, with where each line starts in the text. */
export interface Paragraph {
  readonly text: string;
  /** The paragraph's lines and the offset in `text` where each begins, in order. */
  readonly parts: readonly { readonly line: ReportLine; readonly start: number }[];
  /** The paragraph's first line. */
  readonly first: ReportLine;
}

// A line this short is a heading, a caption or a list item, not a wrapped line of a paragraph.
const MIN_WRAPPED_CHARS = 60;
// Work bound: a run of joined lines longer than this is cut into paragraphs of its own.
const MAX_PARAGRAPH_CHARS = 6000;
// A line that ends a sentence or a clause ("…during the year.", "…as follows:").
const ENDS_SENTENCE = /[.!?:;。！？：；]["'”’)\]]*$/;
// A line that opens a list item or a heading of its own ("• …", "1. …", "(a) …", "2.3 Emissions").
// A section number's parts are short and its title is not lower case: a wrapped line may start
// with a figure ("1.2143 kgce/m³ and …", "18.4 hours per employee …").
const OPENS_ITEM = /^(?:[•●▪◆■\-–—*·]|\(?(?:\d{1,2}|[a-zA-Z])[.)]\s|\d{1,2}(?:\.\d{1,2})+\s+(?!\p{Ll}))/u;

/**
 * Groups prose lines into paragraphs. Text made from a PDF or typed to a fixed width breaks
 * sentences at line ends ("a total of" | "97 employees left the Group."); a line is joined to the
 * next one when it is long, does not end a sentence and the next one does not open a list item.
 * A word cut by a hyphen at the line end ("non-" | "compliance") is joined without a space. Prose set in
 * two columns is read one column after the other.
 */
export function toParagraphs(lines: readonly ReportLine[], skip: ReadonlySet<number>): Paragraph[] {
  const out: Paragraph[] = [];
  let text = '';
  let parts: { line: ReportLine; start: number }[] = [];
  let last: ReportLine | undefined;
  const flush = (): void => {
    const first = parts[0]?.line;
    if (first) out.push({ text, parts, first });
    text = '';
    parts = [];
  };
  // A page of two prose columns is read column by column (layout/prose-columns.ts).
  for (const line of readProseColumns(lines)) {
    if (skip.has(line.no)) {
      flush();
      last = undefined;
      continue;
    }
    const own = line.text.replace(/\t/g, ' ').trim();
    if (!(last && continues(last, line, own) && text.length + own.length < MAX_PARAGRAPH_CHARS)) flush();
    // Chinese and Japanese put no space between words, so a line wrapped between two of their characters
    // (or before a figure) joins without one.
    const glue =
      text === '' || /[A-Za-z]-$/.test(text) || (WIDE_END.test(text) && WIDE_START.test(own)) ? '' : ' ';
    text += glue;
    parts.push({ line, start: text.length });
    text += own;
    last = line;
  }
  flush();
  return out;
}

/** The line a paragraph offset falls in. */
export function lineAt(paragraph: Paragraph, offset: number): ReportLine {
  let found = paragraph.first;
  for (const p of paragraph.parts) {
    if (p.start > offset) break;
    found = p.line;
  }
  return found;
}

// Characters printed two columns wide in fixed-width text: Han, kana, Hangul and full-width forms and marks.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu;
const WIDE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;
const WIDE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\d]/u;

/** The columns a line takes as printed: a Chinese line of 40 characters is as wide as an English one of 80. */
function printedWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

function continues(prev: ReportLine, next: ReportLine, nextText: string): boolean {
  if (next.no !== prev.no + 1 || next.page !== prev.page || next.column !== prev.column) return false;
  if (prev.cells.filter((c) => c.trim() !== '').length > 1 || next.cells.filter((c) => c.trim()).length > 1)
    return false;
  const text = prev.text.trim();
  if (printedWidth(text) < MIN_WRAPPED_CHARS) return false;
  // "… the grid factor of the Ministry:" | "0.442 tCO2e/MWh for 2025 …": a colon at the end of a wrapped
  // line leads into the figures on the next; a list it opens starts with a bullet or a capital.
  if (ENDS_SENTENCE.test(text) && !(text.endsWith(':') && /^[\d\p{Ll}]/u.test(nextText))) return false;
  // Cleaning strips a bullet from the text, so the printed line tells a list item ("• 1,204 t") too.
  return nextText !== '' && !OPENS_ITEM.test(nextText) && !opensWithBullet(next.raw);
}

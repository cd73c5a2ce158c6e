import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { paragraphYear } from './paragraph-year.js';
import { lineAt, toParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { isChineseProse, readChineseSentence, splitChineseSentences } from './chinese-sentences.js';
import {
  isKoreanProse,
  koreanSentenceYear,
  readKoreanSentence,
  splitKoreanSentences,
} from './korean-sentences.js';
import { tableNoteLines, withoutNoteMark } from './table-notes.js';
import type { NarrativeFigure } from './read-figure.js';
import type { StatedChange } from './stated-change.js';
import { readSentence, type NarrativeResult } from './read-sentence.js';

/** Reads figures and zero statements from prose lines (lines not claimed by tables or indexes). */
export function extractNarrative(
  lines: readonly ReportLine[],
  options: { reportYear: number; skip: ReadonlySet<number> },
): NarrativeResult {
  const out: Mention[] = [];
  const changes: StatedChange[] = [];
  // The whole a later sentence's counts by group may break down (see partOfEarlierWhole): it carries
  // on to the next line even when a line ending a sentence starts a new paragraph there.
  let whole: { figure: NarrativeFigure; lastLine: number } | undefined;
  const notes = tableNoteLines(lines, options.skip);
  for (const paragraph of toParagraphs(lines, options.skip)) {
    if (whole && paragraph.first.no !== whole.lastLine + 1) whole = undefined;
    const lastLine = paragraph.parts[paragraph.parts.length - 1]?.line.no ?? paragraph.first.no;
    if (whole) whole = { ...whole, lastLine };
    if (!/\d|\bno\b|\bzero\b|\bnot\b|\bnone\b/i.test(paragraph.text)) continue;
    let inherited: number | undefined;
    let previous = '';
    // Chinese prose has its own sentence marks and word order (chinese-sentences.ts).
    if (isChineseProse(paragraph.text)) {
      for (const sentence of splitChineseSentences(paragraph.text)) {
        const at = (offset: number): ReportLine => lineAt(paragraph, sentence.start + offset);
        const read = readChineseSentence(sentence.text, at, inherited ?? options.reportYear);
        out.push(...read.mentions);
        changes.push(...read.changes);
        inherited = paragraphYear(sentence.text, options.reportYear, inherited);
      }
      continue;
    }
    // Korean prose puts the verb last and glues particles to words (korean-sentences.ts).
    if (isKoreanProse(paragraph.text)) {
      for (const sentence of splitKoreanSentences(paragraph.text)) {
        const at = (offset: number): ReportLine => lineAt(paragraph, sentence.start + offset);
        const read = readKoreanSentence(sentence.text, at, inherited ?? options.reportYear);
        out.push(...read.mentions);
        changes.push(...read.changes);
        inherited = koreanSentenceYear(sentence.text, options.reportYear, inherited);
      }
      continue;
    }
    for (const sentence of splitSentences(paragraph.text)) {
      const at = (offset: number): ReportLine => lineAt(paragraph, sentence.start + offset);
      const noteMark = notes.get(at(0).no);
      const text = noteMark === undefined ? sentence.text : withoutNoteMark(sentence.text, noteMark);
      const read = readSentence(at, text, options.reportYear, inherited, whole?.figure, previous);
      previous = sentence.text;
      out.push(...read.mentions);
      changes.push(...read.changes);
      if (read.whole) whole = { figure: read.whole, lastLine };
      inherited = paragraphYear(sentence.text, options.reportYear, inherited);
    }
  }
  return { mentions: out, changes };
}

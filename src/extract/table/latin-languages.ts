import type { ReportLine } from '../layout/index.js';
import { ENGLISH_FUNCTION_WORDS, englishWords } from './english-words.js';

/**
 * A report printed in English and in another Latin-script language (Indonesian IDX and Malaysian
 * Bursa reports: "Pendapatan  Rp miliar  6,842.5" over "Revenue  Rp billion"). The script cannot tell
 * the two lines of a row apart as it does for Chinese, so the report's own prose does: its sentences
 * without an English function word are in the other language, and their words (less the English ones)
 * are that language's vocabulary.
 */
export interface LanguageSense {
  /** How many words of a label are in the report's other language, how many English and how many neither. */
  count(label: string): { readonly local: number; readonly english: number; readonly unknown: number };
}

const FUNCTION = new Set<string>(ENGLISH_FUNCTION_WORDS);
const WORD = /\p{L}[\p{L}'-]*/gu;
// A sentence-sized line: fewer words are table labels, which need not hold a function word.
const PROSE_WORDS = 6;
// Both languages must each print at least this many sentences, and these shares of them: an English
// report has up to an eighth of its sentence lines without a function word (headings, lists, wrapped
// ends); a report printing each paragraph in both languages has about half.
const MIN_PROSE = 5;
const MIN_LOCAL_SHARE = 0.25;
const MIN_ENGLISH_SHARE = 0.1;

// Where a sentence or one side of a bilingual pair ends, and the fewest words a sentence holds.
const SEGMENT_END = /\s+\/\s+|(?<=[.!?;:])\s+/u;
const SEGMENT_WORDS = 4;

const functionWords = (words: readonly string[]): number => words.filter((w) => FUNCTION.has(w)).length;
const isLocal = (words: readonly string[]): boolean => functionWords(words) === 0;
const isEnglish = (words: readonly string[]): boolean => functionWords(words) >= 2;

/** A text's words in lower case; words printed in capitals (acronyms: GHG, LTIFR) are neither language. */
function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? [])
    .filter((w) => w.length >= 2 && w !== w.toUpperCase())
    .map((w) => w.toLowerCase());
}

/**
 * The two languages of a report that prints its prose in English and in another Latin-script
 * language, or undefined for a report in one language (or in Chinese, read by its script).
 */
export function senseLanguages(lines: readonly ReportLine[]): LanguageSense | undefined {
  // A line of one cell: a table row's words are labels, which need no function word.
  const prose = lines
    .filter((l) => l.cells.filter((c) => c !== '').length === 1)
    .map((l) => wordsOf(l.text))
    .filter((w) => w.length >= PROSE_WORDS);
  const enough = (n: number, share: number): boolean => n >= MIN_PROSE && n >= share * prose.length;
  const local = prose.filter(isLocal).length;
  const english = prose.filter(isEnglish).length;
  if (!enough(local, MIN_LOCAL_SHARE) || !enough(english, MIN_ENGLISH_SHARE)) return undefined;
  // A line often holds both languages ("Listrik PLN dikonversi … / PLN grid electricity is converted
  // …"): the vocabularies are read per sentence and per side of a slash.
  const segments = lines.flatMap((l) => l.text.split(SEGMENT_END)).map(wordsOf);
  const known = englishWords();
  const englishProse = new Set(segments.filter(isEnglish).flat());
  const localWords = new Set(
    segments
      .filter((w) => w.length >= SEGMENT_WORDS && isLocal(w))
      .flat()
      .filter((w) => !known.has(w) && !englishProse.has(w)),
  );
  return {
    count(label) {
      const words = wordsOf(label);
      const inLocal = words.filter((w) => localWords.has(w)).length;
      // "fixed-term", "non-staff": English when each part is.
      const english = (w: string): boolean =>
        known.has(w) || englishProse.has(w) || w.split('-').every((p) => known.has(p) || englishProse.has(p));
      const inEnglish = words.filter((w) => !localWords.has(w) && english(w)).length;
      return { local: inLocal, english: inEnglish, unknown: words.length - inLocal - inEnglish };
    },
  };
}

/**
 * Whether `english` is the English of `local` in a Latin-script report: it holds no word of the
 * other language, and either `local` holds some ("Solar (minyak diesel)" over "Diesel": the Indonesian
 * for diesel is spelt like an English word) or, with none known, a word neither language is known by
 * and fewer English words ("Total pengambilan air" over "Total water withdrawal").
 */
export function translates(sense: LanguageSense, local: string, english: string): boolean {
  const upper = sense.count(local);
  const lower = sense.count(english);
  if (lower.local > 0) return false;
  if (upper.local > 0) return lower.english > 0 || upper.local >= upper.english;
  return upper.unknown > 0 && lower.english > upper.english;
}

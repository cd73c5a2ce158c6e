import { z } from 'zod';
import data from './abbreviations.data.json' with { type: 'json' };

/** A sentence of a line and where it starts in the line. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

const abbreviationsSchema = z.object({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  languages: z.array(
    z.object({ language: z.string(), words: z.array(z.string()), afterYear: z.array(z.string()) }),
  ),
});

// How far before a full stop an abbreviation of several parts may start ("sp. z o.o.", "и т. д.").
const ABBREVIATION_REACH = 16;

let abbreviations: { readonly any: RegExp; readonly afterYear: RegExp } | undefined;

/**
 * The abbreviations of abbreviations.data.json (English "e.g.", Russian "т. е.", "тыс.", German "z. B.",
 * "bzw.", French "env.", Czech "tis.", Polish "tys.", the rupee's "Rs."), checked and built on first use:
 * `any` matches one with its full stops at the position it is tried (sticky), `afterYear` a year's
 * abbreviation after a figure ending the text ("2024 г").
 */
function loadAbbreviations(): NonNullable<typeof abbreviations> {
  if (abbreviations) return abbreviations;
  const languages = abbreviationsSchema.parse(data).languages;
  // An inner full stop may or may not have a space after it ("т.е." and "т. е."); words are spaced.
  const word = (w: string): string => w.replace(/\\\.\s?/g, String.raw`\.\s?`).replace(/ /g, String.raw`\s+`);
  const words = languages.flatMap((l) => l.words).map(word);
  // Longest first, so "и т. д" is tried before "т. д".
  words.sort((a, b) => b.length - a.length);
  const years = languages.flatMap((l) => l.afterYear).map(word);
  abbreviations = {
    any: new RegExp(String.raw`(?<![\p{L}\p{M}\d.])(?:${words.join('|')})\.`, 'iuy'),
    afterYear: new RegExp(String.raw`\d\s?(?:${years.length === 0 ? '(?!)' : years.join('|')})$`, 'iu'),
  };
  return abbreviations;
}

/**
 * True when the full stop at `dot` belongs to an abbreviation ("z. B. Erdgas", "г. Москва", "tis. Kč"),
 * so it ends no sentence. A year's abbreviation after a figure ("в 2024 г. Выбросы") may end one.
 */
function abbreviates(text: string, from: number, dot: number): boolean {
  const { any, afterYear } = loadAbbreviations();
  for (let at = Math.max(from, dot - ABBREVIATION_REACH); at <= dot; at++) {
    any.lastIndex = at;
    const m = any.exec(text);
    if (m && at + m[0].length === dot + 1) return !afterYear.test(text.slice(Math.max(from, at - 8), dot));
    if (m && at + m[0].length > dot) return true;
  }
  return false;
}

/**
 * The abbreviated scale words reports print after an amount with a full stop: Slovak and Czech "mil."
 * and "mld." (milión, miliarda), "tis." (tisíc), Polish "tys." and "mln.", German "Tsd.", "Mio." and
 * "Mrd.", Romanian "mil.", "thous." in translations from Russian ("432,0 mil. €", "8,4 mld. Kč"), Danish
 * "mia." (milliard) and Norwegian "mill." ("48,2 mia. kr.", "12 mill. kr").
 */
export const SCALE_ABBREVIATION = /^(?:mil|mld|mln|tis|tys|thous|tsd|mio|mrd|mia|mill)$/i;
// The dot of such a scale printed after a figure ends no sentence: "8,4 mld. Kč", "5,1 Mio. Euro".
const SCALE_AFTER_FIGURE = /\d\s?(\p{L}+)$/u;
// Initials with full stops ("B.E", "U.S"): before a number they abbreviate its era or place.
const INITIALS = /(?<![\p{L}.])(?:\p{Lu}\.)+\p{Lu}$/u;
const MAX_SENTENCE_CHARS = 1500;
// A figure its year and a colon lead ("2025: 0.748"), ending or starting a stretch of text.
const YEAR_LED_FIGURE_END = /(?:^|[\s;,])(?:FY\s?)?(?:19|20)\d{2}\.?\s*:\s*\d[\d.,]*$/;
const YEAR_LED_FIGURE_START = /^(?:FY\s?)?(?:19|20)\d{2}\.?\s*:\s*\d/;

// A stretch ending on a count and its noun ("1,126 new hires"), and one opening on a share ("35.7% were").
// A count has two digits or more: a single one more often numbers a name ("Scope 1 fell").
const COUNT_END = /(?<![\d,.])\d[\d,.]*\d\s+\p{L}+(?:\s+\p{L}+){0,2}$/u;
const SHARE_START = /^\d{1,3}(?:[.,]\d+)?\s?%\s+\p{L}/u;

// Georgian Mkhedruli letters are lower case in Unicode (their Mtavruli capitals serve only for headings
// in capitals), so running Georgian text starts every sentence with one, as a cased script does with a capital.
const SENTENCE_START = String.raw`\p{Lu}\u10d0-\u10ff0-9“"‘(`;
const BOUNDARY = new RegExp(String.raw`[.!?;]\s+(?=[${SENTENCE_START}])`, 'gu');
const CASELESS_BOUNDARY = new RegExp(String.raw`[.!?;]\s+(?=[${SENTENCE_START}\p{Lo}])`, 'gu');

/**
 * Splits a paragraph into sentences at ". ", "! ", "? " and "; " before a capital of any alphabet
 * (Latin with its accents, Cyrillic, Greek), a Georgian letter, a digit or a quote, but not after an
 * abbreviation of abbreviations.data.json ("Co., Ltd.", "e.g.", "z. B.", "т. е.", "ათ.") nor at a "; "
 * inside brackets. With `caseless`, also before a letter of a script with no capitals (Arabic, Hebrew,
 * Thai). Very long sentences are cut so one run-on paragraph cannot make later steps slow.
 */
export function splitSentences(text: string, options: { caseless?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = options.caseless ? CASELESS_BOUNDARY : BOUNDARY;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + 1;
    const before = text.slice(Math.max(start, end - 12), end - 1);
    if (m[0].startsWith('.') && abbreviates(text, start, m.index)) continue;
    if (m[0].startsWith('.') && SCALE_ABBREVIATION.test(SCALE_AFTER_FIGURE.exec(before)?.[1] ?? '')) continue;
    // "(B.E. 2566)", "A.H. 1446": an era's initials before its year end no sentence.
    if (m[0].startsWith('.') && INITIALS.test(before) && /\d/.test(text[m.index + m[0].length] ?? ''))
      continue;
    // "(2023: 4,026; 2022: 3,958)": a semicolon inside brackets separates comparatives, not sentences.
    if (m[0].startsWith(';') && insideBrackets(text.slice(start, m.index))) continue;
    // "grid factor 2025: 0.748; 2024: 0.762; 2023: 0.781 t CO2/MWh": one figure a year, one sentence.
    if (
      m[0].startsWith(';') &&
      YEAR_LED_FIGURE_END.test(text.slice(start, m.index)) &&
      YEAR_LED_FIGURE_START.test(text.slice(m.index + m[0].length))
    )
      continue;
    // "1,126 new hires; 35.7% were women": a share after a bare count is a share of that count.
    if (
      m[0].startsWith(';') &&
      COUNT_END.test(text.slice(start, m.index)) &&
      SHARE_START.test(text.slice(m.index + m[0].length))
    )
      continue;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

// How far back an open bracket may be for a semicolon to count as inside it.
const BRACKET_REACH = 200;

/** True when a bracket opened in the last {@link BRACKET_REACH} characters is still open ("(2023: RMB 2.1 (10,000); …"). */
function insideBrackets(before: string): boolean {
  let depth = 0;
  for (const ch of before.slice(-BRACKET_REACH)) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  for (let s = from; s < to; s += MAX_SENTENCE_CHARS) {
    const piece = text.slice(s, Math.min(to, s + MAX_SENTENCE_CHARS));
    if (piece.trim() !== '') out.push({ text: piece, start: s });
  }
}

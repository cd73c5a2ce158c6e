import countedPeople from './counted-people.data.json' with { type: 'json' };
import { thousandsMarkOfLanguage } from './number-language.js';

/**
 * Continental European reports write "1.234,5" and "12,4 %" (ISO 80000-1 §7.3.1 allows either mark
 * as the decimal sign). One figure such as "1,204" cannot say which convention it follows, so the
 * document decides: the figures that can only be read one way are counted, and a document that
 * prints the decimal comma consistently has its numbers rewritten with a decimal point before the
 * tables and sentences are read.
 */

/**
 * Figures only a decimal-comma document prints: "1.234,5", "12,4 %", "1.234.567", and a comma after
 * thousands grouped with spaces ("46 812,4", the French and Nordic form): a point document that
 * groups with spaces (ISO 80000-1) writes "46 812.4".
 */
export const COMMA_ONLY = [
  /(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,]*\d)/g,
  /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{1,2}(?![\d.,]*\d)/g,
  /(?<![\d.,])\d+,\d+ ?%/g,
  // The sign before the figure, as Turkish prints it ("%21,8").
  /(?<![\w%])%\d+,\d+(?![\d.,]*\d)/g,
  // A leading zero groups no thousands: "0,497" is a decimal.
  /(?<![\d.,])0,\d+(?![\d.,]*\d)/g,
  /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]*\d)/g,
] as const;
/** Figures only a decimal-point document prints: "1,234.5", "12.4%", "1,234,567". */
export const POINT_ONLY = [
  /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,]*\d)/g,
  /(?<![\d.,])\d+\.\d+ ?%/g,
  /(?<![\w%])%\d+\.\d+(?![\d.,]*\d)/g,
  /(?<![\d.,])0\.\d+(?![\d.,]*\d)/g,
  /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,]*\d)/g,
] as const;

// Swiss reports group thousands with an apostrophe and print the decimal point.
const APOSTROPHE_GROUPED = /\d['’]\d{3}(?!\d)/;

/** Fewest unambiguous decimal-comma figures before a document is read as using the comma. */
const MIN_COMMA_FIGURES = 3;
/** Unambiguous decimal-comma figures needed for each decimal-point figure (stray quotes, codes). */
const COMMA_PER_POINT = 10;
// Work bound for hostile input: only this much of each line is looked at.
const MAX_LINE_CHARS = 2_000;

/** How many figures in the text the patterns match. */
export function count(text: string, patterns: readonly RegExp[]): number {
  return patterns.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

/**
 * Whether a document's lines print decimals with a comma ("1.234,5", "12,4 %") consistently, or, with
 * too few such figures to tell, whether its language does.
 */
export function usesDecimalComma(lines: Iterable<string>): boolean {
  const texts = [...lines];
  let comma = 0;
  let point = 0;
  let swiss = false;
  for (const line of texts) {
    swiss ||= APOSTROPHE_GROUPED.test(line);
    if (!/\d[.,]\d/.test(line)) continue;
    const text = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
    comma += count(text, COMMA_ONLY);
    point += count(text, POINT_ONLY);
  }
  if (comma >= MIN_COMMA_FIGURES && comma >= point * COMMA_PER_POINT) return true;
  // Too few figures to decide: a text in a language that groups thousands with a point ("1.240"),
  // printing no figure only the decimal point (or the Swiss apostrophe, "1'240.5") prints, uses the comma.
  return point === 0 && !swiss && thousandsMarkOfLanguage(texts) === 'point';
}

// A number grouped with dots, with or without a decimal comma ("1.234", "1.234,5"), or a number
// with a decimal comma ("12,4", "0,75"); not a date ("31.12.2024") or a list ("1,2,3").
const COMMA_NUMERAL = /(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d.,]*\d)/g;

/** Rewrites the numbers of a decimal-comma text with a decimal point: "1.234,5" → "1,234.5", "12,4" → "12.4". */
export function toPointDecimals(text: string): string {
  if (!/\d[.,]\d/.test(text)) return text;
  return text.replace(COMMA_NUMERAL, (n, at: number) =>
    isGroupedCount(n, text.slice(at + n.length))
      ? n
      : n.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.')),
  );
}

// A figure with a comma before three digits ("6,132") followed by people counted one by one: no
// headcount is 6.132 people, so the comma groups thousands even where the line's other figures print
// the decimal comma (a paragraph pasting an English-style count beside "19,3%").
const THOUSANDS_GROUP = /^\d{1,3},\d{3}$/;
const COUNTED_PEOPLE = new RegExp(`^\\s*(?:${countedPeople.words.join('|')})(?!\\p{L})`, 'iu');

function isGroupedCount(numeral: string, after: string): boolean {
  return THOUSANDS_GROUP.test(numeral) && COUNTED_PEOPLE.test(after.slice(0, 40));
}

// "1.240" followed by people counted one by one, in a text printing the decimal point: no headcount is
// 1.24 people, so the point groups thousands ("a workforce of 1.240 employees" in a translated table).
const POINT_GROUP = /(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,]*\d)/g;

/** Rewrites a point grouping the thousands of a headcount with a comma: "1.240 employees" → "1,240 employees". */
export function toCommaGroupedCounts(text: string): string {
  if (!/\d\.\d{3}/.test(text)) return text;
  return text.replace(POINT_GROUP, (n, at: number) =>
    COUNTED_PEOPLE.test(text.slice(at + n.length, at + n.length + 40)) ? n.replace('.', ',') : n,
  );
}

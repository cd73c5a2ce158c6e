import { statedOrFiscalYears } from './printed-years.js';
import type { PrintedYear } from './printed-years.js';

// "… a decrease of 3.6% from 672,850 tons in 2024": a year printed right after a figure and its unit.
const FIGURE_BEFORE_YEAR = /\d[\d,.]*\s*[^\d\s,;()]*(?:\s+[^\d\s,;()]+){0,3}\s+$/;
// "… up from 71,860 MWh in 2024", "compared with 412 in 2023": the year of a figure set against the
// one reported; it dates that comparative only, even when the sentence names no other year.
const COMPARATIVE_BEFORE_YEAR =
  /\b(?:from|than|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|approximately\s+)?(?:[A-Z]{0,3}\$|[A-Z]{3}\s?|€|£|¥)?\d[\d,.]*\s*[^\d\s,;()]*(?:\s+[^\d\s,;()]+){0,3}\s+$/i;
// "… rose to Rs 96.4 billion, up 5.0% over FY24", "a 3.1% decline on 2023": the year a change is set
// against is the change's base; the sentences after it go on about the year reported, not that one.
const CHANGE_BASE_YEAR =
  /\d[\d,.]*\s*%?(?:\s+[\p{L}-]+){0,2}\s+(?:over|on|below|above|than|versus|vs\.?|compared\s+(?:with|to)|against|relative\s+to)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?(?:FY\s?)?$/iu;
// "one fatality … occurred in FY2022/23": the year an event happened dates that event alone.
const EVENT_BEFORE_YEAR =
  /\b(?:occurred|happened|took\s+place|(?:was|were)\s+(?:recorded|reported|registered|confirmed))\s+(?:in|during)\s+(?:the\s+)?(?:(?:financial|fiscal)\s+year\s+)?(?:FY\s?)?$/i;
// "no fatalities in FY2024/25 or FY2023/24", "in 2023, 2024 and 2025": years listed together.
const ONE_YEAR = String.raw`(?:FY\s?)?(?:19|20)\d{2}(?:\s?\/\s?\d{2})?\b`;
const YEAR_LIST = new RegExp(
  `${ONE_YEAR}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s*)${ONE_YEAR})+`,
  'gi',
);

/**
 * The year a sentence sets for the sentences after it in its paragraph, if it sets one. A year that
 * only dates a comparative printed after its figure ("In 2025, withdrawal was 648,320 tons, down from
 * 672,850 tons in 2024") sets nothing when the sentence names another year: the next sentence goes on
 * about 2025. Years listed together name no one year, and the year an event occurred in dates only
 * that event; neither sets the paragraph's year, nor does a year in a bracketed aside or a relative
 * clause set off by commas.
 */
export function paragraphYear(
  sentence: string,
  reportYear: number,
  current: number | undefined,
): number | undefined {
  if (/\b(?:reporting period|this year|the year|current year)\b/i.test(sentence)) return undefined;
  const lists = [...sentence.matchAll(YEAR_LIST)].slice(0, 20).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const years = statedOrFiscalYears(sentence)
    .filter((y) => y.year <= reportYear)
    .filter((y) => {
      const digit = firstDigit(sentence, y);
      const listed = lists.some((l) => digit >= l.start && digit < l.end);
      const before = sentence.slice(Math.max(0, digit - 80), digit);
      const preceding = sentence.slice(Math.max(0, y.index - 100), y.index);
      const comparative = COMPARATIVE_BEFORE_YEAR.test(preceding) || CHANGE_BASE_YEAR.test(preceding);
      const aside = inAside(sentence, digit) || inRelativeClause(sentence, digit);
      return !listed && !comparative && !EVENT_BEFORE_YEAR.test(before) && !aside;
    });
  const setting = years.filter(
    (y) => !FIGURE_BEFORE_YEAR.test(sentence.slice(Math.max(0, y.index - 60), y.index)),
  );
  const pool = setting.length > 0 ? setting : years;
  return pool[pool.length - 1]?.year ?? current;
}

/**
 * Whether a year sits in a bracketed aside ("(34.0 hours in 2024)", "(2024: ₦1.06 billion)"): the
 * aside dates its own comparative, never the sentences after it.
 */
function inAside(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  return open >= 0 && sentence.lastIndexOf(')', at) < open && sentence.indexOf(')', at) > at;
}

// ", which landed 179,002 tonnes in 2023 including …, this meant": the opening of a clause set off
// by commas that describes a noun; a thousands comma has no space after it, so it opens nothing.
const RELATIVE_OPENING = /,\s+(?:which|who|whose|where)\s/gi;

/**
 * Whether a year sits in a relative clause set off by commas ("For the group, which sold 51,230 tonnes
 * in 2029, this meant …"): the clause says what its noun did that year; the sentence and the ones after
 * it go on about the year reported.
 */
function inRelativeClause(sentence: string, at: number): boolean {
  const opening = [...sentence.slice(0, at).matchAll(RELATIVE_OPENING)].at(-1);
  if (!opening) return false;
  const inside = sentence.slice(opening.index + opening[0].length, at);
  return !/[,;:]\s|[()]/.test(inside) && /,\s/.test(sentence.slice(at));
}

/** Where the printed year itself begins, past words its match may start with ("in FY2024/25" → at "FY"). */
function firstDigit(sentence: string, y: PrintedYear): number {
  const found = sentence.slice(y.index, y.index + 40).search(/(?:19|20)\d{2}|FY\s?\d/i);
  return found < 0 ? y.index : y.index + found;
}

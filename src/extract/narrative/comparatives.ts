import { readNumeral } from '../numbers/index.js';
import type { NumberToken } from '../numbers/index.js';
import { YEAR_BEFORE_NAME } from '../period/index.js';
import { CURRENCY_MARK } from './currency-mark.js';
import { COMPARED_BEFORE, YEAR_AFTER } from './figure-year.js';
import { COMPARATIVE_BRACKET, fiscalYears } from './printed-years.js';
import type { NarrativeFigure } from './read-figure.js';

/** A prior-year figure printed in brackets after the current one: "1,234 employees (2021: 1,100)". */
export interface Comparative {
  readonly figure: NarrativeFigure;
  readonly year: number;
  /** The current-year figure it compares with. */
  readonly of: NarrativeFigure;
}

// One year and its figure inside such a bracket; the year may close a date ("30 June 2024: 4,765")
// or be a fiscal year split over two ("FY2023/24: 1,342", "FY 2023-24: 14", named by the year it ends in).
// Its figure may group thousands by spaces, as the figure before it does ("2024: 1 186 200"), and its year
// may be printed as an ordinal ("2024.: 13,1 %") or with Polish "r." ("2024 r.: 13,1 %"). The year before
// may be named instead ("Vorjahr: 77,3 %", "prior year 81.2"): the year before the figure's own. Two years
// may share one figure ("2024 and 2023: 0.5703"), a factor left unchanged: the figure is each year's.
const PAIR = new RegExp(
  String.raw`(?:^\(|[;,]|\band\b)\s*(?:(?:\d{1,2}\s+[A-Za-z]+\s+)?(?:FY\s?)?((?:19|20)\d{2}(?:\s?[/\-–]\s?\d{2})?|\d{2}\s?[/\-–]\s?\d{2})(?:\s+and\s+((?:19|20)\d{2}))?(?:\.|\s?r\.)?\s*[:：]|` +
    String.raw`(${YEAR_BEFORE_NAME})\s*[:：]?)\s*` +
    `(${CURRENCY_MARK}|R(?=\\d))?` +
    String.raw`\s*(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)(?:\.\d+)?|\d[\d,]*(?:\.\d+)?)\s*(%|million|billion|thousand|\(10,000\))?`,
  'gi',
);
// How far after the figure its comparatives may be printed.
const BRACKET_REACH = 40;

/**
 * Comparatives in a sentence. Reports print prior years in brackets right after a figure, one or
 * several ("4,108 people (2023: 4,026; 2022: 3,958)"); each bracketed value has the unit of the
 * figure before it unless it prints its own "%". A bracket that prints its own currency with no
 * figures in that currency. A bracket naming the year before ("(Vorjahr: 77,3 %)") dates its figure a
 * year before `yearOf` the figure it follows (the report year when that has none).
 */
export function findComparatives(
  sentence: string,
  figures: readonly NarrativeFigure[],
  reportYear: number,
  yearOf: (figure: NarrativeFigure) => number | undefined = () => undefined,
): Comparative[] {
  const out: Comparative[] = [];
  for (const b of sentence.matchAll(COMPARATIVE_BRACKET)) {
    const before = [...figures].reverse().find((f) => f.end <= b.index);
    const near = before && b.index - before.end <= BRACKET_REACH ? before : undefined;
    for (const m of b[0].matchAll(PAIR)) {
      const [, printed, also, yearBefore, currency, number = '', scale] = m;
      const value = readNumeral(number);
      const named = namedBy(b[0].slice(m.index + m[0].length), figures, b.index);
      const of = named ?? near;
      const year =
        yearBefore !== undefined
          ? (of ? (yearOf(of) ?? reportYear) : reportYear) - 1
          : (fiscalYears(`FY${(printed ?? '').replace(/\s/g, '')}`)[0]?.year ?? Number(printed));
      const years = also === undefined ? [year] : [year, Number(also)];
      if (value === undefined || years.some((y) => y > reportYear)) continue;
      const at = b.index + m.index + m[0].lastIndexOf(number);
      const own = currency
        ? [currency, scale?.replace(/[()]/g, '')].filter(Boolean).join(' ')
        : scale === '%'
          ? '%'
          : undefined;
      const unit = scale === '%' ? '%' : (of?.unit ?? own);
      if (unit === undefined) continue;
      const figure: NarrativeFigure = {
        value,
        unit,
        noun: of?.noun ?? '',
        measured: of?.measured ?? true,
        at,
        start: b.index,
        end: b.index + b[0].length,
      };
      for (const y of years)
        out.push({ figure, year: y, of: of ?? { ...figure, start: b.index, end: b.index } });
      if (out.length >= 10) return out;
    }
  }
  return out;
}

/**
 * The figure before the bracket whose counted noun the bracketed value prints after it: "11 recordable
 * injuries, of which 4 …, over 8,642,400 hours (2024: 13 recordable injuries)" compares the injuries,
 * not the hours printed nearest the bracket. The noun may be printed bare when the figure's unit adds
 * what the people did ("1,466 employees received 63,643 hours of training (2024: 1,367 employees, …)").
 */
function namedBy(
  after: string,
  figures: readonly NarrativeFigure[],
  bracketAt: number,
): NarrativeFigure | undefined {
  const words = after.trimStart().toLowerCase();
  if (!/^\p{L}/u.test(words)) return undefined;
  return [...figures]
    .reverse()
    .find(
      (f) => f.end <= bracketAt && !f.measured && [f.unit, f.noun].some((name) => printsFirst(words, name)),
    );
}

/** True when `words` open with `name` as a whole word ("employees, 57,642 hours" with "employees"). */
function printsFirst(words: string, name: string): boolean {
  return (
    /\p{L}{3}/u.test(name) &&
    words.startsWith(name.toLowerCase()) &&
    !/^[\p{L}\p{N}]/u.test(words.slice(name.length))
  );
}

// How far back the figure a bare comparative repeats may be ("1,234 employees, compared with 1,100").
const COMPARED_REACH = 120;

/**
 * A bare number set against a figure before it and dated by the words after it: "the Group had
 * 1,234 employees, compared with 1,100 in 2021", "up from 1,100 in the previous year". It is read in
 * the unit of that figure; without a year after it, it is not read at all.
 */
export function inlineComparative(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const of = figures[figures.length - 1];
  if (!of || t.start - of.end > COMPARED_REACH || t.rightGlued !== '') return undefined;
  if (!COMPARED_BEFORE.test(sentence.slice(Math.max(0, t.start - 40), t.start)) && !endsFrom(sentence, of, t))
    return undefined;
  if (!YEAR_AFTER.test(sentence.slice(t.end, t.end + 60))) return undefined;
  return { ...of, value: t.value, at: t.start, start: t.start, end: t.end };
}

// "fell to 8.10 tCO2e per million pieces from 9.45 in FY2024": a change's end figure, then its start.
const MOVED_TO =
  /\b(?:fell|rose|dropped|declined|decreased|increased|grew|improved|climbed|went\s+(?:up|down))\s+to\s*$/i;

/** True when the number is the start a change came from, printed right after the figure it ended at. */
function endsFrom(sentence: string, of: NarrativeFigure, t: NumberToken): boolean {
  return (
    /^\s*from\s+$/i.test(sentence.slice(of.end, t.start)) &&
    MOVED_TO.test(sentence.slice(Math.max(0, of.start - 40), of.start))
  );
}

import type { NumberToken } from '../numbers/index.js';
import { readFigure, type NarrativeFigure } from './read-figure.js';

// A bare number listed before others that end on a unit: "natural gas 0.1829, electricity 0.2071
// and diesel 0.2400 kgCO2e/kWh", "0.495 kgCO2e/kWh (2022), 0.494 (2023) and 0.474 kgCO2e/kWh".
// Each item may carry its own words before the number and its year: in brackets, the ordinal dot
// of Serbian, Croatian and Slovene kept ("0,748 (2025.), 0,762 (2024.) i 0,781 t CO2/MWh"), after
// "in"/"for" and their equivalents ("0.748 in 2025, 0.762 in 2024 and 0.781 t CO2/MWh"), or before the
// number and a colon ("2025: 0.748; 2024: 0.762; 2023: 0.781 t CO2/MWh"), or a fiscal year before the
// number with none ("FY2023 0.5103, FY2024 0.4915, FY2025 0.4404 tCO2e/MWh").
const NUMBER = '\\d[\\d,]*(?:\\.\\d+)?';
const ITEM_WORDS = "(?:[A-Za-z][A-Za-z'’-]*\\s+){0,4}";
const YEAR = '(?:FY\\s?)?(?:19|20)\\d{2}\\.?';
const BRACKETED_YEAR = `\\s*\\(${YEAR}\\)`;
const YEAR_TAG = `(?:${BRACKETED_YEAR}|\\s+(?:in|for|en|em|para|pour|nel|im|für|u|w)\\s+${YEAR}(?!\\d))?`;
// A fiscal year needs no colon: "FY2023 0.5103, FY2024 0.4915, FY2025 0.4404 tCO2e/MWh".
const YEAR_LEAD = `(?:${YEAR}\\s*:\\s*|FY\\s?(?:19|20)\\d{2}\\s+)`;
// "and" in the languages reports list figures in: German "und", French "et", Spanish "y", Portuguese
// and Italian "e", Dutch "en", Nordic "og"/"och", Estonian and Finnish "ja", Slavic "i"/"oraz"/"и",
// Czech and Slovak "a".
const AND = '(?:and|or|und|et|y|e|en|og|och|ja|i|oraz|и|a)';
const ITEM = `${ITEM_WORDS}(?:${YEAR_LEAD})?${NUMBER}${YEAR_TAG}`;
const LIST_TAIL = new RegExp(
  `^${YEAR_TAG}(?:\\s*[,;]\\s*${ITEM})*(?:\\s*,?\\s+${AND}\\s+${ITEM_WORDS}(?:${YEAR_LEAD})?|(\\s*[,;]\\s*)${YEAR_LEAD})(${NUMBER})`,
);
// A year and a colon right before the number: the list's items without "and" must each lead so.
const LED_BY_YEAR = new RegExp(`${YEAR_LEAD}$`);
// "between 2 and 5 tonnes", "entre 2 y 5", "zwischen 2 und 5": a range, not a list.
const RANGE_BEFORE = /(?:\bbetween|\bfrom|\bentre|\bzwischen|\btussen|\bmellan|\bod)\s+$/i;

/**
 * A bare number in a list whose last item prints the unit all items share: it is read in that unit
 * (emission factors, conversion factors, yearly rates listed in one sentence). Undefined when the
 * list's last number has no measured unit, or the number is no list item.
 */
export function sharedUnit(sentence: string, t: NumberToken): NarrativeFigure | undefined {
  // "between 2 and 5 tonnes" is a range, not a list.
  if (t.rightGlued !== '' || RANGE_BEFORE.test(sentence.slice(Math.max(0, t.start - 10), t.start)))
    return undefined;
  const tail = listTail(sentence, t);
  const last = tail?.[2];
  // The list's last item, or a number whose bracketed year stands between it and its unit ("0.5268
  // (2025) tCO2e/MWh"), reads the unit after that year.
  const end = tail && last !== undefined ? t.end + tail[0].length : t.end;
  const read = unitPastYear(sentence, { ...t, start: end - (last ?? t.printed).length, end });
  if ((!tail && read?.taggedOnly !== true) || !read?.measured || read.unit === '') return undefined;
  return {
    value: t.value,
    unit: read.unit,
    noun: read.noun,
    measured: true,
    at: t.start,
    start: t.start,
    end: t.end,
  };
}

/**
 * The rest of the list a number starts (its last number in group 2), or null. A list ended with no
 * "and" is one only when its items lead with their years, this number too.
 */
function listTail(sentence: string, t: NumberToken): RegExpExecArray | null {
  const tail = LIST_TAIL.exec(sentence.slice(t.end, t.end + 200));
  const unended = tail?.[1] !== undefined;
  return unended && !LED_BY_YEAR.test(sentence.slice(0, t.start)) ? null : tail;
}

const OWN_YEAR_TAG = new RegExp(`^${BRACKETED_YEAR}(?=\\s)`);

/**
 * The figure a number reads past a bracketed year that follows it ("0.5268 (2025) tCO2e/MWh": the unit
 * after the year), `taggedOnly` when the year stood between; the bracketed year still dates the number.
 */
function unitPastYear(
  sentence: string,
  t: NumberToken,
): (NarrativeFigure & { taggedOnly?: boolean }) | undefined {
  const plain = { ...t, printed: sentence.slice(t.start, t.end), leftGlued: '', rightGlued: '' };
  const tag = OWN_YEAR_TAG.exec(sentence.slice(t.end))?.[0];
  if (tag === undefined) return readFigure(sentence, plain);
  const untagged = sentence.slice(0, t.end) + ' '.repeat(tag.length) + sentence.slice(t.end + tag.length);
  const read = readFigure(untagged, plain);
  return read && { ...read, taggedOnly: true };
}

// "… for New South Wales", "… in Queensland": what a listed factor is for, in words (no figure); or
// the year it is for ("0.151 for 2024", "0,112 em 2024", "0.444 para 2024", "0.5810 (2024)").
const FOR_ITEM = String.raw`(?:\s+(?:(?:for|in)\s+\p{L}[\p{L}'’ -]{0,60}?|(?:for|in|para|en|em|pour|nel|per)\s+(?:FY\s?)?(?:19|20)\d{2})|\s*\((?:FY\s?)?(?:19|20)\d{2}\))`;
// A few words may say how the next item differs ("… for 2024 and the latest published 0.5306 for 2025").
const ITEM_LEAD = String.raw`(?:\p{Ll}[\p{L}'’-]*\s+){0,3}`;
const BETWEEN_ITEMS = new RegExp(
  String.raw`^${FOR_ITEM}\s*(?:,\s*(?:(?:and|y|e|et)\s+)?|;\s*|\s+(?:and|y|e|et)\s+)${ITEM_LEAD}$`,
  'u',
);
const ITEM_AFTER = new RegExp(String.raw`^${FOR_ITEM}(?=\s*(?:[,;.()]|\s(?:and|or|y|e|et)\b|$))`, 'u');

/**
 * A bare number listed after a ratio figure, each item naming what it is for: "0.79 kgCO2e/kWh for
 * Victoria, 0.64 for South Australia and 0.12 for Tasmania" lists three factors in the first one's unit
 * (national accounts print state grid factors so); "0.152 tCO2e/MWh for 2023, 0.151 for 2024 and 0.149
 * for 2025" lists one factor a year (in Spanish, Portuguese, French and Italian too). Undefined unless both the figure before and this
 * number are followed by "for"/"in" and words.
 */
export function listedAfterRatio(
  sentence: string,
  t: NumberToken,
  figures: readonly NarrativeFigure[],
): NarrativeFigure | undefined {
  const previous = figures[figures.length - 1];
  if (!previous?.measured || !/\/|\bper\b/i.test(previous.unit) || t.rightGlued !== '') return undefined;
  if (!BETWEEN_ITEMS.test(sentence.slice(previous.end, t.start))) return undefined;
  if (!ITEM_AFTER.test(sentence.slice(t.end))) return undefined;
  return {
    value: t.value,
    unit: previous.unit,
    noun: previous.noun,
    measured: true,
    at: t.start,
    start: t.start,
    end: t.end,
  };
}

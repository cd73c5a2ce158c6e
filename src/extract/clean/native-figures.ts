/**
 * Figures printed in a script's own digits, and years counted in the Buddhist era. Arabic reports print
 * Arabic-Indic digits ("١٢٬٣٤٥٫٦", with the Arabic thousands separator ٬ and decimal separator ٫; Gulf
 * and Iranian typesetting uses the Eastern forms ۰–۹) and Thai, Nepali or Khmer reports their own digits (script-digits);
 * Thai reports date their years in the Buddhist era (พ.ศ. 2567 is 2024 CE, 543 years on), Iranian reports
 * in the Solar Hijri calendar (۱۴۰۳ runs March 2024 – March 2025, read as 2025, the year it ends in). Every reader
 * of figures and years reads ASCII digits and Gregorian years, so these are rewritten once, character
 * for character, before any reader sees a line: the columns of a space-aligned table stay in place.
 */

import { countsBikramSambat, withBikramSambatYears } from './bikram-sambat.js';
import { countsRocYears, withRocYears } from './roc-years.js';
import { withAsciiDigits } from './script-digits.js';

// Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits, the Arabic decimal
// separator (U+066B), thousands separator (U+066C) and percent sign (U+066A).
const ARABIC_FIGURE = /[\u0660-\u066c\u06f0-\u06f9]/g;
const ARABIC_MARKS: Readonly<Record<string, string>> = { '\u066a': '%', '\u066b': '.', '\u066c': ',' };

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
// A Latin word, not a unit symbol: a report written in Hebrew or Arabic prints its units as symbols
// ("tCO2e", "MWh", "m3", "GJ", "t") beside its own words, and those lines are still its own. An English
// word has four letters in a row; "tCO2e" and "MWh" have at most three.
const LATIN_WORD = /\p{Script=Latin}{4}/u;
const THAI = /\p{Script=Thai}/u;
// Letters Persian writes and Arabic does not (پ چ ژ گ, Persian kaf ک and yeh ی): a line in Persian.
const PERSIAN = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/u;

/** The Buddhist era counts from 543 BCE: BE year − 543 = CE year. */
const BUDDHIST_ERA_OFFSET = 543;
/**
 * The Solar Hijri year N begins at the March equinox of Gregorian N + 621 and ends at the next one, in
 * N + 622 (Iranian calendar law of 1304/1925; E. G. Richards, Mapping Time, 1998, ch. 19). A fiscal year
 * "منتهی به ۳۰ اسفند ۱۴۰۳" ends on 20 March 2025, so a Solar Hijri year reads as the year it ends in.
 */
const SOLAR_HIJRI_END_OFFSET = 622;
const SOLAR_HIJRI_START_OFFSET = 621;
// A Solar Hijri year a report of this century prints: SH 1368–1484 is 1990–2106 CE (at its end).
const SH_YEAR = '(?:13[6-9]\\d|14[0-8]\\d)';
// A year the Persian words name as one: "سال ۱۴۰۳" (year), "سال‌های ۱۴۰۱" (the years), "سال مالی ۱۴۰۳"
// (fiscal year), "پایان ۱۴۰۳" (end of), "پایه ۱۴۰۱" (base year), "هدف ۱۴۰۹" (target), and a month name before a
// year ("منتهی به ۳۰ اسفند ۱۴۰۳", ending 30 Esfand).
const SH_MONTHS = 'فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند';
const NAMED_SH_YEAR = new RegExp(
  `((?:سال(?:\u200c?ها(?:ی)?)?(?:\\s*مالی)?|پایان|پایه|هدف|(?<![\\p{L}])(?:${SH_MONTHS}))\\s*)(${SH_YEAR})(?![\\d,.]\\d)`,
  'gu',
);
// The year a change is measured against: "نسبت به ۱۴۰۲" (relative to), "در مقایسه با ۱۴۰۲" (compared with).
// A figure compared there has its unit after it ("نسبت به ۱۴۰۰ درصد"): that one stays a figure.
const COMPARED_SH_YEAR = new RegExp(
  `((?<![\\p{L}])(?:نسبت\\s*به|مقایسه\\s*با)\\s*)(${SH_YEAR})(?![\\d,.]\\d|\\s*(?:%|درصد))`,
  'gu',
);
// A year in brackets: a title's "(۱۴۰۳)" closing a line with no other figure of two digits or more
// ("گواهینامه‌های سایت‌ها (۱۴۰۳)"), or the year of the figure after it ("(۱۴۰۲: 61,350 میلیون ریال)", the
// year before's amount). A bracketed figure among others is a table's negative value, and stays one.
const TITLE_SH_YEAR = new RegExp(
  `^(?=.*\\p{L})((?:\\D|\\d(?!\\d))*\\(\\s*)(${SH_YEAR})(?=\\s*\\)\\s*$)`,
  'u',
);
const BRACKETED_SH_YEAR = new RegExp(`(\\(\\s*)(${SH_YEAR})(?=\\s*:\\s*\\d)`, 'g');
const BARE_SH_YEAR = new RegExp(`(?<![\\d,./])${SH_YEAR}(?![\\d,.]*\\d|/)`, 'g');
// "۱۴۰۳/۱۲/۲۹" (year/month/day): Dey 11 (month 10) is 1 January, so a later day is in the next Gregorian year.
const SH_DATE = new RegExp(`(?<![\\d,./])(${SH_YEAR})/(\\d{1,2})/(\\d{1,2})(?![\\d/])`, 'g');
const ONE_SH_YEAR = new RegExp(`^${SH_YEAR}$`);
// A Buddhist-era year a report of this century prints: BE 2533–2649 is 1990–2106 CE.
const BE_YEAR = '(?:25[3-9]\\d|26[0-4]\\d)';
// A year the Thai words name as one: "พ.ศ. 2567" (Buddhist era), "ปี 2567" (year), "ปีงบประมาณ 2567"
// (fiscal year), "สิ้นปี 2567" (year end).
const NAMED_BE_YEAR = new RegExp(`((?:พ\\.\\s?ศ\\.?|ปี(?:งบประมาณ)?)\\s*)(${BE_YEAR})(?![\\d,.]\\d)`, 'gu');
const BARE_BE_YEAR = new RegExp(`(?<![\\d,.])${BE_YEAR}(?![\\d,.]*\\d)`, 'g');
// A column header of years and nothing else but words ("2567  2566  2565", "ปี 2567 2566"): at least
// two Buddhist-era years, no other figure.
const FIGURE = /\d[\d,.]*/g;
const ONE_BE_YEAR = new RegExp(`^${BE_YEAR}$`);
// Arabic reports mark a Gregorian year with م (for ميلادي) glued on or a space apart, beside its Hijri
// year marked هـ ("1446هـ / 2025م", a header "2023م  2024م  2025م", a date "2026/02/02م"); the mark is no
// letter of a word (no Arabic letter follows it). It is printed as a space, so the year reads as a year.
const GREGORIAN_MARK = /((?<![\d,.])(?:(?:19|20)\d{2}|\d{1,4}\/\d{1,2}\/\d{1,4})) ?م(?![\u0600-\u06ff])/g;

/** How a document prints figures and years that need rewriting, decided once per document. */
export interface NativeFigures {
  /** The document is written in Arabic or Hebrew (most lines with words have no Latin letter). */
  readonly rightToLeft: boolean;
  /** The document is in Thai and counts years in the Buddhist era ("พ.ศ.", or a header of 25xx years). */
  readonly buddhistEra: boolean;
  /** The document is in Persian, whose years are Solar Hijri (most right-to-left lines are Persian). */
  readonly solarHijri?: boolean;
  /** The document is in Chinese and counts years in the Republic of China era ("民國114年", "113年度"). */
  readonly republicOfChina?: boolean;
  /** The document is in Nepali and counts its fiscal years in the Bikram Sambat era ("आ.व. २०८१/८२"). */
  readonly bikramSambat?: boolean;
}

/**
 * Decides from a document's lines whether it is written right to left (so its Arabic-Indic digits are
 * figures, not a bilingual report's heading numbers, which only the English side prints as figures) and
 * whether it counts years in the Buddhist era.
 */
export function nativeFiguresOf(lines: readonly string[]): NativeFigures {
  let rtl = 0;
  let latin = 0;
  let thai = 0;
  let era = false;
  let persian = 0;
  for (const line of lines) {
    if (LATIN_WORD.test(line)) latin += 1;
    else if (RIGHT_TO_LEFT.test(line)) {
      rtl += 1;
      if (PERSIAN.test(line)) persian += 1;
    }
    if (!THAI.test(line)) continue;
    thai += 1;
    const folded = withAsciiDigits(line);
    if (/พ\.\s?ศ\./u.test(folded) || isBuddhistYearHeader(folded)) era = true;
  }
  const rightToLeft = rtl > latin;
  const how = { rightToLeft, buddhistEra: era && thai > 0 };
  if (countsRocYears(lines)) return { ...how, republicOfChina: true };
  if (countsBikramSambat(lines.map(withAsciiDigits))) return { ...how, bikramSambat: true };
  // An Arabic report counts lunar Hijri years (1446 H), which are no Solar Hijri years: Persian only.
  return rightToLeft && persian * 2 > rtl ? { ...how, solarHijri: true } : how;
}

/** A line whose figures are two or more Buddhist-era years a year apart, and nothing else. */
function isBuddhistYearHeader(line: string): boolean {
  return isYearHeader(line, ONE_BE_YEAR);
}

/** A line whose figures are two or more years of an era (`one` matches one year) a year apart, and nothing else. */
function isYearHeader(line: string, one: RegExp): boolean {
  const figures = line.match(FIGURE) ?? [];
  if (figures.length < 2 || !figures.every((f) => one.test(f))) return false;
  // "2567  2566  2565" or "2565  2566  2567"; a row of two figures in the range ("2560  2590") is no header.
  return figures.every((f, i) => i === 0 || Math.abs(Number(f) - Number(figures[i - 1])) === 1);
}

function arabicFigure(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x06f0) return String(code - 0x06f0);
  return ARABIC_MARKS[c] ?? String(code - 0x0660);
}

function gregorian(be: string): string {
  return String(Number(be) - BUDDHIST_ERA_OFFSET);
}

/** A Solar Hijri date's Gregorian year: from 11 Dey (month 10) on, the year N + 621 has turned. */
function gregorianOfDate(_m: string, year: string, month: string, day: string): string {
  const turned = Number(month) > 10 || (Number(month) === 10 && Number(day) >= 11);
  const offset = turned ? SOLAR_HIJRI_END_OFFSET : SOLAR_HIJRI_START_OFFSET;
  return `${Number(year) + offset}/${month}/${day}`;
}

/** Solar Hijri years of a Persian line in the Common Era: a header of years, a named year, a date. */
function solarHijriYears(text: string, header: boolean): string {
  const ended = (sh: string): string => String(Number(sh) + SOLAR_HIJRI_END_OFFSET);
  const dated = text.replace(SH_DATE, gregorianOfDate);
  if (header) return dated.replace(BARE_SH_YEAR, ended);
  const named = (_m: string, words: string, year: string): string => words + ended(year);
  return dated
    .replace(NAMED_SH_YEAR, named)
    .replace(COMPARED_SH_YEAR, named)
    .replace(BRACKETED_SH_YEAR, named)
    .replace(TITLE_SH_YEAR, named);
}

/** "پایه ۱۴۰۱   ۱۴۰۳   هدف ۱۴۰۹": a header of years, some named, none a year apart, and no other figure. */
function isNamedYearHeader(text: string): boolean {
  const named = text.replace(NAMED_SH_YEAR, '');
  const figures = text.match(FIGURE) ?? [];
  return named !== text && figures.length >= 2 && figures.every((f) => ONE_SH_YEAR.test(f));
}

/**
 * The line with Thai digits in ASCII, and in a right-to-left document its Arabic-Indic digits and
 * separators too ("١٢٬٣٤٥٫٦" → "12,345.6"); in a Buddhist-era document a year the words name or a header
 * of years is rewritten to the Common Era ("พ.ศ. 2567" → "พ.ศ. 2024", "2567  2566" → "2024  2023").
 * Every character keeps its place. The cells of the line are rewritten as the line is (a cell holding
 * one year of a header is a header year too).
 */
export function withNativeFigures(
  line: string,
  cells: readonly string[],
  how: NativeFigures,
): { text: string; cells: string[] } {
  const digits = (text: string): string => {
    const folded = withAsciiDigits(text);
    const ascii = how.rightToLeft ? folded.replace(ARABIC_FIGURE, arabicFigure) : folded;
    return ascii.replace(GREGORIAN_MARK, (m: string, year: string) => year.padEnd(m.length));
  };
  // A cell holds no space at its end: a mark printed as one there is dropped.
  const cell = (c: string): string => digits(c).trimEnd();
  const text = digits(line);
  if (how.republicOfChina === true) return { text: withRocYears(text), cells: cells.map(withRocYears) };
  if (how.bikramSambat === true)
    return { text: withBikramSambatYears(text), cells: cells.map((c) => withBikramSambatYears(cell(c))) };
  if (how.solarHijri === true) {
    const header = isYearHeader(text, ONE_SH_YEAR) || isNamedYearHeader(text);
    return {
      text: solarHijriYears(text, header),
      cells: cells.map((c) => solarHijriYears(cell(c), header)),
    };
  }
  if (!how.buddhistEra) return { text, cells: cells.map(cell) };
  const years = isBuddhistYearHeader(text)
    ? (s: string): string => s.replace(BARE_BE_YEAR, gregorian)
    : (s: string): string =>
        s.replace(NAMED_BE_YEAR, (_m, words: string, year: string) => words + gregorian(year));
  return { text: years(text), cells: cells.map((c) => years(cell(c))) };
}

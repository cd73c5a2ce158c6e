/**
 * Years counted from the founding of the Republic of China. Taiwanese reports date their years so:
 * "民國114年" (year 114 of the Republic), "113年度" (fiscal year 113), a table header "112年度  113年度  114年度".
 * ROC year N is Gregorian N + 1911 (民國元年 is 1912), so 114年 is 2025. Every reader of years reads
 * Gregorian years, so a document that counts years so has each year before 年 rewritten, and no other figure.
 */

/** 民國元年 (ROC year 1) is 1912 CE: ROC year + 1911 = CE year. */
const ROC_OFFSET = 1911;
// An ROC year a report of this century prints: 90–139 is 2001–2050 CE.
const ROC_YEAR = '(?:9\\d|1[0-3]\\d)';
// "民國114年": the era named, as a report's period or title gives it.
const NAMED_ROC_YEAR = new RegExp(`民國\\s*${ROC_YEAR}\\s*年`, 'u');
// A year the words name as one: "114年", "113年度", "民國114年" (the era name is dropped: "2025年" reads alone).
// A figure of a longer number ("2,114年", "1.113年") or with a digit after is no year.
const ROC_YEAR_BEFORE_NIAN = new RegExp(
  `(?:民國\\s*)?(?<![\\d,.])(${ROC_YEAR})(?!\\d)(\\s*年度?)( (?=  ))?`,
  'gu',
);
const HAN = /\p{Script=Han}/u;
const FIGURE = /\d[\d,.]*/g;
const ONE_ROC_YEAR = new RegExp(`^${ROC_YEAR}$`);

/**
 * True when a Chinese document counts its years in the ROC era: it names the era ("民國114年"), or a
 * table header prints two or more ROC years a year apart before 年 and no other figure ("113年度  114年度").
 */
export function countsRocYears(lines: readonly string[]): boolean {
  return lines.some((line) => HAN.test(line) && (NAMED_ROC_YEAR.test(line) || isRocYearHeader(line)));
}

/** "112年度   113年度   114年度": two or more ROC years before 年, a year apart, and no other figure. */
function isRocYearHeader(line: string): boolean {
  const figures = line.match(FIGURE) ?? [];
  const years = [...line.matchAll(ROC_YEAR_BEFORE_NIAN)];
  if (figures.length < 2 || years.length !== figures.length) return false;
  return figures.every(
    (f, i) => ONE_ROC_YEAR.test(f) && (i === 0 || Math.abs(Number(f) - Number(figures[i - 1])) === 1),
  );
}

/**
 * The line with its ROC years in the Common Era: "民國114年" → "2025年", "113年度" → "2024年度". A year
 * printed before a column gap gives up one of the gap's spaces, so the columns of a table keep their places.
 */
export function withRocYears(text: string): string {
  if (!text.includes('年')) return text;
  return text.replace(
    ROC_YEAR_BEFORE_NIAN,
    (_m, year: string, nian: string) => `${Number(year) + ROC_OFFSET}${nian}`,
  );
}

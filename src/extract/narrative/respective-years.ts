import { fiscalYears } from './printed-years.js';

// A run of figures sharing one unit, then the years they are for, in the same order: "0.51, 0.49 and
// 0.47 kgCO2e/kWh for FY2023, FY2024 and FY2025", "12, 9 and 7 cases in 2023, 2024 and 2025
// respectively". Group 1 holds the figures after this one, group 2 the years.
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const YEAR = String.raw`(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?`;
const LATER_FIGURES = String.raw`((?:\s*(?:,\s*(?:and\s+)?|\band\s+)${NUMBER})*)`;
const UNIT = String.raw`(?:\s*[^\s\d,;()][^\s,;()]*){0,2}`;
const RESPECTIVE = new RegExp(
  String.raw`^${LATER_FIGURES}${UNIT}\s+(?:for|in)\s+(?:the\s+(?:(?:financial|fiscal)\s+)?years\s+)?` +
    String.raw`(${YEAR}(?:\s*,\s*${YEAR})*\s*,?\s*(?:and|&)\s*${YEAR})\b`,
  'i',
);

/**
 * The year a figure of such a run is for, counted from the run's end: the last figure takes the last
 * year. Undefined when the figure is no item of a run followed by as many years or more, or when a
 * year is past the report's (a target's deadlines are read elsewhere).
 */
export function respectiveYear(sentence: string, end: number, reportYear: number): number | undefined {
  const m = RESPECTIVE.exec(sentence.slice(end, end + 200));
  if (!m) return undefined;
  const later = (m[1] ?? '').match(new RegExp(NUMBER, 'g'))?.length ?? 0;
  const years = (m[2] ?? '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .filter((y) => y !== '')
    .map((y) => fiscalYears(/^FY/i.test(y) ? y : `FY${y}`)[0]?.year);
  const position = years.length - 1 - later;
  if (position < 0 || years.some((y) => y === undefined || y > reportYear)) return undefined;
  return years[position];
}

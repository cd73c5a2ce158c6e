/**
 * The year a passage says its figures are for: "As at 31 December 2021", "At 30 June 2024" opening
 * a clause, "In February 2020", "during 2022", "FY2023". "Since 2017" or "from 2015 to …" start a span and name no single year.
 */
const STATED =
  /\b(?:as (?:at|of)|(?<=(?:^|[.;:,(])\s*)at(?=\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|at the end of|by the end of|end of|in|during|for|throughout|fy|fiscal year|financial year)\s+(?:the\s+)?(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/gi;

/** The years a text states its figures are for, in order of appearance, with their offsets. */
export function statedYears(text: string): { year: number; index: number }[] {
  const out: { year: number; index: number }[] = [];
  for (const m of text.matchAll(STATED)) {
    if (m[1]) out.push({ year: Number(m[1]), index: m.index });
    if (out.length > 50) break;
  }
  return out;
}

/** The last year stated in `text` that is not after `reportYear`, or undefined. */
export function statedYear(text: string, reportYear: number): number | undefined {
  const years = statedYears(text).filter((y) => y.year <= reportYear);
  return years[years.length - 1]?.year;
}

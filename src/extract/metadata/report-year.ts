import type { ReportLine } from '../layout/index.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "from 1 January 2021 to 31 December 2021", "January 1, 2022, to December 31, 2022",
// "for the year ended 30 June 2023": the period's end year names the report year.
const PERIOD_END = new RegExp(
  `\\b(?:to|until|through|–|-|ended|ending)\\s+(?:(?:\\d{1,2}\\s+${MONTH})|(?:${MONTH}\\s+\\d{1,2},?))\\s+((?:19|20)\\d{2})\\b`,
  'i',
);
const TITLE_YEAR =
  /\b((?:19|20)\d{2})\s+(?:annual\s+)?(?:environmental|esg|sustainability|corporate social|csr|social responsibility|impact|integrated)\b|\b(?:esg|sustainability|environmental|impact|integrated)\s+(?:data\s+)?(?:report|datasheet|fact ?sheet)\s+(?:fy\s?)?((?:19|20)\d{2})\b/i;

// The front matter (title page, "About this report") sits in the first lines.
const FRONT_MATTER_LINES = 200;

/**
 * The report year: the end of the stated reporting period, else the year on the title ("2021
 * Environmental, Social and Governance Report"), else the most frequent year in the front matter.
 */
export function findReportYear(lines: readonly ReportLine[]): number | undefined {
  const front = lines.slice(0, FRONT_MATTER_LINES);
  for (const line of front) {
    const m = PERIOD_END.exec(line.text);
    if (m?.[1] && /period|report|year|cover/i.test(line.text)) return Number(m[1]);
  }
  for (const line of front) {
    const m = TITLE_YEAR.exec(line.text);
    const y = m?.[1] ?? m?.[2];
    if (y) return Number(y);
  }
  // A title split over lines: "2021" alone above "ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT".
  const counts = new Map<number, number>();
  for (const line of front) {
    for (const m of line.text.matchAll(/\b((?:19|20)\d{2})\b/g)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [y, n] of counts)
    if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y > best)) best = y;
  return best;
}

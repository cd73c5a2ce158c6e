import type { ReportLine } from '../layout/index.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "from 1 January 2021 to 31 December 2021", "January 1, 2022, to December 31, 2022",
// "for the year ended 30 June 2023": the period's end year names the report year.
const PERIOD_END = new RegExp(
  `\\b(?:to|until|through|–|-|ended|ending)\\s+(?:(?:\\d{1,2}\\s+${MONTH})|(?:${MONTH}\\s+\\d{1,2},?))\\s+((?:19|20)\\d{2})\\b`,
  'i',
);
// A Korean reporting period, "보고 기간: 2024년 1월 1일 ~ 2024년 12월 31일": its end year names the report
// year, which a Korean title often does not (reports are titled by the year they are published in).
const KOREAN_PERIOD_END = /보고\s*기간\s*[:：]?[^~～]{0,40}[~～]\s*((?:19|20)\d{2})\s*년/u;

// A year as titles print it: a calendar year ("2025"), a fiscal year by its end ("FY2025", "FY25") or
// a fiscal year over two calendar years ("2024/25", "FY24/25", "FY2024-25", "2024–2025").
const YEAR =
  '(?:fy\\s?|financial year\\s|fiscal year\\s)?(?:(?:19|20)\\d{2}(?:\\s?[/\\-–]\\s?(?:(?:19|20)\\d{2}|\\d{2}))?)(?![\\d/\\-–])|fy\\s?\\d{2}(?:\\s?[/\\-–]\\s?\\d{2})?(?![\\d/\\-–])';
const REPORT_KIND =
  '(?:environmental|esg|sustainability|sustainable development|corporate social|csr|social responsibility|responsibility|governance|impact|integrated)';
const TITLE_YEAR = new RegExp(
  `(?<![\\w/\\-–])(${YEAR})\\s+(?:annual\\s+)?${REPORT_KIND}\\b|\\b${REPORT_KIND}\\s+(?:data\\s+)?(?:report|datasheet|fact ?sheet)\\s+(?:for\\s+(?:the\\s+)?)?(${YEAR})`,
  'i',
);
// A Chinese title, Simplified or Traditional: "2025年度环境、社会及治理报告", "2025年可持續發展報告".
const CHINESE_TITLE_YEAR =
  /((?:19|20)\d{2})\s*年(?:度)?\s*[\p{Script=Han}、]{0,12}?(?:环境|環境|可持续|可持續|社会责任|社會責任|ESG|永续|永續)[\p{Script=Han}、]{0,12}?(?:报告|報告)/u;
const ANY_YEAR = new RegExp(`(?<![\\w/\\-–])(?:${YEAR})`, 'gi');

/**
 * The year a printed year names: a fiscal year over two calendar years by the year it ends in
 * ("2024/25" → 2025, "FY24/25" → 2025), as a fiscal year is named by its end (IAS 1 §36 reporting
 * period; HKEX and ASX issuers say "FY2025" for the year ending in 2025). A span of more than one
 * year ("2021–2025", a target period) names no report year.
 */
export function yearOf(printed: string): number | undefined {
  const m = /^(?:fy\s?|financial year\s|fiscal year\s)?(\d{2}|\d{4})(?:\s?[/\-–]\s?(\d{2}|\d{4}))?$/i.exec(
    printed.trim(),
  );
  if (!m?.[1]) return undefined;
  const full = (digits: string, century: number): number =>
    digits.length === 4 ? Number(digits) : century + Number(digits);
  const start = full(m[1], 2000);
  if (m[2] === undefined) return start;
  const short = full(m[2], Math.floor(start / 100) * 100);
  // "1999/00" runs into the next century.
  const end = m[2].length === 2 && short < start ? short + 100 : short;
  return end === start + 1 ? end : undefined;
}

// The front matter (title page, "About this report") sits in the first lines.
const FRONT_MATTER_LINES = 200;

/**
 * The report year: the end of the stated reporting period, else the year on the title ("2021
 * Environmental, Social and Governance Report", "Sustainability Report 2024/25", "2025年度环境、社会及治理报告"), else the most
 * frequent year in the front matter.
 */
export function findReportYear(lines: readonly ReportLine[]): number | undefined {
  const front = lines.slice(0, FRONT_MATTER_LINES);
  for (const [n, line] of front.entries()) {
    // A sentence wraps: "… for the financial year ended" / "31 March 2025 …" on the next line.
    const own = PERIOD_END.exec(line.text);
    if (own?.[1] && /period|report|year|months|cover/i.test(line.text)) return Number(own[1]);
    const korean = KOREAN_PERIOD_END.exec(line.text);
    if (korean?.[1]) return Number(korean[1]);
    // Joined to the next line, only a sentence naming a period counts: "business model in place up to
    // 31 December" / "2020 and that is how we reported" dates history, not the report.
    const text = `${line.text} ${front[n + 1]?.text ?? ''}`;
    const m = PERIOD_END.exec(text);
    if (m?.[1] && /period|financial year|fiscal year|year ended|year ending|months|cover/i.test(text))
      return Number(m[1]);
  }
  for (const line of front) {
    const m = TITLE_YEAR.exec(line.text) ?? CHINESE_TITLE_YEAR.exec(line.text);
    const year = yearOf(m?.[1] ?? m?.[2] ?? '');
    if (year !== undefined) return year;
  }
  // A title split over lines: "2021" alone above "ENVIRONMENTAL, SOCIAL AND GOVERNANCE REPORT".
  const counts = new Map<number, number>();
  for (const line of front) {
    for (const m of line.text.matchAll(ANY_YEAR)) {
      const y = yearOf(m[0]);
      if (y !== undefined && y >= 1900 && y < 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [y, n] of counts)
    if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y > best)) best = y;
  return best;
}

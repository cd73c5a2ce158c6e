/**
 * Fiscal years named by the year they start in. Most issuers name a fiscal year by its end ("FY2025"
 * for the year to 30 June 2025, IAS 1 §36), and so does every reading of years in esgkit. Japanese
 * issuers name it by its start: "FY2025 (April 1, 2025 – March 31, 2026)". Such a report says so in
 * its reporting period, and its "FYnnnn" labels are rewritten to the year they end, so that every
 * table header, sentence and target reads the year the figures belong to.
 */

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A dated end: "March 31, 2026", "31 March 2026", "Mar. 31, 2026". */
const DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+${MONTH},?\\s+)((?:19|20)\\d{2})`;
/** "FY2025 (April 1, 2025 – March 31, 2026)", "FY2025 … the fiscal year ended March 31, 2026". */
const FY_THEN_END = new RegExp(
  `\\bFY\\s?((?:19|20)\\d{2})\\b["”']?[^;\\n]{0,60}?(?:ended|ending|to|through|until|[-–—~])\\s*${DATE}`,
  'gi',
);
/** "the fiscal year ended March 31, 2026 (FY2025)". */
const END_THEN_FY = new RegExp(
  `\\b(?:fiscal|financial) year (?:ended|ending)\\s+${DATE}\\s*\\(\\s*["“']?FY\\s?((?:19|20)\\d{2})\\b`,
  'gi',
);
/**
 * The same in Japanese, where "N年度" names the fiscal year that starts in N: "2024年度（2024年4月1日～
 * 2025年3月31日）", "2024年度（2025年3月期）" (the term ending March 2025). A Chinese "2024年度（2024年1月1日
 * 至2024年12月31日）" ends in its own year and votes the other way.
 */
const NENDO_THEN_END =
  /((?:19|20)\d{2})\s*年度[^;\n]{0,60}?(?:[～~〜\-–—至到]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[（(]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月期)/g;
/** Lines read for the statement: it sits in the report's opening pages. */
const SCAN_LINES = 400;

/**
 * True when the document states that its "FYnnnn" ends in the next calendar year, and never that one
 * ends in its own year. Two lines are read together, since the period often wraps.
 */
export function namesFiscalYearsByStart(lines: readonly string[]): boolean {
  let byStart = 0;
  let byEnd = 0;
  const head = lines.slice(0, SCAN_LINES);
  for (let i = 0; i < head.length; i += 1) {
    const text = `${head[i] ?? ''} ${head[i + 1] ?? ''}`;
    if (!/FY|年度/i.test(text)) continue;
    for (const m of text.matchAll(FY_THEN_END)) vote(Number(m[1]), Number(m[2]));
    for (const m of text.matchAll(END_THEN_FY)) vote(Number(m[2]), Number(m[1]));
    for (const m of text.matchAll(NENDO_THEN_END)) vote(Number(m[1]), Number(m[2] ?? m[3]));
  }
  return byStart > 0 && byEnd === 0;

  function vote(named: number, ends: number): void {
    if (ends === named + 1) byStart += 1;
    else if (ends === named) byEnd += 1;
  }
}

/** "FY2025" and "FY25" as a label (not "FY2024/25", which names both years). */
const FY_LABEL = /\b(FY\s?)((?:19|20)\d{2}|\d{2})\b(?!\s?[/\-–]\s?\d)/gi;

/** "2024年度": a Japanese fiscal year named by its start. */
const NENDO_LABEL = /((?:19|20)\d{2})(\s*年度)/g;

/**
 * Rewrites start-named fiscal-year labels to the year they end: "FY2025" → "FY2026", "FY25" → "FY26",
 * "2025年度" → "2026年度".
 */
export function toEndYearNames(text: string): string {
  if (!/FY|年度/i.test(text)) return text;
  return text
    .replace(FY_LABEL, (_m, fy: string, year: string) => {
      const next = Number(year) + 1;
      return `${fy}${year.length === 2 ? String(next % 100).padStart(2, '0') : String(next)}`;
    })
    .replace(NENDO_LABEL, (_m, year: string, nendo: string) => `${Number(year) + 1}${nendo}`);
}

/**
 * "F2025", as JSE issuers label their financial years ("Group F2025", "(F2024: 0.31)"): a fiscal year named
 * by its end, written "FY2025" so that every reading of years reads it. Only a whole word: "F2025-A" or
 * "AF2025" is a code, not a year.
 */
const F_LABEL = /(?<![\p{L}\d_.\-/])F((?:19|20)\d{2})(?![\p{L}\d_-])/gu;

/**
 * "TK2025", "TK 2025": the Malay "Tahun Kewangan" (financial year) as Bursa Malaysia issuers head their
 * columns in Malay, written "FY" (the same width, so the columns stay where they were printed).
 */
const TK_LABEL = /(?<![\p{L}\d_.\-/])TK(\s?(?:19|20)\d{2})(?![\p{L}\d_-])/gu;

/** Rewrites JSE-style "F2025" and Malay "TK2025" year labels to "FY2025". */
export function toFyNames(text: string): string {
  const f = text.includes('F') ? text.replace(F_LABEL, 'FY$1') : text;
  return f.includes('TK') ? f.replace(TK_LABEL, 'FY$1') : f;
}

import { isYearRow } from './group-header.js';
import type { ReportLine } from './report-line.js';

/**
 * Lines printed at the top or bottom of many pages (the report title, a chapter name, "Page 12")
 * interrupt tables and sentences. A short line repeated on at least `minRepeats` places is taken
 * as such a running header, as is a line holding only a page number.
 */
export function findRunningHeaders(lines: readonly ReportLine[], minRepeats = 4): Set<number> {
  const seen = new Map<string, Occurrence[]>();
  for (const line of lines) {
    const key = headerKey(line);
    const at = { no: line.no, page: key?.page, sheet: line.page };
    if (key) seen.set(key.text, [...(seen.get(key.text) ?? []), at]);
  }
  const noise = new Set<number>();
  for (const [i, line] of lines.entries()) {
    const key = headerKey(line);
    const all = key ? numberedRun(seen.get(key.text) ?? []) : [];
    // A column header repeated over each page's table ("Plant A   Plant B   Total" over "2025/26   2024/25")
    // heads the years below it, as no running header does.
    const overYears = headsYears(line, lines[i + 1]);
    if (all.length >= minRepeats && runsOverPages(all, key?.text ?? '', minRepeats) && !overYears)
      noise.add(line.no);
    else if (isPageNumber(line) && !inFigureColumn(lines, i)) noise.add(line.no);
  }
  return noise;
}

/**
 * A footer's printings without the cover's one unnumbered printing of its title ("SUSTAINABILITY REPORT
 * 2025" over the company name, on the first footer's sheet), when at least three others are numbered.
 */
function numberedRun(all: readonly Occurrence[]): readonly Occurrence[] {
  const [first, ...rest] = all;
  const cover = first?.page === undefined && rest.length >= 3 && rest.every((x) => x.page !== undefined);
  return cover ? rest : all;
}

/** A line holding only a page number, bare or between dashes. */
function isPageNumber(line: ReportLine): boolean {
  const text = line.text.trim();
  return PAGE_NUMBER.test(text) || DASHED_PAGE_NUMBER.test(text) || DASHED_PAGE_NUMBER.test(line.raw.trim());
}

/** Whether `next` is a row of years printed right under `line`. */
function headsYears(line: ReportLine, next: ReportLine | undefined): boolean {
  return next !== undefined && next.no - line.no === 1 && isYearRow(next);
}

/** Where a candidate line sits: its line, the page number printed in it, the page it is on. */
interface Occurrence {
  readonly no: number;
  readonly page: number | undefined;
  readonly sheet: number | undefined;
}

// "Page 12", "12 / 40".
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?$/i;
// A page number set between dashes ("- 12 -", "— 12 —"), as Chinese and Hong Kong reports print it centred
// under the page; read on the printed line too, as the line's text drops the first dash for a list item's.
const DASHED_PAGE_NUMBER = /^[-–—]\s*\d{1,3}\s*[-–—]$/;
// A figure alone on its line, as a column of values printed one a line shows it ("1,384", "0.06").
const BARE_FIGURE = /^[-–(]?\d[\d,]*(?:\.\d+)?\)?%?$/;

/**
 * A running header is printed once a page: a line repeated on one page (a column header over each
 * table, "headcount" beside each row), or on neighbouring lines when pages are unknown, is not one.
 */
function oncePerPage(all: readonly Occurrence[]): boolean {
  return all.every((x, i) => {
    const before = all[i - 1];
    if (!before) return true;
    return x.sheet !== undefined && before.sheet !== undefined
      ? x.sheet !== before.sheet
      : x.no - before.no > 2;
  });
}

/**
 * A small number on its own line is a page number unless it sits in a column of figures printed one
 * a line (a figure on the line right above or below it, on the same page): then it is a value.
 */
function inFigureColumn(lines: readonly ReportLine[], at: number): boolean {
  const line = lines[at];
  return [lines[at - 1], lines[at + 1]].some(
    (n) =>
      n !== undefined &&
      line !== undefined &&
      Math.abs(n.no - line.no) === 1 &&
      n.page === line.page &&
      BARE_FIGURE.test(n.text.trim()),
  );
}

// Pages of a text report are at least this many lines long.
const MIN_PAGE_LINES = 8;
// Consecutive footers are one page apart, or a few when pages without the footer come between.
const MAX_PAGE_STEP = 3;
// A footer naming the company and the report ("Nordvik Papir ASA · Annual Report 2025   17") may skip
// more pages between its printings: chapter openers, full-page photos and tables print none.
const MAX_TITLED_PAGE_STEP = 10;
// Words in a footer that names its report: a row label this long is rarely printed four times over.
const TITLE_WORDS = 4;
// Chinese and Japanese print a footer's words with no spaces ("某某股份有限公司 2025年度可持续发展报告"):
// this many Han or kana characters name a company and its report as TITLE_WORDS words do.
const TITLE_CJK_CHARS = 10;
// A titled footer's pages may be short in a text report (a chapter's last lines); a few lines apart still
// make two pages.
const MIN_TITLED_PAGE_LINES = 3;

/** Whether a running line is long enough to name its company and report. */
function isTitled(text: string): boolean {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return text.split(' ').length >= TITLE_WORDS || cjk >= TITLE_CJK_CHARS;
}
// A running line in two parts or more (company and report title) is at least this long together.
const MIN_TWO_PART_CHARS = 40;
// A running line in more parts than this is a table's row; a year alone is a column's heading.
const MAX_PARTS = 4;
const YEAR_PART = /^(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2,4})?$/i;
// Bars and bullets at a cell's ends, which a footer prints between its parts.
const SEPARATOR_ENDS = /^[\s|·•]+|[\s|·•]+$/gu;

/**
 * Whether a line's printings run once a page with rising page numbers. A footer naming its report may
 * have one printing out of step (a page printed twice or out of order by the PDF tool, "… 2025   20"
 * over "… 2025   19" across a page break); the others still rise page by page, as no table row's do.
 */
function runsOverPages(all: readonly Occurrence[], text: string, minRepeats: number): boolean {
  if (pagesRise(all, text) && oncePerPage(all)) return true;
  if (!isTitled(text) || all.length <= minRepeats) return false;
  return all.some((_, k) => {
    const rest = all.filter((__, j) => j !== k);
    return pagesRise(rest, text) && oncePerPage(rest);
  });
}

/**
 * A footer numbered in text ("Annual Report 2025   41") repeats with a page number that grows by a
 * page or so each time; a table row repeated with its figures ("Women employees   45") does not.
 */
function pagesRise(all: readonly Occurrence[], text: string): boolean {
  const titled = isTitled(text);
  const maxStep = titled ? MAX_TITLED_PAGE_STEP : MAX_PAGE_STEP;
  const minLines = titled ? MIN_TITLED_PAGE_LINES : MIN_PAGE_LINES;
  return all.every((x, i) => {
    const before = all[i - 1];
    if (x.page === undefined || !before) return true;
    const step = before.page === undefined ? 0 : x.page - before.page;
    return step >= 1 && step <= maxStep && x.no - before.no >= minLines;
  });
}

function headerKey(line: ReportLine): { text: string; page: number | undefined } | undefined {
  if (line.text.length > 240) return undefined;
  // A footer often carries the page number in a cell of its own ("Sustainability notes | 6"):
  // a number within two of the PDF page it sits on.
  const isPageNumber = (c: string): boolean =>
    line.page !== undefined && /^\d{1,3}$/.test(c.trim()) && Math.abs(Number(c) - line.page) <= 2;
  // A bar or bullet between a footer's parts ("Company   |   ESG Report 2025   |   7", "Company⇥·⇥Report",
  // "Report 2025⇥| 8") is no part of it.
  let words = line.cells
    .map((c) => c.replace(SEPARATOR_ENDS, ''))
    .filter((c) => /[\p{L}\p{N}]/u.test(c) && !isPageNumber(c));
  // A text report prints the page number at the end of its footer line ("Company   ESG Report   7").
  const last = words[words.length - 1]?.trim() ?? '';
  let page = words.length >= 2 && /^\d{1,3}$/.test(last) ? Number(last) : undefined;
  if (page !== undefined) words = words.slice(0, -1);
  // The page-number cell set aside above still makes the line a numbered footer ("Report 2025 | Company | 9").
  const pageCell = line.cells.find(isPageNumber);
  if (page === undefined && pageCell !== undefined) page = Number(pageCell);
  // The same footer read as one cell, its page number set off by a wide gap ("Company  Report  5").
  const gap = words.length === 1 ? /^(.*\S)\s{2,}(\d{1,3})$/.exec(line.raw.trim()) : null;
  if (gap?.[1] && gap[2]) {
    page = Number(gap[2]);
    words = [gap[1]];
  }
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  // "Company name⇥Report title" (or "Company⇥公司报告⇥Report title"), the gaps between them printed as tabs:
  // two or more cells of words, too long together to be a column header's.
  // Beyond two parts, no part repeats and none is a year: a column header repeated over each page's
  // table ("Item⇥Japan⇥Global⇥Japan⇥Global", "FY2024⇥FY2025") is no running line.
  const distinct = words.length === 2 || (words.length <= MAX_PARTS && new Set(words).size === words.length);
  const titled =
    words.length >= 2 &&
    distinct &&
    text.length >= MIN_TWO_PART_CHARS &&
    !words.some((w) => /^\P{L}*$/u.test(w) || (words.length > 2 && YEAR_PART.test(w.trim())));
  const parts = titled ? words.length : page === undefined ? 1 : 2;
  if (text.length < 6 || text.length > 120 || words.length > parts) return undefined;
  // A repeated line that is a sentence (ends with a full stop) is body text, not a page header; a footer
  // has words, in any script ("Звіт про сталий розвиток 2025   7" as "Annual Report 2025   7").
  if (/[.;:]$/.test(text) || !/\p{L}/u.test(text)) return undefined;
  return { text: text.toLowerCase(), page };
}

import { REPORT_STATEMENT_KINDS, type ReportStatement, type ReportStatementKind } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import { HEADINGS, SENTENCES } from './report-statement-patterns.js';

// "Principle" alone is common ("the principle of fair recruitment"); the reporting principles are named.
const PRINCIPLE_NAMES = /\b(?:materiality|quantitative|balance|consistency)\b/gi;

const MAX_HEADING_CHARS = 80;
const MAX_SENTENCE_LINE_CHARS = 3000;
// A heading counts when text follows it at once; a contents-page entry is followed by more entries.
const MIN_PROSE_CHARS = 40;
const MAX_QUOTE_CHARS = 100;
// A label column beside its text ("Reporting scope   The Group's four hotels …") is a heading leading it.
const MAX_LABEL_CHARS = 40;
const MIN_LABELLED_CHARS = 20;
const COLUMN_GAP = /\s{2,}/;

/**
 * Where the report states its board's ESG oversight, its reporting principles, boundary and period,
 * its external assurance, its restatements and its material topics: the first heading (with text
 * after it) or sentence for each, in reading order.
 */
export function findReportStatements(lines: readonly ReportLine[]): ReportStatement[] {
  const found = new Map<ReportStatementKind, ReportStatement>();
  for (let i = 0; i < lines.length && found.size < REPORT_STATEMENT_KINDS.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heading = headingText(line);
    for (const kind of REPORT_STATEMENT_KINDS) {
      if (found.has(kind) || !states(kind, line, heading, lines.slice(i + 1, i + 3))) continue;
      found.set(kind, { kind, text: quote(line.text), source: at(line) });
    }
  }
  return REPORT_STATEMENT_KINDS.flatMap((k) => found.get(k) ?? []);
}

function states(
  kind: ReportStatementKind,
  line: ReportLine,
  heading: string | undefined,
  after: readonly ReportLine[],
): boolean {
  const next = after.find((l) => l.text.trim() !== '');
  if (heading !== undefined && HEADINGS[kind].test(heading)) {
    return /:\s*\S/.test(heading) || (next !== undefined && isProse(next));
  }
  if (line.text.length > MAX_SENTENCE_LINE_CHARS) return false;
  if (makes(kind, line.text)) return true;
  // A sentence wraps onto the next line: read the two together, as a reader does, unless the next
  // line makes the statement by itself (it is then found there).
  const wrapped = after[0] && isProse(after[0]) ? after[0].text : undefined;
  return wrapped !== undefined && !makes(kind, wrapped) && makes(kind, `${line.text} ${wrapped}`);
}

function makes(kind: ReportStatementKind, sentence: string): boolean {
  const text = withoutAbbreviationStops(sentence);
  if (!SENTENCES[kind].test(text)) return false;
  return kind !== 'reporting_principles' || new Set(namesOf(text)).size >= 2;
}

/**
 * The text with the full stops of abbreviations taken out ("S.A. and its subsidiaries", "Nyrt. and its
 * sites", "Co., Ltd."), so a sentence's bounds (no full stop within it) hold past a company's name: a
 * stop followed by a letter, or by a space and a lower-case word, ends no sentence.
 */
function withoutAbbreviationStops(text: string): string {
  return text.replace(/\.(?=\p{L}|,|\s+\p{Ll})/gu, '');
}

/** A line read as a heading: one cell, short, numbering and markup marks removed. */
function headingText(line: ReportLine): string | undefined {
  // A section's number printed a column before its title ("1  REPORTING SCOPE") numbers it, labels nothing.
  const filled = withoutNumber(line.cells.filter((c) => c.trim() !== ''));
  if (filled.length > 1) return labelled(filled);
  // A text report's columns reach here as one cell, set apart by runs of spaces.
  const columns = withoutNumber(line.raw.trim().split(COLUMN_GAP));
  if (columns.length > 1) return labelled(columns);
  const text = headingOf(filled[0] ?? '');
  if (/^[A-Za-z][^:]{0,60}:\s*\S/.test(text)) return text;
  return text.length <= MAX_HEADING_CHARS ? text : undefined;
}

const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.?)$/;

function withoutNumber(cells: readonly string[]): readonly string[] {
  return cells.length > 1 && SECTION_NUMBER.test(cells[0]?.trim() ?? '') ? cells.slice(1) : cells;
}

/** A short label cell beside a cell of text, read as a heading leading its text ("Label: text"). */
function labelled(cells: readonly string[]): string | undefined {
  const [label = '', ...rest] = cells;
  const text = rest.join(' ').trim();
  if (label.trim().length > MAX_LABEL_CHARS || text.length < MIN_LABELLED_CHARS) return undefined;
  if (!/\p{L}{3,}(?:\s+\p{L}+){2}/u.test(text)) return undefined;
  return `${headingOf(label)}: ${text}`;
}

function headingOf(cell: string): string {
  return cell
    .replace(/^[#*\s]+|[*\s]+$/g, '')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[IVX]{1,4}[.)]|\([a-z0-9]{1,2}\))\s+/i, '')
    .replace(/\*\*/g, '');
}

function isProse(line: ReportLine): boolean {
  // A contents entry ("Materiality ........ 12") is no text under a heading.
  if (/\.{4,}|…{2,}/.test(line.text)) return false;
  return line.cells.filter((c) => c.trim() !== '').length === 1 && line.text.length >= MIN_PROSE_CHARS;
}

function namesOf(text: string): string[] {
  return [...text.matchAll(PRINCIPLE_NAMES)].map((m) => m[0].toLowerCase());
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…` : flat;
}

function at(line: ReportLine): ReportStatement['source'] {
  return { line: line.no, ...(line.page === undefined ? {} : { page: line.page }) };
}

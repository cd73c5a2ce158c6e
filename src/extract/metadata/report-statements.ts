import { REPORT_STATEMENT_KINDS, type ReportStatement, type ReportStatementKind } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';

// Headings under which reports make the statements HKEX Part B and GRI 2-2 ask for: "Reporting
// Principles", "Principles of Preparation", "Reporting Scope", "Scope and Boundary", "Board Statement",
// "Statement of the Board of Directors". A heading may also lead its text ("Reporting scope: …").
const HEADINGS: Readonly<Record<ReportStatementKind, RegExp>> = {
  board_statement:
    /^(?:(?:the\s+)?board(?:['’]s)?\s+statement(?:\s+on\s+ESG(?:\s+(?:governance|oversight))?)?|statement\s+(?:of|from|by)\s+the\s+board(?:\s+of\s+directors)?)(?::|$)/i,
  reporting_principles:
    /^(?:report(?:ing)?\s+(?:compilation\s+)?principles?|principles?\s+(?:of|for)\s+(?:the\s+)?(?:report(?:ing)?|preparation|compilation)|reporting\s+basis\s+and\s+principles?)(?::|$)/i,
  reporting_boundary:
    /^(?:report(?:ing)?\s+(?:scope|boundary|boundaries|coverage)|scope\s+(?:and|&)\s+boundar(?:y|ies)|(?:scope|boundary)\s+of\s+(?:the\s+|this\s+)?report(?:ing)?|organi[sz]ational\s+boundar(?:y|ies))(?::|$)/i,
};

// Sentences that make the statement without a heading. Bounded gaps keep the work linear.
const PRINCIPLE_NAMES = /\b(?:materiality|quantitative|balance|consistency)\b/gi;
const SENTENCES: Readonly<Record<ReportStatementKind, RegExp>> = {
  board_statement:
    /\bthe board(?: of directors)?\b[^.]{0,150}\b(?:oversight|oversees|overall responsibility|full responsibility|responsible for)\b[^.]{0,150}(?:\bESG\b|sustainab|environmental, social)/i,
  reporting_principles: /\b(?:reporting )?principles?\b/i,
  reporting_boundary:
    /\b(?:reporting boundary|boundary of (?:this|the) report|scope of (?:this|the) report|reporting scope)\s+(?:covers?|includes?|comprises?|encompasses|consists|is|are)\b|\b(?:this|the) report covers\b[^.]{0,200}\b(?:the (?:company|group)|subsidiaries|operations|entities|sites|offices|facilities|properties|plants|business(?:es)?)\b/i,
};

const MAX_HEADING_CHARS = 80;
const MAX_SENTENCE_LINE_CHARS = 3000;
// A heading counts when text follows it at once; a contents-page entry is followed by more entries.
const MIN_PROSE_CHARS = 40;
const MAX_QUOTE_CHARS = 100;

/**
 * Where the report states its board's ESG oversight, its reporting principles and its reporting
 * boundary: the first heading (with text after it) or sentence for each, in reading order.
 */
export function findReportStatements(lines: readonly ReportLine[]): ReportStatement[] {
  const found = new Map<ReportStatementKind, ReportStatement>();
  for (let i = 0; i < lines.length && found.size < REPORT_STATEMENT_KINDS.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heading = headingText(line);
    for (const kind of REPORT_STATEMENT_KINDS) {
      if (found.has(kind) || !states(kind, line, heading, lines[i + 1])) continue;
      found.set(kind, { kind, text: quote(line.text), source: at(line) });
    }
  }
  return REPORT_STATEMENT_KINDS.flatMap((k) => found.get(k) ?? []);
}

function states(
  kind: ReportStatementKind,
  line: ReportLine,
  heading: string | undefined,
  next: ReportLine | undefined,
): boolean {
  if (heading !== undefined && HEADINGS[kind].test(heading)) {
    return /:\s*\S/.test(heading) || (next !== undefined && isProse(next));
  }
  if (line.text.length > MAX_SENTENCE_LINE_CHARS || !SENTENCES[kind].test(line.text)) return false;
  // "Principle" alone is common ("the principle of fair recruitment"); the reporting principles are named.
  if (kind === 'reporting_principles') return new Set(namesOf(line.text)).size >= 2;
  return true;
}

/** A line read as a heading: one cell, short, numbering and markup marks removed. */
function headingText(line: ReportLine): string | undefined {
  const first = line.cells.find((c) => c.trim() !== '') ?? '';
  if (line.cells.filter((c) => c.trim() !== '').length > 1) return undefined;
  const text = first
    .replace(/^[#*\s]+|[*\s]+$/g, '')
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[IVX]{1,4}[.)]|\([a-z0-9]{1,2}\))\s+/i, '')
    .replace(/\*\*/g, '');
  if (/^[A-Za-z][^:]{0,60}:\s*\S/.test(text)) return text;
  return text.length <= MAX_HEADING_CHARS ? text : undefined;
}

function isProse(line: ReportLine): boolean {
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

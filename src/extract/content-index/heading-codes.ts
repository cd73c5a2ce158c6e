import { normaliseCode } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';

// A heading that names the disclosures it answers: "1.6 Employees (GRI 2-7).", "3.3 Waste (GRI
// 306-1, 306-2, 306-5).", "Water withdrawal (303-3)", "Emissions (KPI A1.2)".
const CODES_IN_BRACKETS =
  /\(((?:GRI\s*|KPIs?\s*)?(?:\d{1,3}-\d{1,2}|[AB][1-8](?:\.\d{1,2})?)(?:\s*(?:,|and|&)\s*(?:GRI\s*|KPIs?\s*)?(?:\d{1,3}-\d{1,2}|[AB][1-8](?:\.\d{1,2})?))*)\)\.?\s*$/i;
const MAX_HEADING_CHARS = 160;

/**
 * The codes each line falls under when section headings print their own codes. Lines are taken in
 * reading order — page, then column, then line — so a heading in a page's left column covers the
 * rest of that column and runs on into the right one, as a reader reads it. A heading cut over two
 * lines ("… the man-" / "agement of impacts (GRI 2-12).") counts from its first line.
 */
export function headingCodes(
  lines: readonly ReportLine[],
  skip: ReadonlySet<number>,
): Map<number, readonly string[]> {
  const order = [...lines].sort(
    (a, b) => (a.page ?? 0) - (b.page ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.no - b.no,
  );
  const out = new Map<number, readonly string[]>();
  let current: readonly string[] = [];
  for (const line of order) {
    const codes = skip.has(line.no) ? [] : codesOfHeading(line);
    if (codes.length > 0) current = codes;
    if (current.length > 0) out.set(line.no, current);
  }
  return out;
}

// A heading that starts with a prefixed code: "Aspect A1: Emissions", "KPI B2.1 …", "GRI 305-1 …".
const CODE_LEAD = /^(?:aspect\s+[AB][1-8]\b|kpis?\s+[AB][1-8](?:\.\d{1,2})?\b|GRI\s+\d{1,3}-\d{1,2}\b)/i;
const MAX_LEAD_HEADING_CHARS = 90;

function codesOfHeading(line: ReportLine): string[] {
  if (line.text.length > MAX_HEADING_CHARS || line.cells.length > 1) return [];
  const lead = CODE_LEAD.exec(line.text);
  if (lead && line.text.length <= MAX_LEAD_HEADING_CHARS) {
    const code = normaliseCode(lead[0]);
    return code === undefined ? [] : [code];
  }
  const m = CODES_IN_BRACKETS.exec(line.text);
  if (!m?.[1]) return [];
  return m[1]
    .split(/\s*(?:,|and|&)\s*/i)
    .map((c) => normaliseCode(/^(?:[AB]\d|GRI|KPI)/i.test(c) ? c : `GRI ${c}`))
    .filter((c): c is string => c !== undefined);
}

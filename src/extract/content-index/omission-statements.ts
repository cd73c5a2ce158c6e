import { normaliseCode } from '../../core/index.js';
import type { ReportLine } from '../layout/index.js';
import type { IndexEntry } from './index-entry.js';

// "KPI A1.3 (…) is not disclosed", "A3 … and A3.1 … is not applicable", "GRI 305-3 is omitted".
const CODE_MENTION = /\b(?:KPIs?\s+)?([AB][1-8](?:\.\d{1,2})?)\b|\bGRI\s?(\d{1,3}-\d{1,2})\b/g;
const NOT_APPLICABLE = /\b(?:not applicable|does not apply|doesn['’]t apply|is not relevant)\b/i;
const OMITTED =
  /\b(?:not disclosed|is omitted|are omitted|not reported|has not been disclosed|no material impact)\b/i;

/** Statements in the text that a disclosure is omitted or not applicable, with the sentence as reason. */
export function findOmissionStatements(
  lines: readonly ReportLine[],
  skip: ReadonlySet<number>,
): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (const line of lines) {
    if (skip.has(line.no) || line.text.length > 5000) continue;
    const text = line.text.replace(/\t/g, ' ');
    const status = NOT_APPLICABLE.test(text) ? 'not_applicable' : OMITTED.test(text) ? 'omitted' : undefined;
    if (!status) continue;
    for (const m of text.matchAll(CODE_MENTION)) {
      const code = normaliseCode(m[1] ?? `GRI ${m[2] ?? ''}`);
      if (!code) continue;
      const source = line.page === undefined ? { line: line.no } : { line: line.no, page: line.page };
      out.push({ code, status, location: '', reason: text.trim().slice(0, 500), source });
    }
  }
  return out;
}

/**
 * Merges text statements into the index: a statement that a disclosure is omitted or not
 * applicable overrides a "reported" index row (the index location is kept) and adds its reason.
 */
export function mergeOmissions(
  index: readonly IndexEntry[],
  statements: readonly IndexEntry[],
): IndexEntry[] {
  const byCode = new Map(index.map((e) => [e.code, e]));
  for (const s of statements) {
    const entry = byCode.get(s.code);
    if (!entry) byCode.set(s.code, s);
    else if (entry.status === 'reported' || entry.reason === undefined) {
      byCode.set(s.code, {
        ...entry,
        status: s.status,
        ...(s.reason === undefined ? {} : { reason: s.reason }),
      });
    }
  }
  return [...byCode.values()];
}

import type { ReportStatement, ReportStatementKind } from '../../core/index.js';

/**
 * The disclosures a statement in words answers. HKEX ESG Guide (2020) and Code (Appendix C2) Part B
 * mandatory disclosures: the board statement (governance structure), how the reporting principles were
 * applied, and the reporting boundary. GRI 2 (2021): 2-1 the organisation's details (legal form,
 * headquarters), 2-2 the entities the reporting includes, 2-3 the
 * reporting period, 2-4 restatements of information, 2-5 external assurance; GRI 3 (2021): 3-1 the
 * process to determine material topics and 3-2 their list, which a materiality assessment gives.
 */
const STATEMENT_CODES: Readonly<Record<ReportStatementKind, readonly string[]>> = {
  board_statement: ['HKEX:MDR.governance'],
  organisation_details: ['GRI:2-1'],
  reporting_principles: ['HKEX:MDR.principles'],
  reporting_boundary: ['HKEX:MDR.boundary', 'GRI:2-2'],
  reporting_period: ['GRI:2-3'],
  external_assurance: ['GRI:2-5'],
  restatements: ['GRI:2-4'],
  material_topics: ['GRI:3-1', 'GRI:3-2'],
};

/** The first statement for each qualified code it answers. */
export function statementsByCode(statements: readonly ReportStatement[]): Map<string, ReportStatement> {
  const out = new Map<string, ReportStatement>();
  for (const s of statements)
    for (const code of STATEMENT_CODES[s.kind]) if (!out.has(code)) out.set(code, s);
  return out;
}

import type { SourceLocation } from '../fact/index.js';

/**
 * How a report claims to use a framework. GRI 1: Foundation 2021, section 3, offers two: "in
 * accordance with" (all nine requirements, GRI 2 and 3 disclosures included, reasons for omission
 * where a disclosure is left out) and "with reference to" (Table 2: only a content index and a
 * statement of use are required; the report discloses what it chooses).
 */
export const CLAIM_BASES = ['in_accordance', 'with_reference'] as const;
/** One of {@link CLAIM_BASES}. */
export type ClaimBasis = (typeof CLAIM_BASES)[number];

/**
 * Statements a framework asks for in words, not figures: HKEX ESG Guide/Code Part B asks for the
 * board's statement on ESG oversight, how the reporting principles (materiality, quantitative,
 * consistency) were applied and the reporting boundary; GRI 2-1 asks for the organisation's legal
 * form and headquarters, 2-2 for the entities included, 2-3
 * for the reporting period, 2-4 for restatements, 2-5 for external assurance, and GRI 3-1 and 3-2 for
 * the process that determined the material topics and their list.
 */
export const REPORT_STATEMENT_KINDS = [
  'board_statement',
  'organisation_details',
  'reporting_principles',
  'reporting_boundary',
  'reporting_period',
  'external_assurance',
  'restatements',
  'material_topics',
] as const;
/** One of {@link REPORT_STATEMENT_KINDS}. */
export type ReportStatementKind = (typeof REPORT_STATEMENT_KINDS)[number];

/** Where a report makes one of {@link REPORT_STATEMENT_KINDS}: its heading or sentence, as printed. */
export interface ReportStatement {
  readonly kind: ReportStatementKind;
  /** The heading, or the sentence's start, as printed (at most 100 characters). */
  readonly text: string;
  readonly source: SourceLocation;
}

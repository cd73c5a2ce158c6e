import type { Fact, FrameworkId } from '../../core/index.js';
import type { MaterialityInput } from '../materiality/index.js';

/** Why a disclosure is not reported: HKEX's comply-or-explain and GRI 1 Requirement 6 both need a reason. */
export const EXPLANATION_KINDS = ['omitted', 'not_applicable'] as const;
/** One of {@link EXPLANATION_KINDS}. */
export type ExplanationKind = (typeof EXPLANATION_KINDS)[number];

/** The preparer's reason for not reporting a disclosure (or, given for an aspect or standard, all under it). */
export interface Explanation {
  readonly kind: ExplanationKind;
  readonly reason: string;
}

/** Where a disclosure is made outside this report's own sections (the annual report, a policy page). */
export interface ExternalLocation {
  /** The section or chapter title, e.g. "Corporate Governance Report". */
  readonly section: string;
  /** The document it is in, when not this report. */
  readonly document?: string;
  readonly page?: number;
}

/** One site and whether it is inside the reporting boundary (HKEX ESG Guide, "reporting boundary"). */
export interface BoundarySite {
  readonly name: string;
  readonly included: boolean;
  /** Why a site is left out (required by the reporting principles when excluded). */
  readonly reason?: string;
}

/** The organisation the report is for. */
export interface ReportOrganisation {
  readonly id?: string;
  readonly name: string;
  /** The boundary statement as the preparer writes it (consolidation approach, what is covered). */
  readonly boundary?: string;
  readonly sites?: readonly BoundarySite[];
}

/**
 * Everything a report is built from. Pure data: the caller loads facts (from the store, or from the
 * JSON `esg calc`/`esg extract` print) and passes them in; nothing here reads a file or the clock.
 */
export interface ReportInput {
  readonly organisation: ReportOrganisation;
  /** The reporting year; tables show it and the two years before. */
  readonly year: number;
  readonly framework: FrameworkId;
  /** Facts for the reporting year and the two before, from any provenance; others are ignored. */
  readonly facts: readonly Fact[];
  /** Code (`A1.1`, `HKEX:A1.1`, `304`, `GRI:304-1`) → why it is not reported. */
  readonly explanations?: Readonly<Record<string, Explanation>>;
  /** Code → policy or management-approach text; an aspect code (`A1`) stands for its general disclosure. */
  readonly narratives?: Readonly<Record<string, string>>;
  /** Code → where it is disclosed outside this report. */
  readonly locations?: Readonly<Record<string, ExternalLocation>>;
  readonly materiality?: MaterialityInput;
  /** When the report was generated (ISO timestamp), printed on the cover; the caller reads the clock. */
  readonly generatedAt?: string;
}

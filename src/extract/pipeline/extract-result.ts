import type { ClaimBasis, Fact, ReportStatement } from '../../core/index.js';
import type { IndexEntry } from '../content-index/index.js';
import type { ClaimedFramework } from '../metadata/index.js';
import type { MentionKind } from '../mention/index.js';

/** What `extractDocument` found about the document itself. */
export interface ExtractedDocument {
  readonly source: string;
  readonly kind: 'text' | 'pdf';
  readonly sha256: string;
  readonly company?: string;
  readonly reportYear?: number;
  readonly frameworks: readonly ClaimedFramework[];
  /** How the report claims GRI ("with_reference" asks for no disclosure in particular), when it says. */
  readonly claimBases?: Partial<Record<ClaimedFramework, ClaimBasis>>;
  /** Where the report states its board's ESG oversight, reporting principles and boundary. */
  readonly statements?: readonly ReportStatement[];
  readonly pages?: number;
  /** Number of lines (text) or text lines found (PDF). */
  readonly lines: number;
}

/** A fact read from the document, with the framework codes its metric or its section carries. */
export interface ExtractedFact {
  readonly fact: Fact;
  /** Qualified framework codes (`HKEX:A1.2`, `GRI:305-1`). */
  readonly codes: readonly string[];
  readonly kind: MentionKind;
}

/** Everything extraction found in one document. */
export interface ExtractResult {
  readonly document: ExtractedDocument;
  readonly facts: readonly ExtractedFact[];
  /**
   * Figures the report states only for check to test, no disclosure of their own: a sentence's claim
   * that every one of a population has a feature, a site table's count of rows with one, the share of
   * sites a standard certifies. Same shape as a fact; never among `facts`.
   */
  readonly claims: readonly ExtractedFact[];
  readonly index: readonly IndexEntry[];
  readonly warnings: readonly string[];
}

/** Metric id of a fact no catalogue metric describes. */
export const UNCLASSIFIED = 'unclassified';

/** Where a printed value sits in a document: a 1-based line (text input) and/or page (PDF). */
export interface SourceLocation {
  readonly line?: number;
  readonly page?: number;
}

/** A fact read from a published document: where, the quoted text, and the value and unit as printed. */
export interface DocumentProvenance {
  readonly kind: 'document';
  /** The document's file name or identifier. */
  readonly document: string;
  readonly location: SourceLocation;
  /** The source snippet the value was read from. */
  readonly quote: string;
  /** The number as printed (separators removed, printed scale kept) and the unit as printed. */
  readonly reported: { readonly value: string; readonly unit: string };
  /** Whether the value came from a table cell or a sentence. */
  readonly extraction: 'table' | 'text';
}

/** One input to a calculation: a row of activity data (or a roster row, or another fact). */
export interface CalculationInput {
  readonly row?: number;
  readonly activity: string;
  readonly amount: string;
  readonly unit: string;
}

/** The exact factor a calculation used, with where it is published. */
export interface FactorUse {
  readonly id: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly dataYear?: number;
}

/** A fact computed from inputs: the formula in words and symbols, the inputs and the factors. */
export interface CalculationProvenance {
  readonly kind: 'calculation';
  readonly formula: string;
  readonly inputs: readonly CalculationInput[];
  readonly factors: readonly FactorUse[];
}

/** A fact a person typed in. */
export interface EntryProvenance {
  readonly kind: 'entry';
  /** The user's id or e-mail. */
  readonly user: string;
  /** When it was entered (ISO timestamp). */
  readonly at: string;
  readonly note?: string;
}

/** Where a fact came from: exactly one of a document location, a calculation, or a manual entry. */
export type Provenance = DocumentProvenance | CalculationProvenance | EntryProvenance;

/** The kinds of {@link Provenance}. */
export const PROVENANCE_KINDS = ['document', 'calculation', 'entry'] as const;

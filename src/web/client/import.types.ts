/** What an uploaded file is: a report to extract, activity data to calculate, or a staff roster. */
export const IMPORT_KINDS = ['report', 'activity', 'roster'] as const;
/** One of {@link IMPORT_KINDS}. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import did (schema `ImportSummary`). */
export interface ImportSummaryJson {
  readonly importId: string;
  readonly kind: ImportKind;
  readonly periodId: string;
  readonly documentId: string;
  /** Facts the file gave. */
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly skipped: {
    readonly otherYears: number;
    readonly outsideSites: number;
    readonly repeats: number;
    /** Figures printed without a unit esgkit could read. */
    readonly unitless?: number;
    readonly unclassified: number;
  };
  readonly notes: readonly string[];
}

/** An uploaded file's record (schema `Document`). */
export interface DocumentJson {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly sha256: string;
  readonly kind: 'pdf' | 'text' | 'csv' | 'xlsx';
  readonly size: number;
  readonly uploadedAt: string;
}

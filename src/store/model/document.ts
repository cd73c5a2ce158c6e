/** File formats an uploaded document can have; reports are PDF or text, activity data CSV or XLSX. */
export const DOCUMENT_KINDS = ['pdf', 'text', 'csv', 'xlsx'] as const;
/** One of {@link DOCUMENT_KINDS}. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** An uploaded document's record. The same bytes (same SHA-256) are recorded once per organisation. */
export interface DocumentRecord {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  readonly kind: DocumentKind;
  /** Size in bytes. */
  readonly size: number;
  readonly uploadedAt: string;
}

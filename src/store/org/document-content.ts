import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EsgError, type SourceLocation } from '../../core/index.js';
import type { StoreContext } from '../context.js';
import type { DocumentRecord } from '../model/index.js';
import { periodDocumentJson } from './period-documents.js';
import { reportClaimsJson, type ReportClaims } from './report-claims.js';

/** How a report's content index marks a disclosure (spec/extract-output.md `index[].status`). */
export const DOCUMENT_INDEX_STATUSES = ['reported', 'omitted', 'not_applicable'] as const;
/** One of {@link DOCUMENT_INDEX_STATUSES}. */
export type DocumentIndexStatus = (typeof DOCUMENT_INDEX_STATUSES)[number];

/** One row of a report's content index, as extraction read it: where a disclosure is, or why not. */
export interface DocumentIndexEntry {
  /** Qualified code, `HKEX:A1.2` or `GRI:305-1`. */
  readonly code: string;
  readonly status: DocumentIndexStatus;
  /** The location as printed; '' when none. */
  readonly location: string;
  /** The omission or not-applicable reason, as printed. */
  readonly reason?: string;
  /** Where the index row is printed. */
  readonly source: SourceLocation;
}

// Extracted text is untrusted: bound what one document may store. A framework has a few hundred
// disclosures; a printed location or reason is a sentence or two.
const MAX_ENTRIES = 2000;
const MAX_TEXT = 2000;

const entrySchema = z.strictObject({
  code: z.string().trim().min(1).max(100),
  status: z.enum(DOCUMENT_INDEX_STATUSES),
  location: z.string().max(MAX_TEXT),
  reason: z.string().max(MAX_TEXT).optional(),
  source: z.strictObject({
    line: z.number().int().positive().optional(),
    page: z.number().int().positive().optional(),
  }),
});
const indexSchema = z.array(entrySchema).max(MAX_ENTRIES);

/** A document's bytes and, for a report, its content index and what it claims about itself. */
export interface DocumentContent {
  readonly bytes: Uint8Array;
  readonly contentIndex?: readonly DocumentIndexEntry[];
  readonly reportClaims?: ReportClaims;
}

/** The content index as stored (JSON text); INVALID_INPUT naming the entry at fault. */
export function contentIndexJson(entries: readonly DocumentIndexEntry[]): string {
  const parsed = indexSchema.safeParse(entries);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError(
      'INVALID_INPUT',
      `content index ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return JSON.stringify(parsed.data);
}

/** Refuses bytes that are not the document's (a SHA-256 or size that does not match). */
export function checkContent(bytes: Uint8Array, sha256: string, size: number): void {
  if (bytes.byteLength !== size)
    throw new EsgError('INVALID_INPUT', `the document is ${size} bytes but ${bytes.byteLength} were given`);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256)
    throw new EsgError('INVALID_INPUT', 'the document bytes do not match its sha256');
}

/**
 * Stores a document's content once; a document recorded before without it gets it now, and a report
 * read again keeps the content index and claims of the latest reading. Runs inside the caller's
 * transaction.
 */
export async function storeContent(
  tx: StoreContext,
  orgId: string,
  documentId: string,
  content: DocumentContent,
): Promise<void> {
  const index = content.contentIndex === undefined ? null : contentIndexJson(content.contentIndex);
  const claims = content.reportClaims === undefined ? null : reportClaimsJson(content.reportClaims);
  const existing = await tx.db
    .selectFrom('document_contents')
    .select(['document_id', 'content_index', 'report_claims'])
    .where('org_id', '=', orgId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  if (!existing) {
    await tx.db
      .insertInto('document_contents')
      .values({
        document_id: documentId,
        org_id: orgId,
        bytes: asBuffer(content.bytes),
        content_index: index,
        report_claims: claims,
      })
      .execute();
    return;
  }
  // The same report read again (perhaps by a newer extractor): its latest reading stands.
  const changed = {
    ...(index !== null && existing.content_index !== index ? { content_index: index } : {}),
    ...(claims !== null && existing.report_claims !== claims ? { report_claims: claims } : {}),
  };
  if (Object.keys(changed).length > 0)
    await tx.db.updateTable('document_contents').set(changed).where('document_id', '=', documentId).execute();
}

/** A document's bytes; NOT_FOUND when they were not kept (documents uploaded before 0004). */
export async function documentBytes(ctx: StoreContext, document: DocumentRecord): Promise<Uint8Array> {
  const row = await ctx.db
    .selectFrom('document_contents')
    .select('bytes')
    .where('org_id', '=', document.orgId)
    .where('document_id', '=', document.id)
    .executeTakeFirst();
  if (!row) throw new EsgError('NOT_FOUND', `the file of document ${document.id} was not kept`);
  return new Uint8Array(row.bytes);
}

/**
 * The content index of the reports imported into a period, the latest import's first: coverage
 * takes the first row per disclosure, so a newer report's index answers before an older one's.
 */
export async function periodContentIndex(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
): Promise<DocumentIndexEntry[]> {
  const values = await periodDocumentJson(ctx, orgId, periodId, 'content_index');
  return values.flatMap((json) => indexSchema.parse(JSON.parse(json)));
}

// better-sqlite3 binds Buffers (not bare Uint8Arrays) as BLOBs; pg binds Buffers as bytea.
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

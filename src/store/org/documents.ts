import { EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { DocumentTable } from '../db/index.js';
import { DOCUMENT_KINDS, type Actor, type DocumentKind, type DocumentRecord } from '../model/index.js';
import { checkContent, storeContent, type DocumentContent } from './document-content.js';

/** An uploaded file's metadata, and its bytes (and content index) to keep with it. */
export interface NewDocument {
  readonly name: string;
  readonly sha256: string;
  readonly kind: DocumentKind;
  readonly size: number;
  readonly content?: DocumentContent;
}

function documentFromRow(row: DocumentTable): DocumentRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    sha256: row.sha256,
    kind: DOCUMENT_KINDS.find((k) => k === row.kind) ?? 'text',
    size: row.size,
    uploadedAt: row.created_at,
  };
}

/**
 * Records an uploaded document (contributors and owners). The same bytes uploaded again return the
 * first record, so a report imported twice is one document.
 */
export async function addDocument(
  ctx: StoreContext,
  orgId: string,
  input: NewDocument,
  actor: Actor,
): Promise<DocumentRecord> {
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'facts.write');
    return recordDocument(tx, orgId, input, actor);
  });
}

/**
 * Records a document inside the caller's transaction, which has checked the actor may write: an
 * import stores its document and its facts together or not at all. The same bytes return the first
 * record (given content is kept with it if it had none).
 */
export async function recordDocument(
  tx: StoreContext,
  orgId: string,
  input: NewDocument,
  actor: Actor,
): Promise<DocumentRecord> {
  if (!/^[0-9a-f]{64}$/.test(input.sha256))
    throw new EsgError('INVALID_INPUT', 'sha256 must be 64 lower-case hex digits');
  if (!Number.isSafeInteger(input.size) || input.size < 0)
    throw new EsgError('INVALID_INPUT', 'size must be a whole number of bytes');
  if (input.name.trim() === '') throw new EsgError('INVALID_INPUT', 'a document needs a name');
  if (input.content) checkContent(input.content.bytes, input.sha256, input.size);
  const existing = await tx.db
    .selectFrom('documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('sha256', '=', input.sha256)
    .executeTakeFirst();
  const row: DocumentTable = existing ?? {
    id: tx.newId(),
    org_id: orgId,
    name: input.name.trim(),
    sha256: input.sha256,
    kind: input.kind,
    size: input.size,
    uploaded_by: actorToText(actor),
    created_at: tx.now(),
  };
  if (!existing) {
    await tx.db.insertInto('documents').values(row).execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'document.add',
      target: row.id,
      detail: { name: row.name, sha256: row.sha256 },
    });
  }
  if (input.content) await storeContent(tx, orgId, row.id, input.content);
  return documentFromRow(row);
}

/** The organisation's document with this id; NOT_FOUND when it is not theirs. */
export async function getDocument(
  ctx: StoreContext,
  orgId: string,
  documentId: string,
): Promise<DocumentRecord> {
  const row = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!row) throw new EsgError('NOT_FOUND', `document ${documentId} not found`);
  return documentFromRow(row);
}

/** The organisation's documents, newest first. */
export async function listDocuments(ctx: StoreContext, orgId: string): Promise<DocumentRecord[]> {
  const rows = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(documentFromRow);
}

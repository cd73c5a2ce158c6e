import { EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor, FactWrite, ImportSource, UpsertResult } from '../model/index.js';
import { getDocument, recordDocument, requireOpenPeriod, type NewDocument } from '../org/index.js';
import { checkFactWrite } from './check-fact.js';
import { inChunks, loadCurrentFacts, loadOpenConflicts } from './current-facts.js';
import { refreshFactJson } from './fact-json-column.js';
import { factKey } from './fact-row.js';
import { planUpsert } from './upsert-plan.js';

/** Where an upsert's facts came from. */
export interface UpsertOptions {
  /** Default `api`. */
  readonly source?: ImportSource;
  /** The uploaded document the facts were read from, recorded before. */
  readonly documentId?: string;
  /**
   * The uploaded document the facts were read from, to record in the same transaction (or find,
   * when the same bytes were recorded before): a failed import leaves no document behind.
   */
  readonly document?: NewDocument;
}

// Rows per multi-row INSERT: fact_versions has 15 columns, so 400 rows bind 6000 parameters.
const ROWS_PER_INSERT = 400;

/**
 * Stores a batch of facts for one organisation and period as one import, in one transaction: a
 * new fact gets version 1; a changed fact gets a new version with who, when and why; an identical
 * one is left alone; a change to a verified fact is not applied but recorded as a conflict. Any
 * bad fact, a locked period or a missing right stores nothing at all — nor the document given in
 * `options.document`, which is recorded in the same transaction.
 */
export async function upsertFacts(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  facts: readonly FactWrite[],
  actor: Actor,
  reason: string,
  options: UpsertOptions = {},
): Promise<UpsertResult> {
  if (reason.trim() === '') throw new EsgError('INVALID_INPUT', 'a change to facts needs a reason');
  return inTransaction(ctx, async (tx) => {
    await authorize(
      tx,
      orgId,
      actor,
      'facts.write',
      facts.map((f) => f.siteId ?? null),
    );
    const period = await requireOpenPeriod(tx, orgId, periodId);
    facts.forEach((f, i) => {
      checkFactWrite(f, i, period.period.year);
    });
    const keys = facts.map(factKey);
    checkNoRepeats(facts, keys);
    await checkSites(tx, orgId, facts);
    if (options.documentId !== undefined && options.document !== undefined)
      throw new EsgError('INVALID_INPUT', 'give the document or its id, not both');
    if (options.documentId !== undefined) await getDocument(tx, orgId, options.documentId);
    const documentId = options.document
      ? (await recordDocument(tx, orgId, options.document, actor)).id
      : options.documentId;

    const importId = tx.newId();
    const at = tx.now();
    const who = actorToText(actor);
    await tx.db
      .insertInto('imports')
      .values({
        id: importId,
        org_id: orgId,
        period_id: periodId,
        source: options.source ?? 'api',
        document_id: documentId ?? null,
        actor: who,
        reason,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        created_at: at,
      })
      .execute();

    const current = await loadCurrentFacts(tx, orgId, periodId, keys);
    const verifiedIds = [...current.values()].filter((c) => c.status === 'verified').map((c) => c.id);
    const openConflicts = await loadOpenConflicts(tx, verifiedIds);
    const stamp = { orgId, periodId, importId, actor: who, reason, at, newId: tx.newId };
    const { newFacts, versions, conflicts, counts, outcomes } = planUpsert(
      facts,
      keys,
      current,
      openConflicts,
      stamp,
    );

    for (const chunk of inChunks(newFacts, ROWS_PER_INSERT))
      await tx.db.insertInto('facts').values(chunk).execute();
    for (const chunk of inChunks(versions, ROWS_PER_INSERT))
      await tx.db.insertInto('fact_versions').values(chunk).execute();
    for (const chunk of inChunks(conflicts, ROWS_PER_INSERT))
      await tx.db.insertInto('conflicts').values(chunk).execute();
    for (const v of versions.filter((x) => x.version > 1)) {
      await tx.db
        .updateTable('facts')
        .set({ current_version: v.version, status: v.status, updated_at: at })
        .where('id', '=', v.fact_id)
        .where('org_id', '=', orgId)
        .execute();
    }
    await refreshFactJson(
      tx,
      orgId,
      versions.map((v) => v.fact_id),
    );
    await tx.db.updateTable('imports').set(counts).where('id', '=', importId).execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'facts.import',
      target: importId,
      detail: { periodId, source: options.source ?? 'api', reason, ...counts },
    });
    return { importId, ...(documentId === undefined ? {} : { documentId }), ...counts, facts: outcomes };
  });
}

function checkNoRepeats(facts: readonly FactWrite[], keys: readonly string[]): void {
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    const first = seen.get(key);
    if (first !== undefined) {
      throw new EsgError(
        'INVALID_INPUT',
        `facts ${first + 1} and ${i + 1} (${facts[i]?.metric ?? ''}) are the same fact; a batch may hold each fact once`,
      );
    }
    seen.set(key, i);
  });
}

async function checkSites(tx: StoreContext, orgId: string, facts: readonly FactWrite[]): Promise<void> {
  const siteIds = [...new Set(facts.flatMap((f) => (f.siteId === undefined ? [] : [f.siteId])))];
  const known = new Set<string>();
  for (const chunk of inChunks(siteIds, 500)) {
    const rows = await tx.db
      .selectFrom('sites')
      .select('id')
      .where('org_id', '=', orgId)
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) known.add(row.id);
  }
  const missing = siteIds.find((s) => !known.has(s));
  if (missing !== undefined) throw new EsgError('NOT_FOUND', `site ${missing} not found`);
}

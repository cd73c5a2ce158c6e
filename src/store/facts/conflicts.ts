import { EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor, Conflict, ConflictResolution, ConflictStatus } from '../model/index.js';
import { requireOpenPeriod } from '../org/index.js';
import { appendVersion, factForChange } from './append-version.js';
import { conflictFromRow, periodFromColumns, pickContent } from './fact-row.js';

/** The organisation's conflicts, oldest first, optionally only one status or one fact's. */
export async function listConflicts(
  ctx: StoreContext,
  orgId: string,
  filter: { readonly status?: ConflictStatus; readonly factId?: string } = {},
): Promise<Conflict[]> {
  let query = ctx.db
    .selectFrom('conflicts as c')
    .innerJoin('facts as f', 'f.id', 'c.fact_id')
    .innerJoin('periods as p', 'p.id', 'f.period_id')
    .selectAll('c')
    .select(['f.entity', 'f.metric', 'f.dims', 'f.basis', 'p.year', 'p.start_date', 'p.end_date'])
    .where('c.org_id', '=', orgId);
  if (filter.status !== undefined) query = query.where('c.status', '=', filter.status);
  if (filter.factId !== undefined) query = query.where('c.fact_id', '=', filter.factId);
  const rows = await query.orderBy('c.created_at').orderBy('c.id').execute();
  return rows.map((row) => conflictFromRow(row, periodFromColumns(row), row));
}

/**
 * Settles an open conflict (reviewers and owners). Accepting makes the proposed value the fact's
 * next version, verified by this decision; dismissing keeps the verified fact. Either way the
 * conflict keeps its record, with who settled it, when and the comment.
 */
export async function resolveConflict(
  ctx: StoreContext,
  orgId: string,
  conflictId: string,
  resolution: ConflictResolution,
  comment: string,
  actor: Actor,
): Promise<Conflict> {
  if (comment.trim() === '') throw new EsgError('INVALID_INPUT', 'settling a conflict needs a comment');
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'facts.review');
    const row = await tx.db
      .selectFrom('conflicts')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', '=', conflictId)
      .executeTakeFirst();
    if (!row) throw new EsgError('NOT_FOUND', `conflict ${conflictId} not found`);
    if (row.status !== 'open')
      throw new EsgError('CONFLICT', `conflict ${conflictId} is already ${row.status}`);
    const fact = await factForChange(tx, orgId, row.fact_id);
    if (!fact) throw new EsgError('NOT_FOUND', `fact ${row.fact_id} not found`);
    await requireOpenPeriod(tx, orgId, fact.periodId);
    if (resolution === 'accept') {
      await appendVersion(tx, orgId, fact, {
        content: pickContent(row),
        status: 'verified',
        actor,
        reason: comment.trim(),
      });
    }
    await tx.db
      .updateTable('conflicts')
      .set({
        status: resolution === 'accept' ? 'accepted' : 'dismissed',
        resolved_by: actorToText(actor),
        resolved_at: tx.now(),
        resolution_comment: comment.trim(),
      })
      .where('id', '=', conflictId)
      .execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'conflict.resolve',
      target: conflictId,
      detail: { resolution, factId: row.fact_id, comment: comment.trim() },
    });
    const [settled] = await listConflicts(tx, orgId, { factId: row.fact_id }).then((all) =>
      all.filter((c) => c.id === conflictId),
    );
    if (!settled) throw new EsgError('NOT_FOUND', `conflict ${conflictId} not found`);
    return settled;
  });
}

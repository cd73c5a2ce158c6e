import { EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor, ReviewDecision, StoredFact } from '../model/index.js';
import { requireOpenPeriod } from '../org/index.js';
import { appendVersion, factForChange } from './append-version.js';
import { getFact } from './list-facts.js';

/**
 * A reviewer's decision on a fact (reviewers and owners): approving makes it verified, rejecting
 * makes it rejected — either as a new version, with the comment as its reason. A rejection must
 * say why. Deciding what is already decided, or in a locked period, is a CONFLICT.
 */
export async function reviewFact(
  ctx: StoreContext,
  orgId: string,
  factId: string,
  decision: ReviewDecision,
  comment: string,
  actor: Actor,
): Promise<StoredFact> {
  if (decision === 'reject' && comment.trim() === '') {
    throw new EsgError('INVALID_INPUT', 'a rejection needs a comment saying what is wrong');
  }
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'facts.review');
    const fact = await factForChange(tx, orgId, factId);
    if (!fact) throw new EsgError('NOT_FOUND', `fact ${factId} not found`);
    await requireOpenPeriod(tx, orgId, fact.periodId);
    const status = decision === 'approve' ? 'verified' : 'rejected';
    if (fact.status === status) throw new EsgError('CONFLICT', `fact ${factId} is already ${status}`);
    const reason = comment.trim() === '' ? 'approved in review' : comment.trim();
    const version = await appendVersion(tx, orgId, fact, { content: fact.content, status, actor, reason });
    await tx.db
      .insertInto('reviews')
      .values({
        id: tx.newId(),
        org_id: orgId,
        fact_id: factId,
        version,
        decision,
        comment: comment.trim(),
        actor: actorToText(actor),
        created_at: tx.now(),
      })
      .execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'fact.review',
      target: factId,
      detail: { decision, version, comment: comment.trim() },
    });
    return getFact(tx, orgId, factId);
  });
}

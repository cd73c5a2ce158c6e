import { EsgError } from '../../core/index.js';
import { actorToText, appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor } from '../model/index.js';
import {
  OMISSION_KINDS,
  type ExplanationWrite,
  type OmissionKind,
  type StoredExplanation,
} from './disclosure-model.js';
import { disclosureDb, type OmissionExplanationTable } from './disclosure-tables.js';
import { checkedCode, frameworkIdOf, requirePeriod, requireWritablePeriod } from './period-access.js';

/** The longest omission reason kept. */
export const MAX_REASON_CHARS = 4_000;

function explanationFromRow(row: OmissionExplanationTable): StoredExplanation {
  const kind: OmissionKind = OMISSION_KINDS.find((k) => k === row.kind) ?? 'omitted';
  return {
    periodId: row.period_id,
    framework: frameworkIdOf(row.framework),
    code: row.code,
    kind,
    reason: row.reason,
    updatedBy: row.actor,
    updatedAt: row.updated_at,
  };
}

/** Sets why a framework code is not reported (owner, contributor; open period), replacing an earlier reason. */
export async function putExplanation(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  input: ExplanationWrite,
  actor: Actor,
): Promise<StoredExplanation> {
  const framework = frameworkIdOf(input.framework);
  const code = checkedCode(input.code);
  if (!OMISSION_KINDS.includes(input.kind))
    throw new EsgError('INVALID_INPUT', `kind: must be one of ${OMISSION_KINDS.join(', ')}`);
  const reason = input.reason.trim();
  if (reason === '') throw new EsgError('INVALID_INPUT', 'reason: an omission needs its reason');
  if (reason.length > MAX_REASON_CHARS)
    throw new EsgError('INVALID_INPUT', `reason: longer than ${MAX_REASON_CHARS} characters`);
  return inTransaction(ctx, async (tx) => {
    await requireWritablePeriod(tx, orgId, periodId, actor);
    const row: OmissionExplanationTable = {
      org_id: orgId,
      period_id: periodId,
      framework,
      code,
      kind: input.kind,
      reason,
      actor: actorToText(actor),
      updated_at: tx.now(),
    };
    await disclosureDb(tx)
      .insertInto('omission_explanations')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['org_id', 'period_id', 'framework', 'code'])
          .doUpdateSet({ kind: row.kind, reason, actor: row.actor, updated_at: row.updated_at }),
      )
      .execute();
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'explanation.write',
      target: periodId,
      detail: { framework, code, kind: input.kind, reason },
    });
    return explanationFromRow(row);
  });
}

/** Withdraws a code's omission explanation (owner, contributor; open period); NOT_FOUND when there is none. */
export async function deleteExplanation(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  framework: string,
  code: string,
  actor: Actor,
): Promise<void> {
  const id = frameworkIdOf(framework);
  await inTransaction(ctx, async (tx) => {
    await requireWritablePeriod(tx, orgId, periodId, actor);
    const result = await disclosureDb(tx)
      .deleteFrom('omission_explanations')
      .where('org_id', '=', orgId)
      .where('period_id', '=', periodId)
      .where('framework', '=', id)
      .where('code', '=', code.trim())
      .executeTakeFirst();
    if (result.numDeletedRows === 0n)
      throw new EsgError('NOT_FOUND', `no omission explanation for ${code} in this period`);
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'explanation.write',
      target: periodId,
      detail: { framework: id, code: code.trim(), kind: null, reason: null },
    });
  });
}

/** A period's omission explanations for one framework, by code. */
export async function listExplanations(
  ctx: StoreContext,
  orgId: string,
  periodId: string,
  framework: string,
): Promise<StoredExplanation[]> {
  const id = frameworkIdOf(framework);
  await requirePeriod(ctx, orgId, periodId);
  const rows = await disclosureDb(ctx)
    .selectFrom('omission_explanations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('period_id', '=', periodId)
    .where('framework', '=', id)
    .orderBy('code')
    .execute();
  return rows.map(explanationFromRow);
}

import type { FactStatus } from '../../core/index.js';
import { actorToText } from '../audit/index.js';
import type { StoreContext } from '../context.js';
import type { FactContentColumns } from '../db/index.js';
import type { Actor } from '../model/index.js';
import { refreshFactJson } from './fact-json-column.js';

/** A fact as a review or conflict resolution finds it, locked for the rest of the transaction. */
export interface FactForChange {
  readonly id: string;
  readonly periodId: string;
  readonly status: string;
  readonly version: number;
  readonly content: FactContentColumns;
}

/** The organisation's fact with its current content, for a change; undefined when not theirs. */
export async function factForChange(
  tx: StoreContext,
  orgId: string,
  factId: string,
): Promise<FactForChange | undefined> {
  let query = tx.db
    .selectFrom('facts as f')
    .innerJoin('fact_versions as v', (join) =>
      join.onRef('v.fact_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version'),
    )
    .select(['f.id', 'f.period_id', 'f.status', 'f.current_version'])
    .select(['v.value', 'v.unit_symbol', 'v.unit_dimension', 'v.unit_to_base', 'v.unit_counted', 'v.label'])
    .select(['v.provenance_kind', 'v.provenance'])
    .where('f.org_id', '=', orgId)
    .where('f.id', '=', factId);
  if (tx.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { id, period_id, status, current_version, ...content } = row;
  return { id, periodId: period_id, status, version: current_version, content };
}

/** Appends the next version of a fact with this content and status, and makes it current. */
export async function appendVersion(
  tx: StoreContext,
  orgId: string,
  fact: FactForChange,
  change: { content: FactContentColumns; status: FactStatus; actor: Actor; reason: string },
): Promise<number> {
  const version = fact.version + 1;
  const at = tx.now();
  await tx.db
    .insertInto('fact_versions')
    .values({
      ...change.content,
      fact_id: fact.id,
      version,
      status: change.status,
      import_id: null,
      actor: actorToText(change.actor),
      reason: change.reason,
      created_at: at,
    })
    .execute();
  await tx.db
    .updateTable('facts')
    .set({ current_version: version, status: change.status, updated_at: at })
    .where('id', '=', fact.id)
    .where('org_id', '=', orgId)
    .execute();
  await refreshFactJson(tx, orgId, [fact.id]);
  return version;
}

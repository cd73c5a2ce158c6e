import type { ConflictTable, FactContentColumns } from '../db/index.js';
import type { StoreContext } from '../context.js';

/** A fact's current state as an upsert compares against it. */
export interface CurrentFact extends FactContentColumns {
  id: string;
  fact_key: string;
  status: string;
  current_version: number;
}

// SQLite allows 32766 bound parameters per statement and PostgreSQL 65535; 500 keys stays far below.
const KEYS_PER_QUERY = 500;

/** Splits a list into runs of at most `size` (bulk statements stay under parameter limits). */
export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * The current versions of the facts with these identity keys in one organisation and period, by key.
 * On PostgreSQL the rows are locked until commit, so two imports of the same fact queue up instead
 * of both appending the same version number.
 */
export async function loadCurrentFacts(
  tx: StoreContext,
  orgId: string,
  periodId: string,
  keys: readonly string[],
): Promise<Map<string, CurrentFact>> {
  const found = new Map<string, CurrentFact>();
  for (const chunk of inChunks(keys, KEYS_PER_QUERY)) {
    let query = tx.db
      .selectFrom('facts as f')
      .innerJoin('fact_versions as v', (join) =>
        join.onRef('v.fact_id', '=', 'f.id').onRef('v.version', '=', 'f.current_version'),
      )
      .select(['f.id', 'f.fact_key', 'f.status', 'f.current_version'])
      .select([
        'v.value',
        'v.unit_symbol',
        'v.unit_dimension',
        'v.unit_to_base',
        'v.unit_counted',
        'v.label',
        'v.provenance_kind',
        'v.provenance',
      ])
      .where('f.org_id', '=', orgId)
      .where('f.period_id', '=', periodId)
      .where('f.fact_key', 'in', chunk);
    if (tx.dialect === 'postgres') query = query.forUpdate();
    for (const row of await query.execute()) found.set(row.fact_key, row);
  }
  return found;
}

/** Open conflicts of these facts, by fact id (to avoid recording the same proposal twice). */
export async function loadOpenConflicts(
  tx: StoreContext,
  factIds: readonly string[],
): Promise<Map<string, ConflictTable[]>> {
  const byFact = new Map<string, ConflictTable[]>();
  for (const chunk of inChunks(factIds, KEYS_PER_QUERY)) {
    const rows = await tx.db
      .selectFrom('conflicts')
      .selectAll()
      .where('fact_id', 'in', chunk)
      .where('status', '=', 'open')
      .execute();
    for (const row of rows) byFact.set(row.fact_id, [...(byFact.get(row.fact_id) ?? []), row]);
  }
  return byFact;
}

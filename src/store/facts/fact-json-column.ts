import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StoreContext } from '../context.js';
import type { DialectName } from '../db/index.js';
import { inChunks } from './current-facts.js';
import { factJsonText } from './fact-json-sql.js';

// The facts list reads each fact's JSON from `facts.fact_json` (migration 0007) instead of joining
// every row of a page to its current version and building the JSON there: on PostgreSQL at 200,000
// facts that join and json_build_object were three quarters of the backend's CPU time per page
// (docs/api.md). The column is only a copy, so it is written by the same SQL expression that built
// the list before (fact-json-sql.ts), in the transaction that changes the fact: every write to a
// fact's current version or status (upsert.ts, append-version.ts) is followed by this refresh.

// Fact ids per UPDATE: far below SQLite's 32766 and PostgreSQL's 65535 bound parameters.
const IDS_PER_UPDATE = 500;

/**
 * `UPDATE facts SET fact_json = …` for the facts `which` selects (a condition on `facts`), built
 * from each fact's current version and period as factJsonText spells it. Runs on any Kysely, so
 * migration 0007 fills the column of facts stored before it with the same expression.
 */
export function factJsonUpdate(dialect: DialectName, which: RawBuilder<boolean>): RawBuilder<unknown> {
  return sql`update facts set fact_json = (
    select ${factJsonText(dialect)} from facts as f
    inner join fact_versions as v on v.fact_id = f.id and v.version = f.current_version
    inner join periods as p on p.id = f.period_id
    where f.id = facts.id)
  where ${which}`;
}

/** Rewrites the stored JSON of these facts of the organisation (after a change, same transaction). */
export async function refreshFactJson(
  tx: StoreContext,
  orgId: string,
  factIds: readonly string[],
): Promise<void> {
  for (const chunk of inChunks([...new Set(factIds)], IDS_PER_UPDATE)) {
    const ids = sql.join(chunk.map((id) => sql`${id}`));
    await factJsonUpdate(tx.dialect, sql<boolean>`facts.org_id = ${orgId} and facts.id in (${ids})`).execute(
      tx.db,
    );
  }
}

/** Fills the stored JSON of every fact (migration 0007, for facts stored before it). */
export async function fillFactJson(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await factJsonUpdate(dialect, sql<boolean>`true`).execute(db);
}

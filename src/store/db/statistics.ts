import { sql, type Kysely } from 'kysely';
import type { Database, DialectName } from './schema.js';

/**
 * Refreshes the query planner's statistics of the facts tables. Without them SQLite cannot tell
 * that a metric matches fewer facts than a status does, and may walk the wrong index for a combined
 * filter (measured: 56 ms instead of 0.4 ms on 100,000 facts). SQLite samples at most
 * `analysis_limit` rows per index (set in connect), so this stays cheap at a million facts;
 * PostgreSQL's ANALYZE samples too.
 */
export async function refreshStatistics(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql`ANALYZE`.execute(db);
  else await sql`ANALYZE facts, fact_versions`.execute(db);
}

/** SQLite's advice for a connection just opened: analyse what needs it (PRAGMA optimize, 0x10002). */
export async function optimizeOnOpen(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql`PRAGMA optimize=0x10002`.execute(db);
}

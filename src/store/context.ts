import type { Kysely } from 'kysely';
import type { Database, DialectName } from './db/index.js';

/**
 * What every store operation runs with: the database (or the open transaction), its dialect, and
 * the clock and id source — injected so tests can pin time and nothing reads the clock at import.
 */
export interface StoreContext {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** The current time as an ISO-8601 UTC string. */
  readonly now: () => string;
  /** A fresh unique id. */
  readonly newId: () => string;
  /** The scrypt cost N for new password hashes. */
  readonly scryptN: number;
}

/** Runs `work` in one transaction, with a context whose `db` is that transaction. */
export async function inTransaction<T>(
  ctx: StoreContext,
  work: (tx: StoreContext) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

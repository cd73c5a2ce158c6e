import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

// Kysely's SQLite driver prepares every query it runs; compiling the facts query's SQL cost about
// 0.3 ms of the ~5 ms a facts request took at 1,000,000 facts (node --cpu-prof, bench/api-facts).
// The store runs a few dozen distinct statements, so each is prepared once and reused, keyed by
// its SQL text. A statement still iterating (a streamed query) is busy and cannot be rebound: a
// fresh one is prepared for that call. SQLite re-prepares a cached statement itself when the
// schema changes under it (sqlite3_prepare_v2).

/** Statements kept; the least recently used goes first (lists of `IN (?, …)` vary in length). */
const MAX_STATEMENTS = 256;

/** The database as Kysely's SQLite dialect sees it, with prepared statements reused. */
export function withStatementCache(database: Sqlite.Database): SqliteDatabase {
  const cache = new Map<string, Sqlite.Statement>();
  return {
    close() {
      cache.clear();
      database.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        if (cache.size >= MAX_STATEMENTS) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

import Sqlite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, DialectName } from './schema.js';
import { withNamedStatements } from './named-statements.js';
import { withStatementCache } from './statement-cache.js';

/** A connected database and which dialect it speaks. */
export interface Connection {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
}

/** Where a store URL points: a PostgreSQL server, or an SQLite file (or memory). */
export type StoreLocation =
  | { readonly dialect: 'postgres'; readonly url: string }
  | { readonly dialect: 'sqlite'; readonly file: string };

/**
 * Reads a store URL: `postgres://…` or `postgresql://…` is a PostgreSQL server; `sqlite:<path>`, a
 * bare path or `:memory:` is an SQLite database.
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url };
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  return { dialect: 'sqlite', file: file === '' ? ':memory:' : file };
}

/** Opens a connection (no I/O before this is called). */
export function connect(location: StoreLocation): Connection {
  if (location.dialect === 'postgres') {
    // Idle connections are kept (pg closes them after 10 s by default): a new one costs a backend
    // process, a SCRAM sign-in on both sides and every named statement prepared again, and would be
    // opened in a burst of requests, just when the pool is short of them (bench/api-facts.mjs).
    const pool = new pg.Pool({ connectionString: location.url, max: 10, idleTimeoutMillis: 0 });
    // An idle connection the server ends (a restart, a dropped database, pg_terminate_backend) is an
    // 'error' on the pool; unheard it would crash the process. The pool has already dropped that
    // client and opens a new one for the next query, so there is nothing more to do.
    pool.on('error', () => undefined);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) }),
      dialect: 'postgres',
    };
  }
  const database = new Sqlite(location.file);
  // WAL lets readers run while one writer commits; foreign keys are off by default in SQLite;
  // busy_timeout makes a second process wait for the write lock instead of failing at once.
  if (location.file !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // A 64 MiB page cache keeps the facts indexes of a million facts in memory; ANALYZE samples at
  // most 2000 rows per index, so refreshing statistics stays cheap (see statistics.ts).
  database.pragma('cache_size = -65536');
  database.pragma('analysis_limit = 2000');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
    dialect: 'sqlite',
  };
}

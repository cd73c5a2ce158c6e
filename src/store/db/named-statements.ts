import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

// pg sends each query as an unnamed statement, which PostgreSQL parses and plans again every time:
// for the facts list's page query that was about half of the backend's CPU time per request
// (bench/api-facts.mjs at 200,000 facts). A named statement is parsed once per connection and its
// plan reused (PostgreSQL's plan_cache_mode=auto keeps custom plans while a generic one would cost
// more). So a statement is named from its second use on: statements run once — migrations, DDL,
// whose tables may change under a cached plan — stay unnamed, and so do all statements past the
// first MAX_NAMED, which bounds what each connection keeps prepared (lists of `IN ($1, …)` vary).

/** Statements given a name per store; each connection prepares at most these. */
const MAX_NAMED = 256;
/** Statement texts counted before the count starts over (bounds the counter's memory). */
const MAX_COUNTED = 10_000;

/** What is used of a pg pool (pg.Pool is one). */
export interface QueryPool {
  connect(): Promise<{
    query(config: pg.QueryConfig): Promise<pg.QueryResult>;
    release(destroy?: boolean): void;
  }>;
  end(): Promise<void>;
}

/** The pool as Kysely's PostgreSQL dialect sees it, with statements used again named. */
export function withNamedStatements(pool: QueryPool): PostgresPool {
  const names = new Map<string, string>();
  const seen = new Set<string>();
  const nameOf = (sql: string): string | undefined => {
    const name = names.get(sql);
    if (name !== undefined || names.size >= MAX_NAMED) return name;
    if (!seen.has(sql)) {
      if (seen.size >= MAX_COUNTED) seen.clear();
      seen.add(sql);
      return undefined;
    }
    const fresh = `esgkit_${names.size + 1}`;
    names.set(sql, fresh);
    return fresh;
  };
  return {
    async connect() {
      const client = await pool.connect();
      const query = async (sql: unknown, parameters?: readonly unknown[]) => {
        // Kysely passes a cursor only when streaming with a cursor class, which the store does not.
        if (typeof sql !== 'string') throw new TypeError('the store runs no PostgreSQL cursors');
        const name = nameOf(sql);
        const result = await client.query({
          text: sql,
          values: [...(parameters ?? [])],
          ...(name === undefined ? {} : { name }),
        });
        return result as PostgresQueryResult<unknown>;
      };
      return {
        query: query as PostgresPoolClient['query'],
        release: (destroy?: boolean) => {
          client.release(destroy);
        },
      };
    },
    end: () => pool.end(),
  };
}

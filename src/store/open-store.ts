import { randomUUID } from 'node:crypto';
import { connect, parseStoreUrl } from './db/index.js';
import { KyselyStore } from './kysely-store.js';
import type { Store } from './store.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** The clock (default: the system clock); tests pin it. */
  readonly now?: () => Date;
}

/**
 * Opens the store at `url`: `postgres://…` (a pg connection pool), or `sqlite:./esgkit.db`, a file
 * path or `:memory:` (SQLite in WAL mode with foreign keys on), and migrates it to the latest schema.
 * Nothing connects until this is called; close the store with `close()`.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const { db, dialect } = connect(parseStoreUrl(url));
  const clock = options.now ?? (() => new Date());
  const store = new KyselyStore({ db, dialect, now: () => clock().toISOString(), newId: randomUUID });
  if (options.migrate ?? true) {
    try {
      await store.migrate();
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}

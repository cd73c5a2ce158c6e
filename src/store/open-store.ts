import { EsgError, isEsgError } from '../core/index.js';
import { DEFAULT_SCRYPT_N } from './auth/index.js';
import { connect, optimizeOnOpen, parseStoreUrl, type Connection } from './db/index.js';
import { KyselyStore } from './kysely-store.js';
import type { Store } from './store.js';
import { timeOrderedId } from './time-ordered-id.js';

/** How to open a store. */
export interface OpenStoreOptions {
  /** Apply pending migrations on open (default true). */
  readonly migrate?: boolean;
  /** The clock (default: the system clock); tests pin it. */
  readonly now?: () => Date;
  /**
   * The scrypt cost N for new password hashes: a power of two, default 2^17 (OWASP's minimum).
   * Only tests should lower it; existing hashes keep verifying because each stores its own N.
   */
  readonly scryptN?: number;
}

/**
 * Opens the store at `url`: `postgres://…` (a pg connection pool), or `sqlite:./esgkit.db`, a file
 * path or `:memory:` (SQLite in WAL mode with foreign keys on), and migrates it to the latest schema.
 * Nothing connects until this is called; close the store with `close()`.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const scryptN = options.scryptN ?? DEFAULT_SCRYPT_N;
  if (!Number.isInteger(Math.log2(scryptN)) || scryptN < 2 ** 10) {
    throw new EsgError('INVALID_INPUT', `scryptN must be a power of two of at least 1024, got ${scryptN}`);
  }
  const { db, dialect } = openConnection(url);
  const clock = options.now ?? (() => new Date());
  const store = new KyselyStore({
    db,
    dialect,
    now: () => clock().toISOString(),
    newId: () => timeOrderedId(),
    scryptN,
  });
  if (options.migrate ?? true) {
    try {
      await store.migrate();
      await optimizeOnOpen(db, dialect);
    } catch (e) {
      await store.close();
      throw cannotOpen(url, e);
    }
  }
  return store;
}

function openConnection(url: string): Connection {
  try {
    return connect(parseStoreUrl(url));
  } catch (e) {
    throw cannotOpen(url, e);
  }
}

// A database that cannot be reached or opened is a fault the person starting esgkit can act on:
// say which store (without its password) and why.
function cannotOpen(url: string, cause: unknown): EsgError {
  if (isEsgError(cause)) return cause;
  const where = url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  const why = cause instanceof Error ? cause.message : String(cause);
  return new EsgError('INVALID_INPUT', `cannot open the store at ${where}: ${why}`, { cause });
}

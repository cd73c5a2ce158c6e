import type { StoreContext } from '../context.js';
import type { User } from '../model/index.js';

// Every API call with a bearer token looks the token up; at hundreds of requests a second that
// lookup (a query and, on PostgreSQL, a round trip) is a fixed cost on each. A verified token is
// therefore remembered for a few seconds per store. Revocation still takes effect: a revocation
// through the same store forgets the token at once (revokeApiToken calls forgetToken), and one made
// by another process on the same database — a second server on PostgreSQL — within
// TOKEN_CACHE_MS, after which the token is looked up again. Unknown secrets are never remembered,
// so a new token works at once and guessing costs a lookup each time, as before.

/** How long a verified token is trusted before the database is asked again. */
export const TOKEN_CACHE_MS = 5_000;

// Bounded so many distinct tokens cannot grow the cache without limit; the oldest entry goes first.
const MAX_ENTRIES = 1_000;

interface Entry {
  readonly tokenId: string;
  readonly user: User;
  readonly until: number;
}

// One cache per store: keyed by the store's context object, which lives as long as the store.
const caches = new WeakMap<StoreContext, Map<string, Entry>>();

function cacheOf(ctx: StoreContext): Map<string, Entry> {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  return cache;
}

/** The user of a recently verified token hash, unless the entry has expired. */
export function cachedTokenUser(ctx: StoreContext, hash: string, nowMs: number): User | undefined {
  const cache = cacheOf(ctx);
  const entry = cache.get(hash);
  if (entry === undefined) return undefined;
  if (entry.until > nowMs) return entry.user;
  cache.delete(hash);
  return undefined;
}

/** Remembers that a token hash (of token `tokenId`) belongs to `user`, for TOKEN_CACHE_MS. */
export function rememberToken(
  ctx: StoreContext,
  hash: string,
  tokenId: string,
  user: User,
  nowMs: number,
): void {
  const cache = cacheOf(ctx);
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(hash, { tokenId, user, until: nowMs + TOKEN_CACHE_MS });
}

/** Forgets a token (it was just revoked), so the next request with it is refused. */
export function forgetToken(ctx: StoreContext, tokenId: string): void {
  const cache = cacheOf(ctx);
  for (const [hash, entry] of cache) if (entry.tokenId === tokenId) cache.delete(hash);
}

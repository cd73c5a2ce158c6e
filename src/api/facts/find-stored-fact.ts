import { EsgError } from '../../core/index.js';
import type { Actor, FactWrite, Store, StoredFact } from '../../store/index.js';

// TODO(store): upsertFacts returns counts but not the ids of the facts it wrote; until it does, the
// API finds a just-written fact again by its identity (metric, site, dims, basis, entity).

/** The stored fact with the identity of `write` in the period; NOT_FOUND if none. */
export async function findStoredFact(
  store: Store,
  orgId: string,
  periodId: string,
  write: FactWrite,
  actor: Actor,
): Promise<StoredFact> {
  const key = identity(write.entity, write.siteId ?? null, write.dims, write.basis);
  let cursor: string | undefined;
  do {
    const page = await store.listFacts(
      orgId,
      {
        periodId,
        metric: write.metric,
        ...(write.siteId === undefined ? {} : { siteId: write.siteId }),
        limit: 1000,
        ...(cursor === undefined ? {} : { cursor }),
      },
      actor,
    );
    const found = page.items.find(
      (f) => identity(f.fact.entity, f.siteId, f.fact.dims, f.fact.basis) === key,
    );
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  throw new EsgError('NOT_FOUND', `no stored ${write.metric} fact matches the one just written`);
}

function identity(
  entity: string,
  siteId: string | null,
  dims: Readonly<Record<string, string>>,
  basis: string,
) {
  const sorted = Object.keys(dims)
    .sort()
    .map((k) => [k, dims[k]]);
  return JSON.stringify([entity, siteId, sorted, basis]);
}

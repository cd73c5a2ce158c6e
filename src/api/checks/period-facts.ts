import { EsgError, type Fact } from '../../core/index.js';
import type { Actor, Store, StoredFact } from '../../store/index.js';

// Checks read a whole period at once; this bounds the memory one request may take. A period of a
// large group holds a few thousand facts, far below it.
const MAX_FACTS = 200_000;

/** Every fact of one period, page by page; UNSUPPORTED past {@link MAX_FACTS}. */
export async function periodFacts(
  store: Store,
  orgId: string,
  periodId: string,
  actor: Actor,
): Promise<StoredFact[]> {
  const all: StoredFact[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listFacts(
      orgId,
      { periodId, limit: 1000, ...(cursor === undefined ? {} : { cursor }) },
      actor,
    );
    all.push(...page.items);
    if (all.length > MAX_FACTS)
      throw new EsgError('UNSUPPORTED', `the period has over ${MAX_FACTS} facts; checks handle up to that`);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return all;
}

/** A lookup from the fact objects handed to a check back to their stored ids. */
export function factIdsOf(stored: readonly StoredFact[]): (facts: readonly Fact[]) => string[] {
  const ids = new Map<Fact, string>(stored.map((s) => [s.fact, s.id]));
  return (facts) =>
    facts.flatMap((f) => {
      const id = ids.get(f);
      return id === undefined ? [] : [id];
    });
}

import { authorize, can } from '../access/index.js';
import type { StoreContext } from '../context.js';
import { ROLES, type Actor, type FactFilter, type Page } from '../model/index.js';
import { encodeCursor, pageLimit } from '../page.js';
import { matchingFacts } from './fact-page.js';

// The roles that may read an organisation's facts (access/policy.ts).
const READERS = ROLES.filter((role) => can(role, 'read'));

/**
 * The same page as listFacts, each fact as the text of its JSON form (fact-json.ts): the API's
 * facts list sends these as they are. Each fact's JSON is kept in its row (`facts.fact_json`,
 * fact-json-column.ts), so a page is one index range scan of the facts table, with no join to the
 * versions and no JSON built per request (bench/api-facts.mjs, docs/api.md).
 *
 * The reader's membership is checked by the page query itself (one query instead of two: on
 * PostgreSQL a round trip fewer per request): a user who may not read the organisation gets no
 * rows, and only an empty page asks `authorize` whether that is a refusal (NOT_FOUND) or an empty
 * result.
 */
export async function listFactsJson(
  ctx: StoreContext,
  orgId: string,
  filter: FactFilter,
  actor: Actor,
): Promise<Page<string>> {
  const limit = pageLimit(filter.limit);
  let query = matchingFacts(ctx, orgId, filter).select(['id', 'fact_json']);
  if (actor.kind === 'user') {
    const { userId } = actor;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships as m')
          .select('m.role')
          .where('m.org_id', '=', orgId)
          .where('m.user_id', '=', userId)
          .where('m.role', 'in', READERS),
      ),
    );
  }
  const rows = await query
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  // A system actor's rows prove the organisation exists (facts reference it).
  if (rows.length === 0) await authorize(ctx, orgId, actor, 'read');
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => r.fact_json),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

import { EsgError } from '../../core/index.js';
import { organisationNotFound } from '../access/index.js';
import { appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor, Organisation } from '../model/index.js';

/** Creates an organisation; a user who creates one becomes its owner. */
export async function createOrganisation(
  ctx: StoreContext,
  name: string,
  actor: Actor,
): Promise<Organisation> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 200)
    throw new EsgError('INVALID_INPUT', 'an organisation name is 1–200 characters');
  return inTransaction(ctx, async (tx) => {
    const org: Organisation = { id: tx.newId(), name: trimmed, createdAt: tx.now() };
    await tx.db
      .insertInto('organisations')
      .values({ id: org.id, name: org.name, created_at: org.createdAt })
      .execute();
    if (actor.kind === 'user') {
      await tx.db
        .insertInto('memberships')
        .values({ org_id: org.id, user_id: actor.userId, role: 'owner', created_at: org.createdAt })
        .execute();
    }
    await appendAudit(tx, {
      orgId: org.id,
      actor,
      action: 'organisation.create',
      target: org.id,
      detail: { name: org.name },
    });
    return org;
  });
}

/** The organisation with this id; NOT_FOUND when there is none. */
export async function getOrganisation(ctx: StoreContext, orgId: string): Promise<Organisation> {
  const row = await ctx.db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
  if (!row) throw organisationNotFound(orgId);
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

/** The organisations a user is a member of, by name. */
export async function listOrganisations(ctx: StoreContext, userId: string): Promise<Organisation[]> {
  const rows = await ctx.db
    .selectFrom('organisations as o')
    .innerJoin('memberships as m', 'm.org_id', 'o.id')
    .select(['o.id', 'o.name', 'o.created_at'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

/**
 * The organisations with exactly this name (as stored: trimmed), oldest first. For operators
 * (`esg users add --org <name>`): it checks no membership, so it is not for the API.
 */
export async function findOrganisationsByName(ctx: StoreContext, name: string): Promise<Organisation[]> {
  const rows = await ctx.db
    .selectFrom('organisations')
    .select(['id', 'name', 'created_at'])
    .where('name', '=', name.trim())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
}

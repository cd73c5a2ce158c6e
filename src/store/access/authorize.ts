import { EsgError } from '../../core/index.js';
import type { StoreContext } from '../context.js';
import { ROLES, type Actor, type Role } from '../model/index.js';
import { can, type Permission } from './policy.js';

/**
 * Checks that `actor` may do `permission` in organisation `orgId`, and — for a contributor writing
 * facts — that every site written is one assigned to them (a fact without a site is the owner's).
 * An organisation the actor is not a member of does not exist for them: NOT_FOUND, never FORBIDDEN,
 * so its existence does not leak. System actors act as owners of existing organisations.
 */
export async function authorize(
  ctx: StoreContext,
  orgId: string,
  actor: Actor,
  permission: Permission,
  sites: readonly (string | null)[] = [],
): Promise<void> {
  if (actor.kind === 'system') {
    const org = await ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', orgId)
      .executeTakeFirst();
    if (!org) throw organisationNotFound(orgId);
    return;
  }
  const role = await roleOf(ctx, orgId, actor.userId);
  if (role === undefined) throw organisationNotFound(orgId);
  if (!can(role, permission)) {
    throw new EsgError('FORBIDDEN', `a ${role} of this organisation may not ${permission.replace('.', ' ')}`);
  }
  if (role === 'contributor' && permission === 'facts.write')
    await checkAssignedSites(ctx, orgId, actor.userId, sites);
}

/** The user's role in the organisation, or undefined when they are not a member. */
export async function roleOf(ctx: StoreContext, orgId: string, userId: string): Promise<Role | undefined> {
  const row = await ctx.db
    .selectFrom('memberships')
    .select('role')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? ROLES.find((r) => r === row.role) : undefined;
}

/** The NOT_FOUND error for an organisation that does not exist or is not the actor's. */
export function organisationNotFound(orgId: string): EsgError {
  return new EsgError('NOT_FOUND', `organisation ${orgId} not found`);
}

async function checkAssignedSites(
  ctx: StoreContext,
  orgId: string,
  userId: string,
  sites: readonly (string | null)[],
): Promise<void> {
  if (sites.includes(null)) {
    throw new EsgError(
      'FORBIDDEN',
      'a contributor may enter data only for assigned sites, not organisation-wide figures',
    );
  }
  const assigned = await ctx.db
    .selectFrom('membership_sites')
    .select('site_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .execute();
  const allowed = new Set(assigned.map((r) => r.site_id));
  const denied = sites.find((s) => s !== null && !allowed.has(s));
  if (denied !== undefined && denied !== null) {
    throw new EsgError('FORBIDDEN', `site ${denied} is not assigned to this contributor`);
  }
}

import { EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import { ROLES, type Actor, type Membership, type Role } from '../model/index.js';

/**
 * Gives a user a role in the organisation, or changes it (owner only). Contributors get the sites
 * they may write; other roles take none. The last owner cannot be demoted (someone must be able to
 * lock periods and manage members).
 */
export async function setMember(
  ctx: StoreContext,
  orgId: string,
  userId: string,
  role: Role,
  actor: Actor,
  siteIds: readonly string[] = [],
): Promise<Membership> {
  if (role !== 'contributor' && siteIds.length > 0)
    throw new EsgError('INVALID_INPUT', `only contributors are assigned sites, not a ${role}`);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'org.manage');
    const user = await tx.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) throw new EsgError('NOT_FOUND', `user ${userId} not found`);
    await checkSites(tx, orgId, siteIds);
    const previous = await membershipOf(tx, orgId, userId);
    if (previous?.role === 'owner' && role !== 'owner') await keepAnOwner(tx, orgId);
    await tx.db
      .deleteFrom('membership_sites')
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .execute();
    if (previous) {
      await tx.db
        .updateTable('memberships')
        .set({ role })
        .where('org_id', '=', orgId)
        .where('user_id', '=', userId)
        .execute();
    } else {
      await tx.db
        .insertInto('memberships')
        .values({ org_id: orgId, user_id: userId, role, created_at: tx.now() })
        .execute();
    }
    const unique = [...new Set(siteIds)];
    if (unique.length > 0) {
      await tx.db
        .insertInto('membership_sites')
        .values(unique.map((site_id) => ({ org_id: orgId, user_id: userId, site_id })))
        .execute();
    }
    await appendAudit(tx, {
      orgId,
      actor,
      action: 'member.set',
      target: userId,
      detail: { role, previous: previous?.role ?? null, sites: unique.length },
    });
    return { orgId, userId, role, siteIds: unique };
  });
}

async function checkSites(tx: StoreContext, orgId: string, siteIds: readonly string[]): Promise<void> {
  if (siteIds.length === 0) return;
  const found = await tx.db
    .selectFrom('sites')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', siteIds)
    .execute();
  const known = new Set(found.map((s) => s.id));
  const missing = siteIds.find((s) => !known.has(s));
  if (missing !== undefined) throw new EsgError('NOT_FOUND', `site ${missing} not found`);
}

async function keepAnOwner(tx: StoreContext, orgId: string): Promise<void> {
  const owners = await tx.db
    .selectFrom('memberships')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'owner')
    .execute();
  if (owners.length <= 1)
    throw new EsgError('CONFLICT', 'the last owner of an organisation cannot be given another role');
}

/** The user's membership in the organisation, with assigned sites, or undefined. */
export async function membershipOf(
  ctx: StoreContext,
  orgId: string,
  userId: string,
): Promise<Membership | undefined> {
  const members = await listMembers(ctx, orgId, userId);
  return members[0];
}

/** The organisation's members (or one of them), with their roles and assigned sites. */
export async function listMembers(
  ctx: StoreContext,
  orgId: string,
  onlyUserId?: string,
): Promise<Membership[]> {
  let query = ctx.db.selectFrom('memberships').select(['user_id', 'role']).where('org_id', '=', orgId);
  if (onlyUserId !== undefined) query = query.where('user_id', '=', onlyUserId);
  const rows = await query.orderBy('user_id').execute();
  let sitesQuery = ctx.db
    .selectFrom('membership_sites')
    .select(['user_id', 'site_id'])
    .where('org_id', '=', orgId);
  if (onlyUserId !== undefined) sitesQuery = sitesQuery.where('user_id', '=', onlyUserId);
  const sites = await sitesQuery.orderBy('site_id').execute();
  return rows.map((r) => ({
    orgId,
    userId: r.user_id,
    role: ROLES.find((x) => x === r.role) ?? 'viewer',
    siteIds: sites.filter((s) => s.user_id === r.user_id).map((s) => s.site_id),
  }));
}

import { EsgError } from '../../core/index.js';
import { authorize } from '../access/index.js';
import { appendAudit } from '../audit/index.js';
import { inTransaction, type StoreContext } from '../context.js';
import type { Actor, Boundary, Entity, Site } from '../model/index.js';

/** What it takes to create an entity. */
export interface NewEntity {
  readonly name: string;
  readonly boundary: Boundary;
}

/** What it takes to create a site. */
export interface NewSite extends NewEntity {
  readonly entityId?: string;
}

function checkBoundary(name: string, boundary: Boundary): void {
  if (name.trim() === '') throw new EsgError('INVALID_INPUT', 'a name is required');
  if (boundary.kind === 'out' && boundary.reason.trim() === '') {
    throw new EsgError(
      'INVALID_INPUT',
      'a site or entity outside the reporting boundary needs the reason it is excluded',
    );
  }
}

async function checkNameFree(
  tx: StoreContext,
  table: 'entities' | 'sites',
  orgId: string,
  name: string,
): Promise<void> {
  const taken = await tx.db
    .selectFrom(table)
    .select('id')
    .where('org_id', '=', orgId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (taken)
    throw new EsgError(
      'CONFLICT',
      `the organisation already has ${table === 'sites' ? 'a site' : 'an entity'} named ${name}`,
    );
}

function boundaryFromRow(kind: string, reason: string | null): Boundary {
  if (kind === 'out') return { kind: 'out', reason: reason ?? '' };
  return reason === null ? { kind: 'in' } : { kind: 'in', reason };
}

/** The columns an entity's and a site's row share. */
function boundaryColumns(tx: StoreContext, record: Entity | Site) {
  return {
    id: record.id,
    org_id: record.orgId,
    name: record.name,
    boundary: record.boundary.kind,
    boundary_reason: record.boundary.reason ?? null,
    created_at: tx.now(),
  };
}

/** The audit entry of a new entity or site: its name and whether it is inside the boundary. */
async function auditCreated(
  tx: StoreContext,
  action: 'entity.create' | 'site.create',
  record: Entity | Site,
  actor: Actor,
): Promise<void> {
  await appendAudit(tx, {
    orgId: record.orgId,
    actor,
    action,
    target: record.id,
    detail: { name: record.name, boundary: record.boundary.kind },
  });
}

/** Adds a legal entity with its boundary decision (owner only). */
export async function createEntity(
  ctx: StoreContext,
  orgId: string,
  input: NewEntity,
  actor: Actor,
): Promise<Entity> {
  checkBoundary(input.name, input.boundary);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'org.manage');
    await checkNameFree(tx, 'entities', orgId, input.name.trim());
    const entity: Entity = { id: tx.newId(), orgId, name: input.name.trim(), boundary: input.boundary };
    await tx.db.insertInto('entities').values(boundaryColumns(tx, entity)).execute();
    await auditCreated(tx, 'entity.create', entity, actor);
    return entity;
  });
}

/** The organisation's entities, by name. */
export async function listEntities(ctx: StoreContext, orgId: string): Promise<Entity[]> {
  const rows = await ctx.db
    .selectFrom('entities')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    name: r.name,
    boundary: boundaryFromRow(r.boundary, r.boundary_reason),
  }));
}

/** Adds a site with its boundary decision (owner only); its entity must be the organisation's. */
export async function createSite(
  ctx: StoreContext,
  orgId: string,
  input: NewSite,
  actor: Actor,
): Promise<Site> {
  checkBoundary(input.name, input.boundary);
  return inTransaction(ctx, async (tx) => {
    await authorize(tx, orgId, actor, 'org.manage');
    await checkNameFree(tx, 'sites', orgId, input.name.trim());
    const entityId = input.entityId ?? null;
    if (entityId !== null) {
      const entity = await tx.db
        .selectFrom('entities')
        .select('id')
        .where('id', '=', entityId)
        .where('org_id', '=', orgId)
        .executeTakeFirst();
      if (!entity) throw new EsgError('NOT_FOUND', `entity ${entityId} not found`);
    }
    const site: Site = { id: tx.newId(), orgId, entityId, name: input.name.trim(), boundary: input.boundary };
    await tx.db
      .insertInto('sites')
      .values({ ...boundaryColumns(tx, site), entity_id: entityId })
      .execute();
    await auditCreated(tx, 'site.create', site, actor);
    return site;
  });
}

/** The organisation's sites, by name. */
export async function listSites(ctx: StoreContext, orgId: string): Promise<Site[]> {
  const rows = await ctx.db
    .selectFrom('sites')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    entityId: r.entity_id,
    name: r.name,
    boundary: boundaryFromRow(r.boundary, r.boundary_reason),
  }));
}

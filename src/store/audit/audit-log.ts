import { z } from 'zod';
import type { StoreContext } from '../context.js';
import { decodeCursor, encodeCursor, pageLimit } from '../page.js';
import type { AuditTable } from '../db/index.js';
import {
  AUDIT_ACTIONS,
  type Actor,
  type AuditAction,
  type AuditDetail,
  type AuditEntry,
  type Page,
} from '../model/index.js';
import { actorFromText, actorToText } from './actor-text.js';

/** What to record about a change. */
export interface AuditInput {
  readonly orgId: string | null;
  readonly actor: Actor;
  readonly action: AuditAction;
  readonly target: string | null;
  readonly detail?: AuditDetail;
}

/** Appends an audit entry; call it inside the change's transaction so both land or neither does. */
export async function appendAudit(ctx: StoreContext, entry: AuditInput): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      id: ctx.newId(),
      org_id: entry.orgId,
      actor: actorToText(entry.actor),
      action: entry.action,
      target: entry.target,
      detail: JSON.stringify(entry.detail ?? {}),
      created_at: ctx.now(),
    })
    .execute();
}

const detailSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const actionSchema = z.enum(AUDIT_ACTIONS);

function entryFromRow(row: AuditTable): AuditEntry {
  return {
    id: row.id,
    orgId: row.org_id,
    actor: actorFromText(row.actor),
    action: actionSchema.parse(row.action),
    target: row.target,
    detail: detailSchema.parse(JSON.parse(row.detail)),
    at: row.created_at,
  };
}

/** An organisation's audit log, newest first, paged by an opaque cursor. */
export async function listAuditLog(
  ctx: StoreContext,
  orgId: string,
  options: { readonly limit?: number; readonly cursor?: string } = {},
): Promise<Page<AuditEntry>> {
  const limit = pageLimit(options.limit);
  let query = ctx.db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (options.cursor !== undefined) {
    const [at = '', id = ''] = decodeCursor(options.cursor, 2);
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null;
  return { items: page.map(entryFromRow), nextCursor };
}

import type { MiddlewareHandler } from 'hono';
import { EsgError } from '../../core/index.js';
import { can, type Permission } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiEnv } from '../app/api-env.js';

/**
 * For every `/orgs/{orgId}` route: the caller must be a member, else the organisation does not
 * exist for them (404, never 403, so its existence does not leak). Sets the caller's `role`. The
 * store checks again on every call; this early check keeps a stranger's request from doing any
 * work (parsing an upload, say) first.
 */
export function orgScope({ store }: AppDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const orgId = c.req.param('orgId') ?? '';
    const role = await store.roleOf(orgId, c.get('auth').user.id);
    if (role === undefined) throw new EsgError('NOT_FOUND', `organisation ${orgId} not found`);
    c.set('role', role);
    await next();
  };
}

/** FORBIDDEN unless the caller's role grants `permission` (ahead of expensive work). */
export function requirePermission(role: Parameters<typeof can>[0], permission: Permission): void {
  if (!can(role, permission)) {
    throw new EsgError('FORBIDDEN', `a ${role} of this organisation may not ${permission.replace('.', ' ')}`);
  }
}

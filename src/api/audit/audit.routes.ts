import { createRoute, z } from '@hono/zod-openapi';
import { AUDIT_ACTIONS, userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { actorSchema } from '../facts/index.js';
import { orgParams } from '../orgs/index.js';

const auditEntrySchema = z
  .object({
    id: z.string(),
    orgId: z.string().nullable(),
    actor: actorSchema,
    action: z.enum(AUDIT_ACTIONS),
    target: z.string().nullable().openapi({ description: 'The id of the record changed' }),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    at: z.string(),
  })
  .openapi('AuditEntry');

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/audit',
  tags: ['audit'],
  summary: "The organisation's audit log, newest first: who changed what, when",
  request: {
    params: orgParams,
    query: z.object({
      limit: z.coerce.number().int().min(1).max(1000).optional(),
      cursor: z.string().min(1).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of entries',
      content: json(z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() })),
    },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** The audit log. */
export function auditRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(list, async (c) => {
    const { orgId } = c.req.valid('param');
    const page = await store.listAuditLog(orgId, c.req.valid('query'), userActor(c.get('auth').user.id));
    return c.json(
      { items: page.items.map((e) => ({ ...e, detail: { ...e.detail } })), nextCursor: page.nextCursor },
      200,
    );
  });
}

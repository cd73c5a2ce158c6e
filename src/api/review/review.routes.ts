import { createRoute, z } from '@hono/zod-openapi';
import { CONFLICT_RESOLUTIONS, CONFLICT_STATUSES, REVIEW_DECISIONS, userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses, InvalidFieldError } from '../errors/index.js';
import { conflictJson, conflictSchema, factJson, factParams, factSchema } from '../facts/index.js';
import { orgParams, requirePermission } from '../orgs/index.js';

const review = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/facts/{factId}/review',
  tags: ['review'],
  summary: 'Approve (→ verified) or reject (→ rejected, comment required) a fact (reviewer, owner)',
  request: {
    params: factParams,
    body: {
      content: json(
        z.object({ decision: z.enum(REVIEW_DECISIONS), comment: z.string().trim().max(2000).default('') }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'The fact after the decision', content: json(factSchema) },
    ...errorResponses,
  },
});

const listConflicts = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/conflicts',
  tags: ['review'],
  summary: 'Changes imports proposed to verified facts, kept beside them until a reviewer settles them',
  request: {
    params: orgParams,
    query: z.object({ status: z.enum(CONFLICT_STATUSES).optional(), factId: z.string().min(1).optional() }),
  },
  responses: {
    200: {
      description: 'Conflicts, oldest first',
      content: json(z.object({ items: z.array(conflictSchema) })),
    },
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const resolve = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/conflicts/{conflictId}/resolve',
  tags: ['review'],
  summary: 'Accept the proposed value (it becomes the verified value) or dismiss it (reviewer, owner)',
  request: {
    params: orgParams.extend({
      conflictId: z
        .string()
        .min(1)
        .openapi({ param: { name: 'conflictId', in: 'path' } }),
    }),
    body: {
      content: json(
        z.object({
          resolution: z.enum(CONFLICT_RESOLUTIONS),
          comment: z.string().trim().min(1, 'say why the conflict is settled this way').max(2000),
        }),
      ),
      required: true,
    },
  },
  responses: {
    200: { description: 'The settled conflict', content: json(conflictSchema) },
    ...errorResponses,
  },
});

/** Review decisions on facts, and conflicts between verified facts and later imports. */
export function reviewRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(review, async (c) => {
    const { orgId, factId } = c.req.valid('param');
    const { decision, comment } = c.req.valid('json');
    requirePermission(c.get('role'), 'facts.review');
    if (decision === 'reject' && comment === '')
      throw new InvalidFieldError('comment', 'a rejection needs a comment saying what is wrong');
    const fact = await store.review(orgId, factId, decision, comment, userActor(c.get('auth').user.id));
    return c.json(factJson(fact), 200);
  });
  app.openapi(listConflicts, async (c) => {
    const { orgId } = c.req.valid('param');
    const conflicts = await store.listConflicts(
      orgId,
      c.req.valid('query'),
      userActor(c.get('auth').user.id),
    );
    return c.json({ items: conflicts.map(conflictJson) }, 200);
  });
  app.openapi(resolve, async (c) => {
    const { orgId, conflictId } = c.req.valid('param');
    const { resolution, comment } = c.req.valid('json');
    requirePermission(c.get('role'), 'facts.review');
    const conflict = await store.resolveConflict(
      orgId,
      conflictId,
      resolution,
      comment,
      userActor(c.get('auth').user.id),
    );
    return c.json(conflictJson(conflict), 200);
  });
}

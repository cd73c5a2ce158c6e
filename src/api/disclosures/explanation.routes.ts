import { createRoute, z } from '@hono/zod-openapi';
import { EsgError, getFramework } from '../../core/index.js';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { periodParams } from '../periods/index.js';
import { contentIndexLines } from './content-index-lines.js';
import {
  codeParams,
  explanationInputSchema,
  explanationSchema,
  frameworkQuery,
} from './disclosure.schema.js';
import { namingField } from './field-error.js';

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods/{periodId}/explanations',
  tags: ['explanations'],
  summary: 'The content index as the report would print it now, each line with its omission explanation',
  request: { params: periodParams, query: frameworkQuery },
  responses: {
    200: {
      description: 'Content index lines',
      content: json(z.object({ items: z.array(explanationSchema), missing: z.number().int() })),
    },
    ...errorResponses,
  },
});

const put = createRoute({
  method: 'put',
  path: '/orgs/{orgId}/periods/{periodId}/explanations/{framework}/{code}',
  tags: ['explanations'],
  summary: 'Say why a disclosure is omitted or not applicable (owner, contributor)',
  description: 'Given for an aspect or standard, the explanation covers every disclosure under it.',
  request: { params: codeParams, body: { content: json(explanationInputSchema), required: true } },
  responses: {
    200: {
      description: 'Stored',
      content: json(
        explanationInputSchema.extend({ code: z.string(), updatedBy: z.string(), updatedAt: z.string() }),
      ),
    },
    ...errorResponses,
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/orgs/{orgId}/periods/{periodId}/explanations/{framework}/{code}',
  tags: ['explanations'],
  summary: "Withdraw a disclosure's omission explanation (owner, contributor)",
  request: { params: codeParams },
  responses: { 204: { description: 'Withdrawn' }, ...errorResponses },
});

/** Omission explanations for the content index (HKEX comply-or-explain, GRI 1 Requirement 6). */
export function explanationRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(list, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    const { framework } = c.req.valid('query');
    const items = await contentIndexLines(
      store,
      orgId,
      periodId,
      framework,
      userActor(c.get('auth').user.id),
    );
    return c.json({ items, missing: items.filter((i) => i.status === 'missing').length }, 200);
  });
  app.openapi(put, async (c) => {
    const { orgId, periodId, framework, code } = c.req.valid('param');
    if (!getFramework(framework).items.some((i) => i.code === code))
      throw new EsgError('NOT_FOUND', `${framework} has no disclosure ${code}`);
    const { kind, reason } = c.req.valid('json');
    const e = await namingField(() =>
      store.putExplanation(
        orgId,
        periodId,
        { framework, code, kind, reason },
        userActor(c.get('auth').user.id),
      ),
    );
    return c.json(
      { code: e.code, kind: e.kind, reason: e.reason, updatedBy: e.updatedBy, updatedAt: e.updatedAt },
      200,
    );
  });
  app.openapi(remove, async (c) => {
    const { orgId, periodId, framework, code } = c.req.valid('param');
    await store.deleteExplanation(orgId, periodId, framework, code, userActor(c.get('auth').user.id));
    return c.body(null, 204);
  });
}

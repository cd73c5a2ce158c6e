import { createRoute, z } from '@hono/zod-openapi';
import { runCommand } from '../../core/index.js';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json, jsonText } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { orgParams } from '../orgs/index.js';
import { enterFactCommand, factEntrySchema } from './enter-fact.command.js';
import { factJson, factVersionJson } from './fact-json.js';
import {
  factParams,
  factQuerySchema,
  factSchema,
  factVersionSchema,
  upsertResultSchema,
} from './fact.schema.js';

const readErrors = { 400: errorResponses[400], 401: errorResponses[401], 404: errorResponses[404] } as const;

const factPageSchema = z.object({ items: z.array(factSchema), nextCursor: z.string().nullable() });

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/facts',
  tags: ['facts'],
  summary: 'Facts with provenance, filtered by period, metric, site and status; one page at a time',
  request: { params: orgParams, query: factQuerySchema },
  responses: {
    200: {
      description: 'A page of facts in id order',
      content: json(factPageSchema),
    },
    ...readErrors,
  },
});

const get = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/facts/{factId}',
  tags: ['facts'],
  summary: 'One fact with its provenance',
  request: { params: factParams },
  responses: { 200: { description: 'The fact', content: json(factSchema) }, ...readErrors },
});

const history = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/facts/{factId}/history',
  tags: ['facts'],
  summary: 'Every version of a fact, oldest first, with who, when and why',
  request: { params: factParams },
  responses: {
    200: { description: 'Versions', content: json(z.object({ items: z.array(factVersionSchema) })) },
    ...readErrors,
  },
});

const enter = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/facts',
  tags: ['facts'],
  summary:
    'Enter a value by hand in any unit of the metric’s dimension (owner; contributor for assigned sites)',
  request: { params: orgParams, body: { content: json(factEntrySchema), required: true } },
  responses: {
    200: {
      description:
        'Stored: the fact as it now stands; `result.conflicts` is 1 when the fact was verified and the value was kept as a conflict',
      content: json(z.object({ fact: factSchema, result: upsertResultSchema })),
    },
    ...errorResponses,
  },
});

/** Facts: list with filters, read one, its history, and manual entry. */
export function factRoutes(app: ApiApp, { store, clock }: AppDeps): void {
  app.openapi(list, async (c) => {
    const { orgId } = c.req.valid('param');
    const actor = userActor(c.get('auth').user.id);
    const page = await store.listFactsJson(orgId, c.req.valid('query'), actor);
    // The facts come as JSON text kept by the database (core's FactJson, the Fact schema
    // here); only the page around them is written here.
    const body = `{"items":[${page.items.join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
    return jsonText<z.infer<typeof factPageSchema>>(c, body);
  });
  app.openapi(get, async (c) => {
    const { orgId, factId } = c.req.valid('param');
    return c.json(factJson(await store.getFact(orgId, factId, userActor(c.get('auth').user.id))), 200);
  });
  app.openapi(history, async (c) => {
    const { orgId, factId } = c.req.valid('param');
    const versions = await store.factHistory(orgId, factId, userActor(c.get('auth').user.id));
    return c.json({ items: versions.map(factVersionJson) }, 200);
  });
  app.openapi(enter, async (c) => {
    const { orgId } = c.req.valid('param');
    const user = c.get('auth').user;
    const { fact, result } = await runCommand(enterFactCommand, c.req.valid('json'), {
      store,
      orgId,
      user,
      clock,
    });
    return c.json({ fact: factJson(fact), result }, 200);
  });
}

import { createRoute, z } from '@hono/zod-openapi';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import {
  entitySchema,
  newEntitySchema,
  newSiteSchema,
  orgParams,
  siteSchema,
} from './organisation.schema.js';

const writeErrors = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
} as const;
const readErrors = { 401: errorResponses[401], 404: errorResponses[404] } as const;

const listSites = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/sites',
  tags: ['sites'],
  summary: "The organisation's sites with their reporting boundary",
  request: { params: orgParams },
  responses: {
    200: { description: 'Sites', content: json(z.object({ items: z.array(siteSchema) })) },
    ...readErrors,
  },
});

const createSite = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/sites',
  tags: ['sites'],
  summary: 'Add a site (owner)',
  request: { params: orgParams, body: { content: json(newSiteSchema), required: true } },
  responses: { 201: { description: 'Created', content: json(siteSchema) }, ...writeErrors },
});

const listEntities = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/entities',
  tags: ['sites'],
  summary: "The organisation's legal entities with their reporting boundary",
  request: { params: orgParams },
  responses: {
    200: { description: 'Entities', content: json(z.object({ items: z.array(entitySchema) })) },
    ...readErrors,
  },
});

const createEntity = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/entities',
  tags: ['sites'],
  summary: 'Add a legal entity (owner)',
  request: { params: orgParams, body: { content: json(newEntitySchema), required: true } },
  responses: { 201: { description: 'Created', content: json(entitySchema) }, ...writeErrors },
});

/** Sites and entities: the organisation's reporting boundary. */
export function siteRoutes(app: ApiApp, { store }: AppDeps): void {
  const actor = (userId: string) => userActor(userId);
  app.openapi(listSites, async (c) => {
    const items = await store.listSites(c.req.valid('param').orgId, actor(c.get('auth').user.id));
    return c.json({ items: [...items] }, 200);
  });
  app.openapi(createSite, async (c) => {
    const site = await store.createSite(
      c.req.valid('param').orgId,
      c.req.valid('json'),
      actor(c.get('auth').user.id),
    );
    return c.json(site, 201);
  });
  app.openapi(listEntities, async (c) => {
    const items = await store.listEntities(c.req.valid('param').orgId, actor(c.get('auth').user.id));
    return c.json({ items: [...items] }, 200);
  });
  app.openapi(createEntity, async (c) => {
    const entity = await store.createEntity(
      c.req.valid('param').orgId,
      c.req.valid('json'),
      actor(c.get('auth').user.id),
    );
    return c.json(entity, 201);
  });
}

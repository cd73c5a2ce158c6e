import { createRoute, z } from '@hono/zod-openapi';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { organisationSchema, orgParams } from './organisation.schema.js';

const list = createRoute({
  method: 'get',
  path: '/orgs',
  tags: ['organisations'],
  summary: 'The organisations the caller belongs to, with their role',
  responses: {
    200: { description: 'Organisations', content: json(z.object({ items: z.array(organisationSchema) })) },
    401: errorResponses[401],
  },
});

const create = createRoute({
  method: 'post',
  path: '/orgs',
  tags: ['organisations'],
  summary: 'Create an organisation; the caller becomes its owner',
  request: {
    body: { content: json(z.object({ name: z.string().trim().min(1).max(200) })), required: true },
  },
  responses: {
    201: { description: 'Created', content: json(organisationSchema) },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const get = createRoute({
  method: 'get',
  path: '/orgs/{orgId}',
  tags: ['organisations'],
  summary: 'One organisation',
  request: { params: orgParams },
  responses: {
    200: { description: 'The organisation', content: json(organisationSchema) },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** List, create and read organisations. */
export function organisationRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(list, async (c) => {
    const userId = c.get('auth').user.id;
    const items = [];
    for (const org of await store.listOrganisations(userId)) {
      const role = await store.roleOf(org.id, userId);
      if (role !== undefined) items.push({ ...org, role });
    }
    return c.json({ items }, 200);
  });
  app.openapi(create, async (c) => {
    const org = await store.createOrganisation(c.req.valid('json').name, userActor(c.get('auth').user.id));
    return c.json({ ...org, role: 'owner' as const }, 201);
  });
  app.openapi(get, async (c) => {
    const { orgId } = c.req.valid('param');
    const org = await store.getOrganisation(orgId, userActor(c.get('auth').user.id));
    return c.json({ ...org, role: c.get('role') }, 200);
  });
}

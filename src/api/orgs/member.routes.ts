import { createRoute, z } from '@hono/zod-openapi';
import { EsgError } from '../../core/index.js';
import { userActor, type Membership } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { requirePermission } from './org-scope.js';
import { memberSchema, orgParams, setMemberSchema } from './organisation.schema.js';

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/members',
  tags: ['organisations'],
  summary: "The organisation's members and roles",
  request: { params: orgParams },
  responses: {
    200: { description: 'Members', content: json(z.object({ items: z.array(memberSchema) })) },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const set = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/members',
  tags: ['organisations'],
  summary:
    'Give a user a role (owner); creates the user when name and password are given and the e-mail is new',
  request: { params: orgParams, body: { content: json(setMemberSchema), required: true } },
  responses: {
    200: { description: 'The membership', content: json(memberSchema) },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

/** Members of an organisation and their roles. */
export function memberRoutes(app: ApiApp, { store }: AppDeps): void {
  const describe = async (m: Membership) => {
    const user = await store.getUser(m.userId);
    return { ...m, siteIds: [...m.siteIds], email: user?.email ?? '', name: user?.name ?? '' };
  };
  app.openapi(list, async (c) => {
    const members = await store.listMembers(c.req.valid('param').orgId, userActor(c.get('auth').user.id));
    const items = [];
    for (const m of members) items.push(await describe(m));
    return c.json({ items }, 200);
  });
  app.openapi(set, async (c) => {
    const { orgId } = c.req.valid('param');
    const input = c.req.valid('json');
    const actor = userActor(c.get('auth').user.id);
    requirePermission(c.get('role'), 'org.manage');
    let user = await store.findUserByEmail(input.email);
    if (!user) {
      if (input.name === undefined || input.password === undefined)
        throw new EsgError(
          'NOT_FOUND',
          `no user with e-mail ${input.email}; give a name and password to create one`,
        );
      user = await store.createUser(
        { email: input.email, name: input.name, password: input.password },
        actor,
      );
    }
    const membership = await store.addMember(orgId, user.id, input.role, actor, input.siteIds);
    return c.json(await describe(membership), 200);
  });
}

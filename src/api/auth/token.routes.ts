import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { errorResponses } from '../errors/index.js';
import { apiTokenSchema, newApiTokenSchema } from './auth.schema.js';

const create = createRoute({
  method: 'post',
  path: '/auth/tokens',
  tags: ['auth'],
  summary: 'Create a bearer API token for scripts; the secret is shown once',
  request: {
    body: {
      content: { 'application/json': { schema: z.object({ name: z.string().trim().min(1).max(100) }) } },
      required: true,
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: newApiTokenSchema } } },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

const list = createRoute({
  method: 'get',
  path: '/auth/tokens',
  tags: ['auth'],
  summary: "The caller's live API tokens",
  responses: {
    200: {
      description: 'Tokens (never their secrets)',
      content: { 'application/json': { schema: z.object({ items: z.array(apiTokenSchema) }) } },
    },
    401: errorResponses[401],
  },
});

const revoke = createRoute({
  method: 'delete',
  path: '/auth/tokens/{tokenId}',
  tags: ['auth'],
  summary: 'Revoke one of the caller’s API tokens',
  request: { params: z.object({ tokenId: z.string().min(1) }) },
  responses: {
    204: { description: 'Revoked' },
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

const publicToken = (t: { id: string; name: string; createdAt: string }) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt,
});

/** The caller's bearer API tokens: create, list, revoke. */
export function tokenRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(create, async (c) => {
    const { token, secret } = await store.createApiToken(c.get('auth').user.id, c.req.valid('json').name);
    return c.json({ token: publicToken(token), secret }, 201);
  });
  app.openapi(list, async (c) => {
    const tokens = await store.listApiTokens(c.get('auth').user.id);
    return c.json({ items: tokens.map(publicToken) }, 200);
  });
  app.openapi(revoke, async (c) => {
    await store.revokeApiToken(c.get('auth').user.id, c.req.valid('param').tokenId);
    return c.body(null, 204);
  });
}

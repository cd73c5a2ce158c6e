import { createRoute, z } from '@hono/zod-openapi';
import { DOCUMENT_KINDS, userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { orgParams } from '../orgs/index.js';
import { documentFileRoutes } from './document-file.routes.js';

const documentSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    sha256: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    size: z.number().int(),
    uploadedAt: z.string(),
  })
  .openapi('Document');

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/documents',
  tags: ['imports'],
  summary: 'Files uploaded to the organisation, newest first',
  request: { params: orgParams },
  responses: {
    200: { description: 'Documents', content: json(z.object({ items: z.array(documentSchema) })) },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/** The organisation's uploaded documents, and each one's file. */
export function documentRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(list, async (c) => {
    const items = await deps.store.listDocuments(
      c.req.valid('param').orgId,
      userActor(c.get('auth').user.id),
    );
    return c.json({ items: [...items] }, 200);
  });
  documentFileRoutes(app, deps);
}

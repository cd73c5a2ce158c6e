import { createRoute, z } from '@hono/zod-openapi';
import { EsgError, getFramework } from '../../core/index.js';
import { narrativeSlots } from '../../report/index.js';
import { userActor, type Narrative } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { periodParams } from '../periods/index.js';
import {
  codeParams,
  frameworkQuery,
  narrativeInputSchema,
  narrativeSchema,
  narrativeVersionSchema,
} from './disclosure.schema.js';
import { namingField } from './field-error.js';
import { requirementJson } from './requirement.js';

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods/{periodId}/narratives',
  tags: ['narratives'],
  summary:
    "Each aspect's and descriptive disclosure's requirement with the period's text, in framework order",
  request: { params: periodParams, query: frameworkQuery },
  responses: {
    200: { description: 'Narratives', content: json(z.object({ items: z.array(narrativeSchema) })) },
    ...errorResponses,
  },
});

const put = createRoute({
  method: 'put',
  path: '/orgs/{orgId}/periods/{periodId}/narratives/{framework}/{code}',
  tags: ['narratives'],
  summary: 'Write the text for a framework code as a new version (owner, contributor)',
  description:
    'An HKEX aspect code (A1) stands for its general disclosure; a GRI standard (305) for its management approach.',
  request: { params: codeParams, body: { content: json(narrativeInputSchema), required: true } },
  responses: { 200: { description: 'The narrative', content: json(narrativeSchema) }, ...errorResponses },
});

const history = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods/{periodId}/narratives/{framework}/{code}/history',
  tags: ['narratives'],
  summary: "Every version of a code's text, oldest first",
  request: { params: codeParams },
  responses: {
    200: {
      description: 'Versions',
      content: json(z.object({ items: z.array(narrativeVersionSchema) })),
    },
    ...errorResponses,
  },
});

/** Narratives: per-aspect policy text with the framework's requirement beside it. */
export function narrativeRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(list, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    const { framework } = c.req.valid('query');
    const stored = await store.listNarratives(orgId, periodId, framework, userActor(c.get('auth').user.id));
    const byCode = new Map(stored.map((n) => [n.code, n]));
    const slots = narrativeSlots(framework);
    // Text stored for a code outside the usual slots (any disclosure may carry text) is listed too.
    const extra = getFramework(framework).items.filter(
      (i) => byCode.has(i.code) && !slots.some((s) => s.code === i.code),
    );
    const items = [...slots, ...extra].map((item) => {
      const n = byCode.get(item.code);
      return {
        ...requirementJson(framework, item),
        text: n?.text ?? null,
        version: n?.version ?? null,
        updatedBy: n?.updatedBy ?? null,
        updatedAt: n?.updatedAt ?? null,
      };
    });
    return c.json({ items }, 200);
  });
  app.openapi(put, async (c) => {
    const { orgId, periodId, framework, code } = c.req.valid('param');
    const item = getFramework(framework).items.find((i) => i.code === code);
    if (!item) throw new EsgError('NOT_FOUND', `${framework} has no disclosure ${code}`);
    const { text } = c.req.valid('json');
    const n: Narrative = await namingField(() =>
      store.putNarrative(orgId, periodId, { framework, code, text }, userActor(c.get('auth').user.id)),
    );
    return c.json(
      {
        ...requirementJson(framework, item),
        text: n.text,
        version: n.version,
        updatedBy: n.updatedBy,
        updatedAt: n.updatedAt,
      },
      200,
    );
  });
  app.openapi(history, async (c) => {
    const { orgId, periodId, framework, code } = c.req.valid('param');
    const items = await store.narrativeHistory(
      orgId,
      periodId,
      framework,
      code,
      userActor(c.get('auth').user.id),
    );
    return c.json({ items }, 200);
  });
}

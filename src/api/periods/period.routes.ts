import { createRoute, z } from '@hono/zod-openapi';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';
import { orgParams } from '../orgs/index.js';
import { newPeriodSchema, periodJson, periodParams, periodSchema } from './period.schema.js';

const list = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods',
  tags: ['periods'],
  summary: "The organisation's reporting periods, latest first",
  request: { params: orgParams },
  responses: {
    200: { description: 'Periods', content: json(z.object({ items: z.array(periodSchema) })) },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const open = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/periods',
  tags: ['periods'],
  summary: 'Open a reporting year (owner)',
  request: { params: orgParams, body: { content: json(newPeriodSchema), required: true } },
  responses: { 201: { description: 'Opened', content: json(periodSchema) }, ...errorResponses },
});

const get = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods/{periodId}',
  tags: ['periods'],
  summary: 'One period',
  request: { params: periodParams },
  responses: {
    200: { description: 'The period', content: json(periodSchema) },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

const statusRoute = (action: 'lock' | 'unlock') =>
  createRoute({
    method: 'post',
    path: `/orgs/{orgId}/periods/{periodId}/${action}`,
    tags: ['periods'],
    summary:
      action === 'lock'
        ? 'Lock the period: every edit to its facts is refused until it is unlocked (owner)'
        : 'Reopen a locked period (owner)',
    request: { params: periodParams },
    responses: { 200: { description: 'The period', content: json(periodSchema) }, ...errorResponses },
  });

/** Reporting periods: list, open, read, lock and unlock. */
export function periodRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(list, async (c) => {
    const periods = await store.listPeriods(c.req.valid('param').orgId, userActor(c.get('auth').user.id));
    return c.json({ items: periods.map(periodJson) }, 200);
  });
  app.openapi(open, async (c) => {
    const input = c.req.valid('json');
    const period = await store.openPeriod(
      c.req.valid('param').orgId,
      input,
      userActor(c.get('auth').user.id),
    );
    return c.json(periodJson(period), 201);
  });
  app.openapi(get, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    return c.json(periodJson(await store.getPeriod(orgId, periodId, userActor(c.get('auth').user.id))), 200);
  });
  app.openapi(statusRoute('lock'), async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    return c.json(periodJson(await store.lockPeriod(orgId, periodId, userActor(c.get('auth').user.id))), 200);
  });
  app.openapi(statusRoute('unlock'), async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    return c.json(
      periodJson(await store.unlockPeriod(orgId, periodId, userActor(c.get('auth').user.id))),
      200,
    );
  });
}

import { createRoute, z } from '@hono/zod-openapi';
import { FRAMEWORK_IDS, listMetrics, listUnits, METRIC_KINDS, unitOf } from '../../core/index.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses } from '../errors/index.js';

const metricSchema = z
  .object({
    id: z.string().openapi({ example: 'energy.electricity' }),
    label: z.string(),
    kind: z.enum(METRIC_KINDS),
    dimension: z.string(),
    unit: z.string().openapi({ description: 'The canonical unit facts are stored in' }),
    units: z.array(z.string()).openapi({ description: 'Units a value may be entered in' }),
    dims: z.array(z.string()).openapi({ description: 'Breakdowns the metric allows' }),
    codes: z.array(z.string()).openapi({ example: ['HKEX:A2.1', 'GRI:302-1'] }),
  })
  .openapi('Metric');

const list = createRoute({
  method: 'get',
  path: '/metrics',
  tags: ['catalogue'],
  summary: 'The metric catalogue with the units each metric may be entered in',
  request: { query: z.object({ framework: z.enum(FRAMEWORK_IDS).optional() }) },
  responses: {
    200: { description: 'Metrics', content: json(z.object({ items: z.array(metricSchema) })) },
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

/** The metric catalogue, for data-entry forms. */
export function metricRoutes(app: ApiApp): void {
  app.openapi(list, (c) => {
    const { framework } = c.req.valid('query');
    const byDimension = new Map<string, string[]>();
    for (const u of listUnits()) {
      const symbols = byDimension.get(u.dimension) ?? [];
      symbols.push(u.symbol);
      byDimension.set(u.dimension, symbols);
    }
    const items = listMetrics(framework === undefined ? {} : { framework }).map((m) => ({
      id: m.id,
      label: m.label,
      kind: m.kind,
      dimension: m.dimension,
      unit: m.unit,
      units: [m.unit, ...m.altUnits].flatMap((u) => byDimension.get(unitOf(u).dimension) ?? [u]),
      dims: [...m.dims],
      codes: [...m.codes],
    }));
    return c.json({ items: items.map((i) => ({ ...i, units: [...new Set(i.units)] })) }, 200);
  });
}

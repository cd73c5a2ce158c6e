import { createRoute, z } from '@hono/zod-openapi';
import { FRAMEWORK_IDS } from '../../core/index.js';
import { buildReport, renderReport, REPORT_FORMATS, reportInputFromStore } from '../../report/index.js';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { errorResponses } from '../errors/index.js';
import { periodParams } from '../periods/index.js';

const MEDIA_TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const satisfies Record<(typeof REPORT_FORMATS)[number], string>;

const download = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/periods/{periodId}/report',
  tags: ['reports'],
  summary:
    "The period's report as HTML, PDF, XLSX or CSV, with its stored narratives, explanations and survey",
  description:
    'The same report `esg report --db` writes. Disclosures without figures, text or an explanation are listed in the X-Esgkit-Missing-Explanations header (a count) and marked in the content index.',
  request: {
    params: periodParams,
    query: z.object({
      framework: z
        .enum(FRAMEWORK_IDS)
        .default('hkex-c2')
        .openapi({ param: { name: 'framework', in: 'query' } }),
      format: z
        .enum(REPORT_FORMATS)
        .default('html')
        .openapi({ param: { name: 'format', in: 'query' } }),
    }),
  },
  responses: {
    200: {
      description: 'The report file',
      content: Object.fromEntries(
        Object.values(MEDIA_TYPES).map((t) => [t, { schema: z.string().openapi({ format: 'binary' }) }]),
      ),
    },
    ...errorResponses,
  },
});

/** The report download, built from what is stored for the period. */
export function reportRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(download, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    const { framework, format } = c.req.valid('query');
    const actor = userActor(c.get('auth').user.id);
    const input = await reportInputFromStore(store, orgId, periodId, framework, actor);
    const model = buildReport(input);
    const rendered = await renderReport(model, format);
    const missing = model.issues.filter((i) => i.severity === 'error').length;
    const name = `esg-report-${input.year}-${framework}.${format}`;
    return c.body(rendered.bytes.slice().buffer, 200, {
      'content-type': MEDIA_TYPES[format],
      'content-disposition': `attachment; filename="${name}"`,
      'x-esgkit-missing-explanations': String(missing),
    });
  });
}

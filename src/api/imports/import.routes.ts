import { createRoute, z } from '@hono/zod-openapi';
import { runCommand } from '../../core/index.js';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses, errorSchema } from '../errors/index.js';
import { upsertResultSchema } from '../facts/index.js';
import { requirePermission } from '../orgs/index.js';
import { periodParams } from '../periods/index.js';
import { importFileCommand } from './import-file.command.js';
import { IMPORT_KINDS } from './import-kind.js';

const uploadSchema = z.object({
  kind: z.enum(IMPORT_KINDS).openapi({
    description:
      'report: an ESG report (PDF or text) to extract; activity: activity data (CSV or XLSX, spec/calc-input.md) to calculate; roster: one row per person employed in the year',
  }),
  file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }),
});

const importSummarySchema = upsertResultSchema
  .extend({
    kind: z.enum(IMPORT_KINDS),
    periodId: z.string(),
    documentId: z.string(),
    read: z.number().int().openapi({ description: 'Facts the file gave' }),
    skipped: z.object({
      otherYears: z.number().int(),
      outsideSites: z.number().int(),
      repeats: z.number().int(),
      unitless: z.number().int(),
      unclassified: z.number().int(),
    }),
    notes: z.array(z.string()).readonly(),
  })
  .openapi('ImportSummary');

const upload = createRoute({
  method: 'post',
  path: '/orgs/{orgId}/periods/{periodId}/imports',
  tags: ['imports'],
  summary: 'Import a report (→ extraction) or activity data or a roster (→ calculation) into a period',
  description:
    'One transaction per import. Facts of other years are left out. A verified fact is never overwritten: a differing value is recorded as a conflict (see /conflicts).',
  request: {
    params: periodParams,
    body: { content: { 'multipart/form-data': { schema: uploadSchema } }, required: true },
  },
  responses: {
    200: { description: 'What the import did', content: json(importSummarySchema) },
    ...errorResponses,
    413: { description: 'The file is over the upload limit', content: json(errorSchema) },
    415: { description: 'A file format esgkit does not read', content: json(errorSchema) },
    422: {
      description: 'The data needs reference data esgkit lacks (an emission factor)',
      content: json(errorSchema),
    },
  },
});

/** Uploads: reports, activity data and rosters. */
export function importRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(upload, async (c) => {
    requirePermission(c.get('role'), 'facts.write');
    const { orgId, periodId } = c.req.valid('param');
    const { kind, file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const summary = await runCommand(
      importFileCommand,
      { periodId, kind, name: file.name || `upload.${kind}`, bytes },
      { store, orgId, actor: userActor(c.get('auth').user.id) },
    );
    return c.json(summary, 200);
  });
}

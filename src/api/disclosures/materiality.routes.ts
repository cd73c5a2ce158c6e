import { createRoute } from '@hono/zod-openapi';
import { isEsgError } from '../../core/index.js';
import { parseSurveyCsv, parseSurveyXlsx, type SurveyParse } from '../../report/index.js';
import { userActor } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { jsonContent as json } from '../app/json-content.js';
import { errorResponses, errorSchema, InvalidFieldError } from '../errors/index.js';
import { requirePermission } from '../orgs/index.js';
import { periodParams } from '../periods/index.js';
import {
  frameworkQuery,
  materialitySchema,
  materialitySettingsSchema,
  surveyImportSchema,
  surveyUploadSchema,
} from './disclosure.schema.js';
import { namingField } from './field-error.js';
import { materialityJson } from './materiality-view.js';

const base = '/orgs/{orgId}/periods/{periodId}/materiality';

const get = createRoute({
  method: 'get',
  path: base,
  tags: ['materiality'],
  summary: "The period's materiality survey, settings, ranked topics and matrix (SVG)",
  request: { params: periodParams, query: frameworkQuery },
  responses: {
    200: { description: 'Materiality', content: json(materialitySchema) },
    ...errorResponses,
  },
});

// The path ends in /imports so the app's upload body limit applies, as for other file uploads.
const importSurvey = createRoute({
  method: 'post',
  path: `${base}/imports`,
  tags: ['materiality'],
  summary: 'Import a stakeholder survey (CSV or XLSX), replacing the period’s responses (owner, contributor)',
  description:
    'Columns: respondent group, topic, importance to stakeholders (1–5), impact on the business (1–5), and optionally impact and financial materiality (1–5). Rows that cannot be used are listed and left out.',
  request: {
    params: periodParams,
    query: frameworkQuery,
    body: { content: { 'multipart/form-data': { schema: surveyUploadSchema } }, required: true },
  },
  responses: {
    200: { description: 'What the import stored', content: json(surveyImportSchema) },
    ...errorResponses,
    413: { description: 'The file is over the upload limit', content: json(errorSchema) },
  },
});

const putSettings = createRoute({
  method: 'put',
  path: `${base}/settings`,
  tags: ['materiality'],
  summary: 'Set stakeholder-group weights, thresholds, lens and rule (owner, contributor)',
  request: {
    params: periodParams,
    query: frameworkQuery,
    body: { content: json(materialitySettingsSchema), required: true },
  },
  responses: { 200: { description: 'Materiality', content: json(materialitySchema) }, ...errorResponses },
});

/** An XLSX is a ZIP archive: it starts with "PK". */
function isXlsx(name: string, bytes: Uint8Array): boolean {
  return name.toLowerCase().endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b);
}

/** The survey's responses; a file that cannot be read at all is an error on the `file` field. */
async function parseSurvey(name: string, bytes: Uint8Array): Promise<SurveyParse> {
  try {
    if (isXlsx(name, bytes)) return await parseSurveyXlsx(bytes, name);
    return parseSurveyCsv(new TextDecoder('utf-8').decode(bytes), name);
  } catch (e) {
    if (isEsgError(e) && e.code === 'INVALID_INPUT')
      throw new InvalidFieldError('file', e.message, { cause: e });
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('CSV_'))
      throw new InvalidFieldError('file', `${name}: not a readable CSV file (${e.message})`, { cause: e });
    throw e;
  }
}

/** Materiality: the survey, the preparer's weights and thresholds, and the assessment. */
export function materialityRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(get, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    const stored = await store.getMateriality(orgId, periodId, userActor(c.get('auth').user.id));
    return c.json(materialityJson(stored, c.req.valid('query').framework), 200);
  });
  app.openapi(importSurvey, async (c) => {
    requirePermission(c.get('role'), 'facts.write');
    const { orgId, periodId } = c.req.valid('param');
    const { file } = c.req.valid('form');
    const name = file.name || 'survey.csv';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const parsed = await parseSurvey(name, bytes);
    if (parsed.responses.length === 0) {
      const first = parsed.problems[0];
      throw new InvalidFieldError(
        'file',
        `${name}: no usable response${first ? ` (row ${first.row}: ${first.message})` : ''}`,
      );
    }
    const actor = userActor(c.get('auth').user.id);
    const stored = await namingField(() =>
      store.importSurvey(orgId, periodId, { source: name, responses: parsed.responses }, actor),
    );
    const materiality = await store.getMateriality(orgId, periodId, actor);
    return c.json(
      {
        stored,
        problems: parsed.problems.map((p) => ({ row: p.row, message: p.message })),
        materiality: materialityJson(materiality, c.req.valid('query').framework),
      },
      200,
    );
  });
  app.openapi(putSettings, async (c) => {
    const { orgId, periodId } = c.req.valid('param');
    const s = c.req.valid('json');
    const actor = userActor(c.get('auth').user.id);
    await namingField(() =>
      store.setMaterialitySettings(
        orgId,
        periodId,
        {
          weights: s.weights,
          ...(s.thresholds ? { thresholds: s.thresholds } : {}),
          ...(s.lens ? { lens: s.lens } : {}),
          ...(s.rule ? { rule: s.rule } : {}),
        },
        actor,
      ),
    );
    const stored = await store.getMateriality(orgId, periodId, actor);
    return c.json(materialityJson(stored, c.req.valid('query').framework), 200);
  });
}

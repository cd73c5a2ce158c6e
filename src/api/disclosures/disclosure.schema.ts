import { z } from '@hono/zod-openapi';
import { DISCLOSURE_LEVELS, FRAMEWORK_IDS, ITEM_KINDS } from '../../core/index.js';
import {
  MATERIAL_RULE_NAMES,
  MATERIALITY_LENS_NAMES,
  MAX_NARRATIVE_CHARS,
  MAX_REASON_CHARS,
  OMISSION_KINDS,
} from '../../store/index.js';

const pathParam = (name: string) => ({ param: { name, in: 'path' as const } });

/** Path parameters of a framework code's route in a period. */
export const codeParams = z.object({
  orgId: z.string().min(1).openapi(pathParam('orgId')),
  periodId: z.string().min(1).openapi(pathParam('periodId')),
  framework: z.enum(FRAMEWORK_IDS).openapi(pathParam('framework')),
  code: z
    .string()
    .min(1)
    .max(80)
    .openapi({ ...pathParam('code'), example: 'A1' }),
});

/** `?framework=`: which framework's codes (default hkex-c2, the current HKEX ESG Code). */
export const frameworkQuery = z.object({
  framework: z
    .enum(FRAMEWORK_IDS)
    .default('hkex-c2')
    .openapi({ param: { name: 'framework', in: 'query' } }),
});

/** A framework item as the editors show it beside the text: its code, title, level and requirement. */
export const requirementSchema = z
  .object({
    code: z.string(),
    qualified: z.string().openapi({ example: 'HKEX:A1' }),
    title: z.string(),
    kind: z.enum(ITEM_KINDS),
    level: z.enum(DISCLOSURE_LEVELS),
    requirement: z.string().openapi({ description: "The catalogue's title and note for the disclosure" }),
    parent: z.string().nullable(),
  })
  .openapi('Requirement');

/** A narrative slot: the requirement and the current text, if any. */
export const narrativeSchema = requirementSchema
  .extend({
    text: z.string().nullable(),
    version: z.number().int().nullable(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('Narrative');

/** Input: a narrative's new text. */
export const narrativeInputSchema = z.object({
  text: z.string().trim().min(1, 'a narrative needs text').max(MAX_NARRATIVE_CHARS),
});

/** One version of a narrative. */
export const narrativeVersionSchema = z
  .object({ version: z.number().int(), text: z.string(), actor: z.string(), at: z.string() })
  .openapi('NarrativeVersion');

/** How the content index would show a disclosure now. */
export const INDEX_STATES = [
  'reported',
  'omitted',
  'not_applicable',
  'not_reported',
  'missing',
  'heading',
] as const;

/** A content-index line with its stored explanation. */
export const explanationSchema = requirementSchema
  .extend({
    depth: z.number().int(),
    status: z.enum(INDEX_STATES).openapi({
      description:
        'reported (figures, text or location), omitted / not_applicable (explained), not_reported (recommended only), missing (needs an explanation), heading',
    }),
    explanation: z
      .object({
        kind: z.enum(OMISSION_KINDS),
        reason: z.string(),
        updatedBy: z.string(),
        updatedAt: z.string(),
      })
      .nullable(),
  })
  .openapi('ContentIndexLine');

/** Input: why a disclosure is not reported. */
export const explanationInputSchema = z.object({
  kind: z.enum(OMISSION_KINDS),
  reason: z.string().trim().min(1, 'an omission needs its reason').max(MAX_REASON_CHARS),
});

const thresholds = z.object({ x: z.number().min(1).max(5), y: z.number().min(1).max(5) });

/** Input and output: the preparer's materiality choices. */
export const materialitySettingsSchema = z
  .object({
    weights: z.record(z.string().min(1).max(200), z.number().min(0).max(1000)).default({}),
    thresholds: thresholds.nullable().default(null),
    lens: z.enum(MATERIALITY_LENS_NAMES).nullable().default(null),
    rule: z.enum(MATERIAL_RULE_NAMES).nullable().default(null),
  })
  .openapi('MaterialitySettings');

const axis = z.object({ score: z.string(), label: z.string() });

/** A ranked topic. Scores are decimal strings on the 1–5 scale. */
export const topicSchema = z
  .object({
    rank: z.number().int(),
    topic: z.string(),
    x: z.string(),
    y: z.string(),
    priority: z.string(),
    tier: z.enum(['high', 'medium', 'low']),
    material: z.boolean(),
    respondents: z.number().int(),
    groups: z.array(z.string()),
    codes: z.array(z.string()).openapi({ description: 'Framework disclosures the topic is reported under' }),
  })
  .openapi('MaterialTopic');

/** The stored survey, the settings and the assessment they give. */
export const materialitySchema = z
  .object({
    periodId: z.string(),
    source: z.string().nullable(),
    updatedAt: z.string().nullable(),
    responses: z.number().int(),
    settings: materialitySettingsSchema,
    assessment: z
      .object({
        lens: z.enum(MATERIALITY_LENS_NAMES),
        rule: z.enum(MATERIAL_RULE_NAMES),
        x: axis,
        y: axis,
        thresholds,
        groups: z.array(z.object({ group: z.string(), weight: z.number(), responses: z.number().int() })),
        topics: z.array(topicSchema),
        svg: z.string().openapi({ description: 'The materiality matrix as an SVG document' }),
      })
      .nullable(),
    problem: z.string().nullable().openapi({ description: 'Why no assessment could be made, if so' }),
  })
  .openapi('Materiality');

/** The survey upload: a CSV or XLSX file. */
export const surveyUploadSchema = z.object({
  file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }),
});

/** What a survey import did. */
export const surveyImportSchema = z
  .object({
    stored: z.number().int(),
    problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
    materiality: materialitySchema,
  })
  .openapi('SurveyImport');

import { z } from '@hono/zod-openapi';
import { FACT_BASES, FACT_STATUSES } from '../../core/index.js';
import { CONFLICT_STATUSES } from '../../store/index.js';
import { actorSchema, provenanceSchema } from './provenance.schema.js';

/** Path parameters of a fact route. */
export const factParams = z.object({
  orgId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'orgId', in: 'path' } }),
  factId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'factId', in: 'path' } }),
});

/** Filters of the facts list; all optional, combined with AND. */
export const factQuerySchema = z.object({
  periodId: z.string().min(1).optional(),
  metric: z.string().min(1).optional().openapi({ example: 'ghg.scope1' }),
  siteId: z.string().min(1).optional(),
  status: z.enum(FACT_STATUSES).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .openapi({ description: 'Page size, default 100' }),
  cursor: z.string().min(1).optional().openapi({ description: 'The `nextCursor` of the previous page' }),
});

const factContent = {
  entity: z.string(),
  year: z.number().int(),
  metric: z.string().openapi({ example: 'ghg.scope1' }),
  label: z.string().nullable(),
  dims: z.record(z.string(), z.string()).openapi({ example: { site: 'Shenzhen Assembly Plant' } }),
  basis: z.enum(FACT_BASES),
  value: z.string().openapi({ description: 'Exact decimal, in `unit`', example: '427.15' }),
  unit: z.string().openapi({ example: 'tCO2e' }),
  status: z.enum(FACT_STATUSES),
  provenance: provenanceSchema,
};

/** A fact at rest with its current version, where it belongs and who made that version. */
export const factSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    periodId: z.string(),
    siteId: z.string().nullable(),
    version: z.number().int(),
    ...factContent,
    changedAt: z.string(),
    changedBy: actorSchema,
    reason: z.string(),
    documentId: z.string().nullable().openapi({
      description:
        'The uploaded document the value was read from (GET …/documents/{documentId}/file); null for other sources',
    }),
  })
  .openapi('Fact');

/** One version of a fact. */
export const factVersionSchema = z
  .object({
    factId: z.string(),
    version: z.number().int(),
    ...factContent,
    actor: actorSchema,
    at: z.string(),
    reason: z.string(),
    importId: z.string().nullable(),
  })
  .openapi('FactVersion');

/** A change an import proposed to a verified fact, awaiting a reviewer. */
export const conflictSchema = z
  .object({
    id: z.string(),
    factId: z.string(),
    verifiedVersion: z.number().int(),
    proposed: z.object(factContent),
    status: z.enum(CONFLICT_STATUSES),
    proposedBy: actorSchema,
    proposedAt: z.string(),
    reason: z.string(),
    importId: z.string().nullable(),
  })
  .openapi('Conflict');

/** What an import or entry did, fact by fact. */
export const upsertResultSchema = z
  .object({
    importId: z.string(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    conflicts: z.number().int().openapi({ description: 'Changes to verified facts kept as conflicts' }),
  })
  .openapi('UpsertResult');

import { z } from '@hono/zod-openapi';

// The API shows a fact's provenance record as stored: one of three kinds. Calculated facts also
// carry their lineage (every input row, the site, the arithmetic step by step), documented here.

const documentProvenance = z
  .object({
    kind: z.literal('document'),
    document: z.string().openapi({ description: 'The document’s file name' }),
    location: z.object({ line: z.number().int().optional(), page: z.number().int().optional() }),
    quote: z.string().openapi({ description: 'The text the value was read from' }),
    reported: z.object({ value: z.string(), unit: z.string() }).openapi({ description: 'As printed' }),
    extraction: z.enum(['table', 'text']),
  })
  .openapi('DocumentProvenance');

const calculationProvenance = z
  .object({
    kind: z.literal('calculation'),
    formula: z.string(),
    inputs: z
      .array(
        z.object({
          row: z.number().int().optional(),
          activity: z.string(),
          amount: z.string(),
          unit: z.string(),
          rows: z.array(z.number().int()).readonly().optional(),
          rowCount: z.number().int().optional(),
          site: z.string().optional(),
          region: z.string().optional(),
          year: z.number().int().optional(),
        }),
      )
      .readonly(),
    factors: z
      .array(
        z.object({
          id: z.string(),
          value: z.string(),
          unit: z.string(),
          source: z.string(),
          dataYear: z.number().int().optional(),
          verified: z.boolean().optional(),
        }),
      )
      .readonly(),
    steps: z.array(z.string()).readonly().optional().openapi({ description: 'The arithmetic, step by step' }),
  })
  .openapi('CalculationProvenance');

const entryProvenance = z
  .object({
    kind: z.literal('entry'),
    user: z.string().openapi({ description: 'Who typed it in (e-mail)' }),
    at: z.string(),
    note: z.string().optional(),
  })
  .openapi('EntryProvenance');

/** Where a fact came from: a place in a document, a calculation, or a person's entry. */
export const provenanceSchema = z
  .discriminatedUnion('kind', [documentProvenance, calculationProvenance, entryProvenance])
  .openapi('Provenance');

/** Who made a change: a user, or esgkit itself (the CLI, the demo loader). */
export const actorSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), userId: z.string() }),
    z.object({ kind: z.literal('system'), name: z.string() }),
  ])
  .openapi('Actor');

import { z } from 'zod';
import type { Provenance } from '../../core/index.js';

// Provenance is stored as one JSON record per fact version and validated against the core type's
// shape when written and when read back. Objects are loose so fields a later core version adds
// survive a round trip instead of being silently dropped.

const location = z.looseObject({
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
});

const documentProvenance = z.looseObject({
  kind: z.literal('document'),
  document: z.string(),
  location,
  quote: z.string(),
  reported: z.looseObject({ value: z.string(), unit: z.string() }),
  extraction: z.enum(['table', 'text']),
});

const calculationProvenance = z.looseObject({
  kind: z.literal('calculation'),
  formula: z.string(),
  inputs: z.array(
    z.looseObject({
      row: z.number().int().optional(),
      activity: z.string(),
      amount: z.string(),
      unit: z.string(),
    }),
  ),
  factors: z.array(
    z.looseObject({
      id: z.string(),
      value: z.string(),
      unit: z.string(),
      source: z.string(),
      dataYear: z.number().int().optional(),
    }),
  ),
});

const entryProvenance = z.looseObject({
  kind: z.literal('entry'),
  user: z.string(),
  at: z.string(),
  note: z.string().optional(),
});

/** The shape of a stored {@link Provenance} record. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  documentProvenance,
  calculationProvenance,
  entryProvenance,
]);

/** Parses a stored provenance record; the result is a core {@link Provenance}. */
export function parseProvenance(value: unknown): Provenance {
  return provenanceSchema.parse(value);
}

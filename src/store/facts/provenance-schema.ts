import { z } from 'zod';
import { EsgError, PROVENANCE_KINDS, type Provenance } from '../../core/index.js';

// Provenance is stored as one JSON record per fact version. It is validated in full against the
// core type's shape when written (checkFactWrite); reading back checks only its kind, because the
// facts query maps thousands of rows a second and a full parse would double its cost. Objects are
// loose so fields a later core version adds survive a round trip instead of being dropped.

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

/** Reads a stored provenance record (validated in full when it was written). */
export function provenanceFromJson(text: string): Provenance {
  const value: unknown = JSON.parse(text);
  if (isProvenance(value)) return value;
  throw new EsgError('INVALID_INPUT', `stored provenance is not a provenance record: ${text.slice(0, 80)}`);
}

function isProvenance(value: unknown): value is Provenance {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  const kind: unknown = value.kind;
  return PROVENANCE_KINDS.some((k) => k === kind);
}

import { z } from 'zod';
import { BETTER_WAYS, DIM_KEYS, METRIC_KINDS } from './metric.js';

/** `HKEX:A1.2`, `HKEX:B4`, `HKEX:D…` (Appendix C2 climate codes) or `GRI:305-1`, `GRI:2-7`. */
const QUALIFIED_CODE = /^(HKEX:[A-Z][A-Za-z0-9._()-]*|GRI:\d{1,3}-\d{1,2})$/;

const metricSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'dotted lowercase id'),
    label: z.string().min(1),
    dimension: z.string().min(1),
    unit: z.string().min(1),
    altUnits: z.array(z.string().min(1)).default([]),
    kind: z.enum(METRIC_KINDS),
    dims: z.array(z.enum(DIM_KEYS)),
    codes: z.array(z.string().regex(QUALIFIED_CODE, 'qualified code like HKEX:A1.2 or GRI:305-1')),
    phrases: z
      .array(
        z
          .string()
          .min(1)
          .regex(/^[^A-Z]*$/, 'phrases are lowercase'),
      )
      .min(1),
    better: z.enum(BETTER_WAYS).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((m) => m.kind !== 'intensity' || m.dims.includes('denominator'), {
    error: 'an intensity metric must allow dim "denominator"',
  });

/** The shape of metrics.data.json: the catalogue with its own id, version and source. */
export const metricCatalogueSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    source: z.string().min(1),
    metrics: z.array(metricSchema).min(1),
  })
  .strict();

/** The parsed catalogue file. */
export type MetricCatalogueData = z.infer<typeof metricCatalogueSchema>;

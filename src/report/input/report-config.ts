import { z } from 'zod';
import { EsgError } from '../../core/index.js';
import { MATERIAL_RULES, MATERIALITY_LENSES } from '../materiality/index.js';
import { EXPLANATION_KINDS } from '../model/index.js';

const configSchema = z.object({
  organisation: z
    .object({
      name: z.string().min(1),
      boundary: z.string().optional(),
      sites: z
        .array(z.object({ name: z.string().min(1), included: z.boolean(), reason: z.string().optional() }))
        .optional(),
    })
    .optional(),
  explanations: z
    .record(z.string(), z.object({ kind: z.enum(EXPLANATION_KINDS), reason: z.string().min(1) }))
    .optional(),
  narratives: z.record(z.string(), z.string()).optional(),
  locations: z
    .record(
      z.string(),
      z.object({
        section: z.string().min(1),
        document: z.string().optional(),
        page: z.number().int().positive().optional(),
      }),
    )
    .optional(),
  materiality: z
    .object({
      /** Path of the survey file (CSV or XLSX), relative to the config file. */
      survey: z.string().min(1),
      weights: z.record(z.string(), z.number().nonnegative()).optional(),
      thresholds: z.object({ x: z.number().min(1).max(5), y: z.number().min(1).max(5) }).optional(),
      lens: z.enum(MATERIALITY_LENSES).optional(),
      rule: z.enum(MATERIAL_RULES).optional(),
      topicLinks: z.record(z.string(), z.array(z.string())).optional(),
    })
    .optional(),
});

/** The preparer's report settings: organisation, explanations, narratives, locations, materiality. */
export type ReportConfig = z.infer<typeof configSchema>;

/** Validates a report config (JSON already parsed); INVALID_INPUT names the first bad field. */
export function parseReportConfig(raw: unknown, file = 'report.json'): ReportConfig {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError(
      'INVALID_INPUT',
      `${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

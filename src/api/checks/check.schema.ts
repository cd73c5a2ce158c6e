import { z } from '@hono/zod-openapi';
import { FRAMEWORK_IDS, SEVERITIES } from '../../core/index.js';

/** Query of a period check: the framework to measure coverage against (none: no coverage). */
export const checkQuerySchema = z.object({
  framework: z.enum(FRAMEWORK_IDS).optional().openapi({ example: 'hkex-2020' }),
});

/** The result of checking a period's facts (the JSON of `esg check`, with the facts' ids). */
export const checkResultSchema = z
  .object({
    document: z.object({ company: z.string().optional(), reportYear: z.number().int().optional() }),
    framework: z.string().nullable(),
    summary: z.object({ errors: z.number().int(), warnings: z.number().int(), info: z.number().int() }),
    coverage: z
      .array(
        z.object({
          code: z.string(),
          title: z.string(),
          level: z.string(),
          status: z.string(),
          location: z.string().nullable(),
          facts: z.number().int(),
          source: z.string().nullable(),
        }),
      )
      .readonly(),
    findings: z.array(
      z.object({
        rule: z.string(),
        severity: z.enum(SEVERITIES),
        message: z.string(),
        expected: z.string().nullable(),
        actual: z.string().nullable(),
        factIds: z.array(z.string()).openapi({ description: 'The stored facts the finding is about' }),
      }),
    ),
  })
  .openapi('CheckResult');

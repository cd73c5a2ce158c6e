import { z } from '@hono/zod-openapi';
import { PERIOD_STATUSES, type ReportingPeriod } from '../../store/index.js';

/** Path parameters of a period route. */
export const periodParams = z.object({
  orgId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'orgId', in: 'path' } }),
  periodId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'periodId', in: 'path' } }),
});

const isoDate = z.iso.date();

/** A reporting year: its dates and whether it still accepts edits. */
export const periodSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    year: z.number().int().openapi({ example: 2025, description: 'The year the period ends in' }),
    start: z.string().openapi({ example: '2025-01-01' }),
    end: z.string().openapi({ example: '2025-12-31' }),
    status: z.enum(PERIOD_STATUSES),
  })
  .openapi('Period');

/** A period as the API shows it. */
export type PeriodJson = z.infer<typeof periodSchema>;

/** Input to open a period: the year, and the dates of a fiscal year (default: the calendar year). */
export const newPeriodSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  start: isoDate.optional(),
  end: isoDate.optional(),
});

/** The API shape of a stored period. */
export function periodJson(p: ReportingPeriod): PeriodJson {
  return {
    id: p.id,
    orgId: p.orgId,
    year: p.period.year,
    start: p.period.start,
    end: p.period.end,
    status: p.status,
  };
}

import { z } from 'zod';

/**
 * The shape of a phrase file in another language (`metrics.de.data.json`): more wordings of the
 * catalogue's metrics, keyed by metric id, each lowercase as the catalogue's own phrases are.
 */
export const metricPhrasesSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    source: z.string().min(1),
    language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code'),
    phrases: z.record(
      z.string(),
      z.array(
        z
          .string()
          .min(1)
          .regex(/^[^A-Z]*$/, 'phrases are lowercase'),
      ),
    ),
  })
  .strict();

/** A parsed phrase file. */
export type MetricPhrasesData = z.infer<typeof metricPhrasesSchema>;

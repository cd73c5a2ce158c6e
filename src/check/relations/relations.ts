import { z } from 'zod';
import { EsgError, SEVERITIES } from '../../core/index.js';
import data from './relations.data.json' with { type: 'json' };

const metricId = z.string().regex(/^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/, 'a dotted metric id');

const relationsSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  sums: z.array(
    z.strictObject({
      total: metricId,
      parts: z.array(metricId).min(1),
      optional: z.array(metricId),
      complete: z.boolean(),
      // A metric whose printing for the year replaces this relation (the revenue stands for the economic
      // value generated only where the report prints no value generated).
      unless: metricId.optional(),
      why: z.string(),
    }),
  ),
  subsets: z.array(
    z.strictObject({ part: metricId, whole: metricId, severity: z.enum(SEVERITIES), why: z.string() }),
  ),
  shares: z.array(
    z.strictObject({
      share: metricId,
      formulas: z
        .array(
          z.strictObject({
            numerator: metricId,
            // `<metric>+numerator`: the whole the numerator is counted into (headcount plus leavers,
            // water withdrawn plus water recycled).
            denominator: z.union([
              metricId,
              z.literal('parent'),
              z.templateLiteral([metricId, '+numerator']),
            ]),
            // A pattern the share's own words must match for this formula to be its definition ("… of
            // renewable electricity" is over electricity, "… of renewable energy" over all energy).
            when: z.string().optional(),
            // The same definition read where a table prints the numerator apart from the whole it belongs
            // to (grid electricity beside own solar): it names no second definition, so a gap stays an error.
            printedApart: z.literal(true).optional(),
          }),
        )
        .min(1),
      /** The most a gap may be: `warning` when the numerator printed may hold more than the share counts. */
      severity: z.enum(SEVERITIES).optional(),
      why: z.string(),
    }),
  ),
  averages: z.array(
    z.strictObject({
      average: metricId,
      total: metricId,
      counts: z.array(metricId).min(1),
      /** The share of the population covered (people trained), when a share of it bounds the average. */
      coverage: metricId.optional(),
      // A pattern the average's own words must match for this relation to be its definition ("… per
      // FTE" divides by full-time equivalents); an average matching one such relation takes no other.
      when: z.string().optional(),
      why: z.string(),
    }),
  ),
  intensities: z.array(z.strictObject({ intensity: metricId, numerators: z.array(metricId).min(1) })),
  denominators: z.array(z.strictObject({ dimension: z.string(), metric: metricId, why: z.string() })),
  frequencyRates: z.strictObject({
    bases: z.array(z.string().regex(/^[1-9]\d*$/, 'a whole number of hours')).min(1),
    rates: z.array(
      z.strictObject({
        rate: metricId,
        count: metricId,
        /** A count some definitions of the rate add to its own (fatalities to lost-time injuries). */
        alsoCounted: metricId.optional(),
        hours: metricId,
        why: z.string(),
      }),
    ),
    why: z.string(),
  }),
  // A metric also printed as another metric with dims ("of which renewable" under the total energy).
  samePrintings: z.array(
    z.strictObject({
      metric: metricId,
      as: z.strictObject({ metric: metricId, dims: z.record(z.string(), z.string()) }),
      why: z.string(),
    }),
  ),
  weightedRates: z.strictObject({ metrics: z.array(metricId), why: z.string() }),
  // Metrics that are the difference of two larger figures (the economic value retained): a small
  // change in either moves them many times over, so no year-on-year jump of theirs is a slip.
  differences: z.strictObject({ metrics: z.array(metricId), why: z.string() }),
});

/** How metrics relate arithmetically: totals and parts, subsets, shares, averages, intensities, rates. */
export type Relations = z.infer<typeof relationsSchema>;

let loaded: Relations | undefined;

/** The relations table, validated on first use (never at import time). */
export function relations(): Relations {
  if (loaded) return loaded;
  const parsed = relationsSchema.safeParse(data);
  if (!parsed.success) {
    throw new EsgError(
      'REFERENCE_DATA',
      `relations.data.json is invalid:\n${z.prettifyError(parsed.error)}`,
      {
        cause: parsed.error,
      },
    );
  }
  loaded = parsed.data;
  return loaded;
}

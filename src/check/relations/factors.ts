import { z } from 'zod';
import { EsgError } from '../../core/index.js';
import data from './factors.data.json' with { type: 'json' };

const decimal = z.string().regex(/^\d+(?:\.\d+)?$/, 'a decimal string');
const range = z.tuple([decimal, decimal]).nullable();

const factorsSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  grid: z.strictObject({
    unit: z.literal('tCO2e/MWh'),
    plausibleMax: decimal,
    plausibleMin: decimal,
    typical: decimal,
    why: z.string(),
  }),
  electricityCoalEquivalent: z.strictObject({
    calorific: decimal,
    equalValueMax: decimal,
    unit: z.literal('kgce/kWh'),
    why: z.string(),
  }),
  electricityPrimaryEnergy: z.strictObject({ gjPerMwh: z.array(decimal), why: z.string() }),
  coefficientRounding: decimal,
  fuels: z.array(z.strictObject({ metric: z.string(), perKg: range, perM3: range, perL: range })),
  concentrations: z.array(z.strictObject({ pollutant: z.string(), maxMgPerL: decimal, why: z.string() })),
  marineFuels: z.strictObject({
    why: z.string(),
    fuels: z.array(
      z.strictObject({ abbreviation: z.string().regex(/^[a-z]+$/), names: z.array(z.string()) }),
    ),
  }),
});

/** Published ranges the implied-factor rules compare against (grid factors, GB/T 2589 coefficients). */
export type FactorRanges = z.infer<typeof factorsSchema>;

let loaded: FactorRanges | undefined;

/** The factor ranges, validated on first use. */
export function factorRanges(): FactorRanges {
  if (loaded) return loaded;
  const parsed = factorsSchema.safeParse(data);
  if (!parsed.success) {
    throw new EsgError('REFERENCE_DATA', `factors.data.json is invalid:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  loaded = parsed.data;
  return loaded;
}

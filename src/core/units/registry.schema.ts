import { z } from 'zod';

/** A non-negative decimal written as a string, so factors stay exact (no float parsing). */
const decimalString = z.string().regex(/^\d+(\.\d+)?$/, 'expected a plain decimal string');

const unitEntry = z.object({
  symbol: z.string().min(1),
  dimension: z.string().min(1),
  toBase: decimalString,
  aliases: z.array(z.string().min(1)).default([]),
  caseSensitiveAliases: z.array(z.string().min(1)).default([]),
  caseSensitive: z.boolean().default(false),
  counted: z.string().optional(),
  perSymbol: z.string().optional(),
  note: z.string().min(1),
});

const compoundEntry = z.object({
  suffix: z.string().min(1),
  dimension: z.string().min(1),
  perKg: decimalString,
  markers: z.array(z.string().min(1)).min(1),
  note: z.string().min(1),
});

const currencyEntry = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  markers: z.array(z.string().min(1)).min(1),
  /** Markers that name the currency only right before a scale ("R million", "R'000"), never alone. */
  scaledMarkers: z.array(z.string().min(1)).default([]),
  /** Markers that are a word of some language in lower case: the currency only when printed with the capitals listed. */
  capitalMarkers: z.array(z.string().min(1)).default([]),
  note: z.string().min(1),
});

const scaleEntry = z.object({
  factor: decimalString,
  words: z.array(z.string().min(1)).min(1),
  moneyWords: z.array(z.string().min(1)).default([]),
});

/** The shape of units.data.json, checked when the registry is first used. */
export const unitsDataSchema = z.object({
  source: z.string().min(1),
  version: z.string().min(1),
  dimensions: z.array(z.object({ id: z.string().min(1), base: z.string().min(1), note: z.string() })),
  units: z.array(unitEntry).min(1),
  compounds: z.array(compoundEntry),
  currencies: z.array(currencyEntry).min(1),
  scales: z.array(scaleEntry).min(1),
});

/** The validated contents of units.data.json. */
export type UnitsData = z.infer<typeof unitsDataSchema>;
/** One unit entry of units.data.json. */
export type UnitEntry = z.infer<typeof unitEntry>;
/** A "mass + substance" rule, e.g. t + CO2e → tCO2e, kg + standard coal → kgce. */
export type CompoundEntry = z.infer<typeof compoundEntry>;
/** A currency and the markers reports print for it. */
export type CurrencyEntry = z.infer<typeof currencyEntry>;

import { z } from 'zod';

/**
 * What a factor converts. Each method asks the library for one kind of factor for one subject
 * (a fuel, a gas, an activity), so the kinds are the vocabulary of the methods, not of the sources.
 */
export const FACTOR_KINDS = [
  'grid_electricity',
  'grid_residual',
  'grid_fossil',
  'emission',
  'net_calorific_value',
  'carbon_content',
  'oxidation_rate',
  'coal_equivalent',
  'density',
  'gwp',
] as const;
/** One of {@link FACTOR_KINDS}. */
export type FactorKind = (typeof FACTOR_KINDS)[number];

/** Gases a factor can be about; `C` is carbon (carbon content per unit of heat), `CO2e` a total. */
export const GASES = ['CO2', 'CH4', 'N2O', 'CO2e', 'C', 'HFC', 'SF6'] as const;
/** One of {@link GASES}. */
export type Gas = (typeof GASES)[number];

/** IPCC assessment reports whose 100-year GWP values the library carries. */
export const GWP_SETS = ['AR4', 'AR5', 'AR6'] as const;
/** One of {@link GWP_SETS}. */
export type GwpSet = (typeof GWP_SETS)[number];

/**
 * How far a value was checked: against the publisher's own document, against a source that quotes
 * it (a news report of the notice, a reference table), by reproducing a published figure with it,
 * or not at all.
 */
export const VERIFICATION_STATUSES = ['publisher', 'secondary', 'reproduced', 'unverified'] as const;
/** One of {@link VERIFICATION_STATUSES}. */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** An exact decimal written as text, so no float ever enters the library. */
const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal written as text, e.g. "0.5703"');

/** A canonical unit symbol of the registry, or `1` for a pure number. */
const unitSymbol = z.string().min(1);

const sourceSchema = z.object({
  publisher: z.string().min(1),
  document: z.string().min(1),
  /** Table, clause or page in the document. */
  locator: z.string().min(1),
  url: z.string().optional(),
});

/** One published factor with where it comes from and how far it was checked. */
export const factorSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  kind: z.enum(FACTOR_KINDS),
  /** What it is about: an activity or fuel id (`natural_gas`), or a gas (`CH4`, `HFC-134a`). */
  subject: z.string().min(1),
  /** A variant of the subject when the source gives several (`gas_field`, `mobile`, `short_haul`). */
  variant: z.string().optional(),
  value: decimalText,
  /** The unit as the source prints it, e.g. `tCO2/MWh`, `GJ/10^4 Nm3`, `tC/TJ`. */
  unit: z.string().min(1),
  /** Registry symbols of the unit's numerator and denominator (`t` and `MWh` for tCO2/MWh). */
  numerator: unitSymbol,
  denominator: unitSymbol,
  /** The denominator's printed multiple: 389.31 GJ per 10,000 m3 has `per` "10000". */
  per: decimalText.optional(),
  gas: z.enum(GASES).optional(),
  gwpSet: z.enum(GWP_SETS).optional(),
  /** `CN`, `CN-North`, `CN-Guangdong`, `HK-CLP`, `GB`, or `GLOBAL`. */
  region: z.string().min(1),
  dataYear: z.number().int().nullable(),
  /** ISO date (or year-month) the source was published. */
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** Activity years the factor applies to by default; null ends are open. */
  validYears: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }),
  /** Breaks ties between factors valid for the same year (the MEE reporting factor over the NBS series). */
  precedence: z.number().int().default(0),
  /** When this variant applies rather than another of the same subject. */
  appliesWhen: z.string().optional(),
  source: sourceSchema,
  verified: z.boolean(),
  verification: z.object({ status: z.enum(VERIFICATION_STATUSES), note: z.string().min(1) }),
});

/** A validated factor. */
export type Factor = z.output<typeof factorSchema>;

/** A versioned data file of factors from one family of sources. */
export const factorSetSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  version: z.string().min(1),
  factors: z.array(factorSchema).min(1),
});

/** A validated factor set. */
export type FactorSet = z.output<typeof factorSetSchema>;

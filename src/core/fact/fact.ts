import type { Quantity } from '../quantity/index.js';
import type { Period } from './period.js';
import type { Provenance } from './provenance.js';

/** Review states of a fact. A verified fact is never overwritten by a later extraction or calculation. */
export const FACT_STATUSES = ['unverified', 'submitted', 'verified', 'rejected'] as const;
/** One of {@link FACT_STATUSES}. */
export type FactStatus = (typeof FACT_STATUSES)[number];

/** Whether a value is what happened or what the company aims for. */
export const FACT_BASES = ['actual', 'target'] as const;
/** One of {@link FACT_BASES}. */
export type FactBasis = (typeof FACT_BASES)[number];

/**
 * Dimensions that qualify a metric: `gender`, `age`, `region`, `employee_category`,
 * `employment_type`, `scope2_method`, `site`, and any other a report breaks a figure down by.
 */
export type Dims = Readonly<Record<string, string>>;

/**
 * The one fact model: (entity, period, metric, dimensions) → quantity, with provenance.
 * Extraction, calculation and entry all produce it; checks, the store and reports all consume it.
 */
export interface Fact {
  /** The reporting entity (a company, or a site's parent organisation). */
  readonly entity: string;
  readonly period: Period;
  /** A metric id from the metric catalogue, e.g. `ghg.scope2`. */
  readonly metric: string;
  readonly dims: Dims;
  /** The value in the metric's canonical unit. */
  readonly quantity: Quantity;
  readonly basis: FactBasis;
  readonly provenance: Provenance;
  readonly status: FactStatus;
  /** A short human label (the row label as printed, or the metric's label). */
  readonly label?: string;
}

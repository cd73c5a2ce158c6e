/** How a metric's value relates to what it measures; decides how values may be summed or compared. */
export const METRIC_KINDS = ['absolute', 'intensity', 'ratio', 'count', 'average'] as const;
/** One of {@link METRIC_KINDS}. */
export type MetricKind = (typeof METRIC_KINDS)[number];

/**
 * Dimension keys a fact may carry. The first seven are the ones spec/extract-output.md names for
 * scoring and comparisons; the rest are breakdowns HKEX and GRI disclosures ask for (GRI 305-1 by
 * gas, GRI 303-3 by water source, GRI 306-4/306-5 by treatment, HKEX A2.1 by energy type), and the
 * EU Taxonomy's turnover KPI by taxonomy status (Delegated Regulation (EU) 2021/2178 Annex I).
 */
export const DIM_KEYS = [
  'gender',
  'age',
  'region',
  'employee_category',
  'employment_type',
  'education',
  'scope2_method',
  'site',
  'scope3_category',
  'segment',
  'boundary',
  'gas',
  'fuel',
  'energy_source',
  'pollutant',
  'material',
  'product',
  'waste_type',
  'treatment',
  'water_source',
  'water_destination',
  'worker_type',
  'ethnicity',
  'nationality',
  'supplier_tier',
  'supplier_category',
  'patent_type',
  'donation_type',
  'recipient',
  'taxonomy',
  'denominator',
] as const;
/** One of {@link DIM_KEYS}. */
export type DimKey = (typeof DIM_KEYS)[number];

/**
 * Which way a metric's figure moves when performance improves: a data centre's PUE falls as it
 * improves, so "PUE improved by 6%" states a fall. Set only where the way is fixed by the metric's
 * definition.
 */
export const BETTER_WAYS = ['lower', 'higher'] as const;
/** One of {@link BETTER_WAYS}. */
export type BetterWay = (typeof BETTER_WAYS)[number];

/** Values of `gender`, as spec/extract-output.md fixes them. */
export const GENDERS = ['male', 'female'] as const;
/** Values of `scope2_method`: the two Scope 2 methods of the GHG Protocol Scope 2 Guidance (2015). */
export const SCOPE2_METHODS = ['location', 'market'] as const;

/** A canonical metric of the catalogue: what a fact measures, in which unit, by which breakdowns. */
export interface Metric {
  /** Dotted lowercase id, e.g. `ghg.scope2`, `energy.total_tce`. */
  readonly id: string;
  readonly label: string;
  /** The unit dimension of `unit` (for an intensity, of its numerator), e.g. `ghg`, `energy`. */
  readonly dimension: string;
  /** Canonical unit symbol from the unit registry; an intensity carries its numerator's unit. */
  readonly unit: string;
  /**
   * Canonical units of other dimensions the metric is also printed in where only a factor, not a
   * unit definition, converts (diesel in litres, water in tonnes); a value in one keeps that unit.
   */
  readonly altUnits: readonly string[];
  readonly kind: MetricKind;
  /** Breakdowns a fact of this metric may carry. Intensities carry their denominator in `denominator`. */
  readonly dims: readonly DimKey[];
  /** Qualified framework codes, `HKEX:A1.2` or `GRI:305-1`. */
  readonly codes: readonly string[];
  /** Lowercase phrasings reports use for this metric, for the extractor's classifier. */
  readonly phrases: readonly string[];
  /** Which way the figure moves when performance improves, where the definition fixes it. */
  readonly better?: BetterWay;
  /** Why the metric is defined as it is, where that is not obvious. */
  readonly note?: string;
}

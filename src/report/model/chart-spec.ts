/** The charts a report draws; each needs facts of particular metrics and is left out without them. */
export const CHART_KINDS = [
  'emissions_by_scope',
  'energy_mix',
  'water',
  'workforce_gender',
  'workforce_age',
  'trends',
] as const;
/** One of {@link CHART_KINDS}. */
export type ChartKind = (typeof CHART_KINDS)[number];

/** How a chart draws its series. */
export const CHART_SHAPES = ['stacked_bar', 'bar', 'donut', 'line'] as const;
/** One of {@link CHART_SHAPES}. */
export type ChartShape = (typeof CHART_SHAPES)[number];

/** A data series: one value per category (null where there is no figure). */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/**
 * A chart as data, renderer-neutral. Values are plain numbers because they only position marks; the
 * exact figures are in the tables beside them.
 */
export interface ChartSpec {
  readonly id: string;
  readonly kind: ChartKind;
  readonly shape: ChartShape;
  readonly title: string;
  /** The unit of the values (for an axis name), e.g. `tCO2e`; `index` for trends. */
  readonly unit: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

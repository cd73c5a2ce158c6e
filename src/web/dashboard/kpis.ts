// The dashboard's headline figures: the KPIs HKEX's ESG Guide asks every issuer for (A1.2 GHG
// emissions by scope, A2.1 energy, A2.2 water, A1.3/A1.4 waste, B1.1 workforce, B2.2 lost days,
// B3.2 training hours) and GRI 305-1/305-2/305-3, 302-1, 303-5, 306-3, 2-7, 403-9, 404-1.

/** Whether a rise is good news (training) or bad news (emissions), for colouring the change. */
export const DIRECTIONS = ['lower', 'higher'] as const;
/** One of {@link DIRECTIONS}. */
export type Better = (typeof DIRECTIONS)[number];

/** A dashboard figure: which metric, with which fixed breakdown, shown in which unit. */
export interface KpiDefinition {
  /** Stable id of the card (also its test hook). */
  readonly id: string;
  readonly label: string;
  readonly metric: string;
  /** Dimensions the headline fact must have exactly (beside `site` when summed over sites). */
  readonly dims: Readonly<Record<string, string>>;
  /** The unit the card shows, a canonical symbol of the metric's dimension. */
  readonly unit: string;
  readonly better: Better;
}

/** The cards in display order. Scope 2 is location-based, the method HKEX's guidance illustrates. */
export const KPIS: readonly KpiDefinition[] = [
  {
    id: 'scope1',
    label: 'Scope 1 emissions',
    metric: 'ghg.scope1',
    dims: {},
    unit: 'tCO2e',
    better: 'lower',
  },
  {
    id: 'scope2',
    label: 'Scope 2 emissions (location-based)',
    metric: 'ghg.scope2',
    dims: { scope2_method: 'location' },
    unit: 'tCO2e',
    better: 'lower',
  },
  {
    id: 'scope3',
    label: 'Scope 3 emissions',
    metric: 'ghg.scope3',
    dims: {},
    unit: 'tCO2e',
    better: 'lower',
  },
  { id: 'energy', label: 'Energy consumed', metric: 'energy.total', dims: {}, unit: 'MWh', better: 'lower' },
  {
    id: 'water',
    label: 'Water consumed',
    metric: 'water.consumption',
    dims: {},
    unit: 'm3',
    better: 'lower',
  },
  { id: 'waste', label: 'Waste produced', metric: 'waste.total', dims: {}, unit: 't', better: 'lower' },
  {
    id: 'workforce',
    label: 'Employees',
    metric: 'workforce.total',
    dims: {},
    unit: 'persons',
    better: 'higher',
  },
  {
    id: 'injuries',
    label: 'Work injuries',
    metric: 'safety.injuries',
    dims: {},
    unit: 'count',
    better: 'lower',
  },
  {
    id: 'training',
    label: 'Training hours per employee',
    metric: 'training.hours_average',
    dims: {},
    unit: 'hours',
    better: 'higher',
  },
];

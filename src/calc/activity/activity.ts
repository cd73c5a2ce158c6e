/**
 * The activity vocabulary of spec/calc-input.md. Each activity says which unit dimensions it may be
 * entered in and what the methods do with it; a row with an unknown activity, or a unit of another
 * dimension, is rejected before anything is computed.
 */

/** What the methods do with an activity. */
export const ACTIVITY_ROLES = [
  'fuel',
  'electricity',
  'heat',
  'refrigerant',
  'spend',
  'travel',
  'water',
  'waste',
  'denominator',
  'safety',
] as const;
/** One of {@link ACTIVITY_ROLES}. */
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

/** How an electricity row counts for Scope 2 (GHG Protocol Scope 2 Guidance, 2015). */
export const ELECTRICITY_SUPPLIES = ['grid', 'green_contract', 'onsite_renewable'] as const;
/** One of {@link ELECTRICITY_SUPPLIES}. */
export type ElectricitySupply = (typeof ELECTRICITY_SUPPLIES)[number];

/** One activity of the vocabulary. */
export interface ActivityDef {
  readonly id: string;
  readonly label: string;
  readonly role: ActivityRole;
  /** Unit dimensions (of the unit registry) the amount may be given in. */
  readonly dimensions: readonly string[];
  /** The factor subject: the fuel, refrigerant, travel mode or denominator. */
  readonly subject: string;
  /** Fuels: stationary equipment or vehicles (IPCC 2006 uses different CH4 and N2O factors). */
  readonly combustion?: 'stationary' | 'mobile';
  readonly supply?: ElectricitySupply;
  /** Scope 3 category of the GHG Protocol Corporate Value Chain Standard. */
  readonly scope3Category?: '1' | '6' | '7';
}

const fuel = (
  id: string,
  label: string,
  subject: string,
  combustion: 'stationary' | 'mobile',
  dimensions: readonly string[],
): ActivityDef => ({
  id,
  label,
  role: 'fuel',
  subject,
  combustion,
  dimensions,
});
const LIQUID = ['mass', 'volume', 'energy'] as const;
const GAS = ['volume', 'energy'] as const;

const refrigerant = (id: string, gas: string): ActivityDef => ({
  id,
  label: `${gas} leaked (refrigerant top-up or loss)`,
  role: 'refrigerant',
  subject: gas,
  dimensions: ['mass'],
});

/** Every activity, in documentation order. */
export const ACTIVITIES: readonly ActivityDef[] = [
  fuel('natural_gas', 'Natural gas burnt in stationary equipment', 'natural_gas', 'stationary', GAS),
  fuel(
    'diesel',
    'Diesel burnt in stationary equipment (generators, boilers)',
    'diesel',
    'stationary',
    LIQUID,
  ),
  fuel('gasoline', 'Gasoline burnt in stationary equipment', 'gasoline', 'stationary', LIQUID),
  fuel('lpg', 'Liquefied petroleum gas burnt in stationary equipment', 'lpg', 'stationary', LIQUID),
  fuel('coal', 'Coal burnt in stationary equipment', 'coal', 'stationary', ['mass', 'energy']),
  fuel('fuel_oil', 'Fuel oil burnt in stationary equipment', 'fuel_oil', 'stationary', LIQUID),
  fuel('kerosene', 'Kerosene burnt in stationary equipment', 'kerosene', 'stationary', LIQUID),
  fuel('natural_gas_mobile', 'Natural gas burnt in vehicles', 'natural_gas', 'mobile', GAS),
  fuel('diesel_mobile', 'Diesel burnt in vehicles', 'diesel', 'mobile', LIQUID),
  fuel('gasoline_mobile', 'Gasoline burnt in vehicles', 'gasoline', 'mobile', LIQUID),
  fuel('lpg_mobile', 'LPG burnt in vehicles', 'lpg', 'mobile', LIQUID),
  {
    id: 'electricity',
    label: 'Electricity bought from the grid',
    role: 'electricity',
    subject: 'electricity',
    supply: 'grid',
    dimensions: ['energy'],
  },
  {
    id: 'electricity_renewable',
    label: 'Grid electricity covered by green-power contracts or certificates',
    role: 'electricity',
    subject: 'electricity',
    supply: 'green_contract',
    dimensions: ['energy'],
  },
  {
    id: 'electricity_onsite_renewable',
    label: 'Electricity generated and used on site from renewables',
    role: 'electricity',
    subject: 'electricity',
    supply: 'onsite_renewable',
    dimensions: ['energy'],
  },
  { id: 'heat', label: 'Purchased heat or steam', role: 'heat', subject: 'heat', dimensions: ['energy'] },
  refrigerant('refrigerant_hfc134a', 'HFC-134a'),
  refrigerant('refrigerant_r32', 'HFC-32'),
  refrigerant('refrigerant_r410a', 'R-410A'),
  refrigerant('refrigerant_r407c', 'R-407C'),
  refrigerant('refrigerant_r404a', 'R-404A'),
  refrigerant('sf6', 'SF6'),
  {
    id: 'purchased_goods',
    label: 'Spend on purchased goods and services',
    role: 'spend',
    subject: 'purchased_goods',
    scope3Category: '1',
    dimensions: ['money'],
  },
  {
    id: 'business_travel_air',
    label: 'Business travel by air (passenger-km)',
    role: 'travel',
    subject: 'business_travel_air',
    scope3Category: '6',
    dimensions: ['length'],
  },
  {
    id: 'business_travel_rail',
    label: 'Business travel by rail (passenger-km)',
    role: 'travel',
    subject: 'business_travel_rail',
    scope3Category: '6',
    dimensions: ['length'],
  },
  {
    id: 'business_travel_car',
    label: 'Business travel by car (vehicle-km)',
    role: 'travel',
    subject: 'business_travel_car',
    scope3Category: '6',
    dimensions: ['length'],
  },
  {
    id: 'commuting_car',
    label: 'Employee commuting by car (vehicle-km)',
    role: 'travel',
    subject: 'commuting_car',
    scope3Category: '7',
    dimensions: ['length'],
  },
  {
    id: 'commuting_bus',
    label: 'Employee commuting by bus (passenger-km)',
    role: 'travel',
    subject: 'commuting_bus',
    scope3Category: '7',
    dimensions: ['length'],
  },
  {
    id: 'commuting_rail',
    label: 'Employee commuting by rail (passenger-km)',
    role: 'travel',
    subject: 'commuting_rail',
    scope3Category: '7',
    dimensions: ['length'],
  },
  // Water bills in China often read tonnes; 1 t of fresh water is taken as 1 m3 (see the metric catalogue).
  {
    id: 'water',
    label: 'Water withdrawn (municipal supply)',
    role: 'water',
    subject: 'water',
    dimensions: ['volume', 'mass'],
  },
  {
    id: 'waste_hazardous',
    label: 'Hazardous waste generated',
    role: 'waste',
    subject: 'hazardous',
    dimensions: ['mass'],
  },
  {
    id: 'waste_non_hazardous',
    label: 'Non-hazardous waste generated',
    role: 'waste',
    subject: 'non_hazardous',
    dimensions: ['mass'],
  },
  {
    id: 'revenue',
    label: 'Revenue (intensity denominator)',
    role: 'denominator',
    subject: 'revenue',
    dimensions: ['money'],
  },
  {
    id: 'floor_area',
    label: 'Floor area (intensity denominator)',
    role: 'denominator',
    subject: 'floor_area',
    dimensions: ['area'],
  },
  {
    id: 'employees',
    label: 'Employees (intensity denominator)',
    role: 'denominator',
    subject: 'employees',
    dimensions: ['count'],
  },
  {
    id: 'production',
    label: 'Units produced (intensity denominator)',
    role: 'denominator',
    subject: 'production',
    dimensions: ['count', 'mass', 'volume', 'length', 'area'],
  },
  {
    id: 'hours_worked',
    label: 'Hours worked',
    role: 'safety',
    subject: 'hours_worked',
    dimensions: ['time'],
  },
  {
    id: 'fatalities',
    label: 'Work-related fatalities',
    role: 'safety',
    subject: 'fatalities',
    dimensions: ['count'],
  },
  {
    id: 'injuries',
    label: 'Recordable work-related injuries',
    role: 'safety',
    subject: 'injuries',
    dimensions: ['count'],
  },
  {
    id: 'lost_days',
    label: 'Days lost to work-related injury',
    role: 'safety',
    subject: 'lost_days',
    dimensions: ['time'],
  },
];

const BY_ID = new Map(ACTIVITIES.map((a) => [a.id, a]));

/** The activity with this id, or undefined. */
export function findActivity(id: string): ActivityDef | undefined {
  return BY_ID.get(id);
}

/** Whether an amount in a unit of `dimension` is allowed for the activity. Money dimensions are `money:RMB` etc. */
export function acceptsDimension(activity: ActivityDef, dimension: string): boolean {
  const base = dimension.startsWith('money:') ? 'money' : dimension;
  return activity.dimensions.includes(base);
}

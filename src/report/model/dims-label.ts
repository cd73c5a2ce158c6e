import { DIM_KEYS, getMetric, isMetricId } from '../../core/index.js';

// Dimensions that name a variant of the figure itself rather than a part of it: a row with only these
// is a total (Scope 2 location-based is not "part of" Scope 2), and `denominator` goes in the unit.
const VARIANT_DIMS: ReadonlySet<string> = new Set(['scope2_method', 'denominator', 'boundary']);

const DIM_NAMES: Readonly<Record<string, string>> = {
  gender: 'Gender',
  age: 'Age',
  region: 'Region',
  employee_category: 'Category',
  employment_type: 'Employment type',
  site: 'Site',
  scope3_category: 'Scope 3 category',
  energy_source: 'Source',
  water_source: 'Source',
  water_destination: 'Destination',
  waste_type: 'Type',
  worker_type: 'Workers',
  fuel: 'Fuel',
  gas: 'Gas',
  pollutant: 'Pollutant',
  treatment: 'Treatment',
  material: 'Material',
  product: 'Product',
  supplier_tier: 'Supplier tier',
  supplier_category: 'Supplier category',
  donation_type: 'Type',
  recipient: 'Recipient',
  segment: 'Segment',
  taxonomy: 'EU Taxonomy',
};

// Values whose order is fixed by meaning, not the alphabet (spec/extract-output.md normalises ages so).
const VALUE_ORDER: Readonly<Record<string, readonly string[]>> = {
  gender: ['male', 'female'],
  age: ['<30', '30-50', '>50'],
  scope2_method: ['location', 'market'],
};

/** The breakdown dims of a fact (those that make it part of a total). */
export function breakdownDims(dims: Readonly<Record<string, string>>): [string, string][] {
  return orderedDims(dims).filter(([k]) => !VARIANT_DIMS.has(k));
}

/** Dims in the catalogue's key order (gender, age, region …), unknown keys last. */
export function orderedDims(dims: Readonly<Record<string, string>>): [string, string][] {
  const rank = (k: string) => {
    const i = (DIM_KEYS as readonly string[]).indexOf(k);
    return i < 0 ? DIM_KEYS.length : i;
  };
  return Object.entries(dims).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Sort key of a dim value: known orders first, then alphabetical. */
export function valueRank(key: string, value: string): string {
  const i = VALUE_ORDER[key]?.indexOf(value) ?? -1;
  return i < 0 ? `1${value.toLowerCase()}` : `0${String(i).padStart(3, '0')}`;
}

function valueText(key: string, value: string): string {
  if (key === 'scope2_method') return `${value}-based`;
  if (key === 'gender') return value.charAt(0).toUpperCase() + value.slice(1);
  if (key === 'age') return `aged ${value}`;
  // Vocabulary ids ("natural_gas", "green_contract") read as words; names as printed stay as they are.
  return /^[a-z0-9]+(_[a-z0-9]+)+$/.test(value) ? value.replace(/_/g, ' ') : value;
}

/** "Site: Plant A", "Male", "aged <30": how a breakdown value reads in a row label. */
export function dimText(key: string, value: string): string {
  const name = DIM_NAMES[key];
  return key === 'gender' || key === 'age' || key === 'scope2_method' || !name
    ? valueText(key, value)
    : `${name}: ${valueText(key, value)}`;
}

/** The metric's label, or the fact's own label for a metric outside the catalogue. */
export function metricLabel(metric: string, fallback?: string): string {
  return isMetricId(metric) ? getMetric(metric).label : (fallback ?? metric);
}

/**
 * A row's label: the metric (with its variant, "Scope 2 GHG emissions (location-based)") for a total, or
 * the breakdown values alone under a printed total.
 */
export function rowLabel(
  metric: string,
  dims: Readonly<Record<string, string>>,
  underTotal: boolean,
  fallback?: string,
): string {
  const variant = orderedDims(dims)
    .filter(([k]) => VARIANT_DIMS.has(k) && k !== 'denominator')
    .map(([k, v]) => dimText(k, v));
  const parts = breakdownDims(dims).map(([k, v]) => dimText(k, v));
  const base = `${metricLabel(metric, fallback)}${variant.length > 0 ? ` (${variant.join(', ')})` : ''}`;
  if (parts.length === 0) return base;
  return underTotal ? parts.join(', ') : `${base}: ${parts.join(', ')}`;
}

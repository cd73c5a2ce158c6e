import type { Metric } from '../../core/index.js';
import { chooseMetric, type MetricChoice, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

// Metrics a row of one fuel is a figure of: the fuel's own metric, or the fuels metric with the fuel as a dim.
const FUEL_METRICS = new Set([
  'energy.natural_gas',
  'energy.diesel',
  'energy.gasoline',
  'energy.lpg',
  'energy.coal',
  'energy.other_fuels',
  'energy.fuel_renewable',
  'energy.fuel_nonrenewable',
]);

// Ship fuels go by their ISO 8217 grade or their abbreviation: very low / ultra low / high sulphur fuel
// oil, intermediate and heavy fuel oil, marine gas oil and marine diesel oil, and LNG burned as bunker fuel.
const MARINE_FUEL =
  /^(?:(?:v|u|h)?lsfo|hfo|ifo(?:\s*\d{2,3})?|mgo|mdo|lng|bunker fuels?|marine (?:gas|diesel|fuel) oil|liquefied natural gas)\b/i;

/** The fuel a row names at its head ("VLSFO (cruise vessels)" → "VLSFO"), when it is a ship fuel. */
export function marineFuel(label: string): string | undefined {
  const head = label.replace(/\s*[([].*$/, '').trim();
  return MARINE_FUEL.test(head) ? head : undefined;
}

/**
 * A row named by a fuel under an energy column ("Marine gas oil | Energy (GJ)") is that fuel's energy,
 * never the total: the column says the figure is energy, the row whose. Returns the fuel's metric when
 * the chosen one is total energy and the row's own label names a fuel.
 */
export function fuelRow(
  choice: MetricChoice | undefined,
  label: string,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): MetricChoice | undefined {
  if (choice?.metric.id !== 'energy.total') return undefined;
  const named = marineFuel(label) !== undefined ? 'other fuels' : label;
  const own = chooseMetric([named], printed, 1, cache, fits);
  return own && FUEL_METRICS.has(own.metric.id) ? own : undefined;
}

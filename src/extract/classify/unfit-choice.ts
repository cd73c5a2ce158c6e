import type { Mention } from '../mention/index.js';
import { waterNamedForWaste, waterStreamShare } from './bare-water-measure.js';
import type { MetricChoice } from './choose-metric.js';
import { namesChineseRate } from './chinese-rate-row.js';
import { countsFleetFlow, FLEET_VEHICLES } from './fleet-vehicles.js';
import { itEnergyAsTotal } from './it-equipment-energy.js';
import { paymentOf } from './paid-out.js';
import type { PrintedUnit } from './printed-unit.js';
import { ratePerWords } from './rate-per-words.js';
import { underRevenueShare } from './revenue-share-column.js';

/**
 * Whether the metric a mention's words chose is refused by what the figure is printed as: a quantity
 * per something, a rate row, money paid out, a share of revenue, or a part of the energy (a data
 * centre's IT equipment energy) for the total, or vehicles bought or retired for the fleet. `byLabel` is the metric the row's own label names, if any.
 */
export function unfitChoice(
  m: Mention,
  picked: MetricChoice | undefined,
  printed: PrintedUnit | undefined,
  byLabel: MetricChoice | undefined,
): boolean {
  // "Fuel burned per voyage was 1.85 tonnes": a quantity per something is no amount of that quantity.
  // "Cooling water recycling rate": the water's rate, no waste rate.
  return (
    (picked?.metric.kind === 'absolute' && ratePerWords(m, printed)) ||
    (picked !== undefined && waterNamedForWaste(picked.metric.id, m.label)) ||
    (picked !== undefined && waterStreamShare(picked.metric.id, m.label)) ||
    // "失能傷害嚴重率（SR）" under "（員工）": a rate row the caption's count does not name.
    (m.kind === 'table' && !byLabel && picked?.metric.kind === 'count' && namesChineseRate(m.label)) ||
    // "… and we paid USD 38.2 million of taxes": money paid out is no revenue.
    (picked?.metric.id === 'economic.revenue' &&
      m.kind !== 'table' &&
      paymentOf(m.quote, m.value) !== undefined) ||
    // "Cement | 96.8" under "% of Turnover": an activity's share of revenue, not revenue.
    (picked?.metric.id === 'economic.revenue' && underRevenueShare(m, printed)) ||
    // "IT equipment energy" under "Energy consumption": the PUE's denominator, a part of the total.
    itEnergyAsTotal(m.label, picked) ||
    // "We took delivery of 143 electric buses": vehicles bought in the year, not the fleet.
    (picked?.metric.id === FLEET_VEHICLES && countsFleetFlow(m))
  );
}

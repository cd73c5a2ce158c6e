import type { Mention } from '../mention/index.js';
import { sourceUnderHeading } from './carrier-row.js';
import type { MetricChoice, PhraseCache } from './choose-metric.js';
import { energySource } from './energy-source.js';
import { fleetDims } from './fleet-vehicles.js';
import { marineFuel } from './fuel-row.js';
import { partRowScope } from './part-row-scope.js';
import { wasteRouteCode, wasteTypeNamed, wasteTypeOf } from './waste-route.js';
import { brsrStaffGroup, openingGroup, workerGroup } from './worker-group.js';

/** What the classifier read of a mention besides its chosen metric, that the metric's breakdown needs. */
export interface MentionReading {
  /** The metric the row's own label names, if any. */
  readonly byLabel: MetricChoice | undefined;
  /** What an intensity is per, as its unit or its row prints it. */
  readonly denominator: string | undefined;
  /** The words that named the figure first (a sentence's subject, a row's label). */
  readonly subject: string;
  readonly cache: PhraseCache | undefined;
}

/**
 * Adds to `dims` the breakdown the chosen metric reads from the mention's words once it is known: a
 * part row's scope, a ship's fuel, a fleet's powertrain, an intensity's denominator, a waste's route and type, a worker group
 * and an energy source; and drops a staff category that is only the metric's own phrase.
 */
export function addChosenDims(
  dims: Record<string, string>,
  m: Mention,
  choice: MetricChoice | undefined,
  reading: MentionReading,
): void {
  const part = m.kind === 'table' ? partRowScope(choice?.metric, m.label, dims) : undefined;
  if (part !== undefined) dims.scope = part;
  const ship = m.kind === 'table' ? marineFuel(m.label) : undefined;
  if (ship !== undefined && choice?.metric.dims.includes('fuel') && dims.fuel === undefined) dims.fuel = ship;
  const over = reading.denominator;
  if (choice?.metric.kind === 'intensity' && over !== undefined) dims.denominator = over;
  // "Sales | KRW 100 million", "Net sales revenue | HUF million": a row whose label holds its metric's own
  // phrase is that metric, not a staff category.
  if (choice && dims.employee_category !== undefined && !choice.metric.dims.includes('employee_category')) {
    if (
      dims.employee_category.includes(choice.phrase) &&
      dims.employee_category === m.label.trim().toLowerCase()
    )
      delete dims.employee_category;
  }
  // A row "Landfill" under "General industrial solid waste" is that waste by route (GRI 306-4/306-5).
  if (m.kind === 'table' && choice?.metric.dims.includes('treatment') && dims.treatment === undefined) {
    // "Waste diverted from disposal" is GRI 306-4's whole, not one route of it.
    const whole = /\b(?:diverted from|directed to) disposal\b/i.test(m.label);
    if (wasteRouteCode(m.label) && !whole) dims.treatment = m.label.trim().toLowerCase();
  }
  // A row under "Hazardous waste" naming no metric itself ("Dyeing sludge") is a kind of that waste.
  const wasteType = m.kind === 'table' && !reading.byLabel && dims.treatment === undefined;
  const type = wasteType && dims.waste_type === undefined ? wasteTypeOf(m.label, choice?.metric) : undefined;
  if (type !== undefined) dims.waste_type = type;
  // "Hazardous waste recycled", "of the hazardous waste, 1,204 t were recycled": that type's route.
  const named = wasteTypeNamed(choice?.metric, m, reading.subject);
  if (named !== undefined && dims.waste_type === undefined) dims.waste_type = named;
  // A sentence's own subject ("Employees worked …") says whose figure it prints, as a group row does.
  const worker = workerGroup(
    choice?.metric,
    m.kind === 'table' ? m.context : [openingGroup(m.quote)],
    m.label,
    m.kind === 'table' ? reading.cache : undefined,
  );
  if (worker !== undefined && dims.employment_type === undefined && dims.worker_type === undefined)
    dims.employment_type = worker;
  // "EMPLOYEES" over "Permanent (D)": a BRSR group row says which of its two staff groups the row counts.
  const staff = m.kind === 'table' ? brsrStaffGroup(choice?.metric, m.context) : undefined;
  if (staff !== undefined && dims.employee_category === undefined) dims.employee_category = staff;
  const source = m.kind === 'table' ? energySource(choice?.metric, m.label) : undefined;
  if (source !== undefined && dims.energy_source === undefined) dims.energy_source = source;
  // "  fuel oil | GJ" under a heading "Energy use in GJ": a source of the energy its caption names.
  const headedSource = sourceUnderHeading(m, reading.byLabel, choice);
  if (headedSource !== undefined && dims.energy_source === undefined) dims.energy_source = headedSource;
  // "Electric" in a fleet table, "312 hybrid buses": which of the fleet's powertrains is counted.
  for (const [key, value] of Object.entries(fleetDims(choice?.metric, m))) dims[key] ??= value;
}

import { convertQuantity, quantity, unitOf } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import { show } from './context.js';
import type { Contribution } from './contribution.js';
import { groupQuantity } from './fuel-quantity.js';

/** Metric and canonical unit of the activities that are summed as they are (no factor). */
const SUMMED: Readonly<Record<string, readonly [string, string, string]>> = {
  water: [
    'water.consumption',
    'm3',
    'Water (HKEX A2.2): Σ water withdrawn (m3); a tonne of water is taken as 1 m3',
  ],
  waste_hazardous: ['waste.hazardous', 't', 'Hazardous waste: Σ mass generated (t)'],
  waste_non_hazardous: ['waste.non_hazardous', 't', 'Non-hazardous waste: Σ mass generated (t)'],
  hours_worked: ['safety.hours_worked', 'hours', 'Hours worked: Σ hours'],
  fatalities: ['safety.fatalities', 'persons', 'Work-related fatalities: Σ persons'],
  injuries: ['safety.injuries', 'count', 'Recordable work-related injuries: Σ cases'],
  lost_days: ['safety.lost_days', 'days', 'Days lost to work-related injury: Σ days'],
};

/** Water, waste and safety counts, summed in their canonical unit. */
export function summed(group: ActivityGroup): Contribution[] {
  const q = groupQuantity(group);
  const id = group.activity.id;
  const spec = SUMMED[id];
  if (!spec) return [];
  const [metric, symbol, formula] = spec;
  // 1 t of fresh water = 1 m3 (density 1 t/m3), the convention Chinese water bills follow.
  const asEntered =
    q.unit.dimension === 'mass' && symbol === 'm3'
      ? quantity(convertQuantity(q, unitOf('t')).value, unitOf('m3'))
      : q;
  const value = convertQuantity(asEntered, unitOf(symbol)).value;
  const base = {
    dims: {},
    value,
    group,
    steps: [`${id}: ${show(q.value)} ${q.unit.symbol} = ${show(value)} ${symbol}`],
    factors: [],
  };
  const out: Contribution[] = [{ ...base, metric, formula }];
  if (group.activity.role === 'waste')
    out.push({ ...base, metric: 'waste.total', formula: 'Waste: Σ hazardous + non-hazardous (t)' });
  return out;
}

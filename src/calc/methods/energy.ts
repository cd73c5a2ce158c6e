import { convertQuantity, unitOf, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import { show, type MethodContext } from './context.js';
import type { Contribution } from './contribution.js';
import { fuelEnergyGJ, groupQuantity } from './fuel-quantity.js';

const FORMULA =
  'Energy consumed (MWh): Σ fuel energy on a net-calorific-value basis + electricity + purchased heat';

/**
 * Energy in MWh for a fuel, electricity or heat group, as contributions to energy.total and to the
 * catalogue's breakdowns (direct by fuel, indirect, electricity by supply, heat, renewable).
 */
export function energyUse(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const role = group.activity.role;
  let mwh: Decimal;
  let steps: string[];
  let factors: Contribution['factors'] = [];
  if (role === 'fuel') {
    const gj = fuelEnergyGJ(ctx, group);
    if (!gj) return [];
    mwh = gj.value.dividedBy('3.6');
    steps = [...gj.steps, `÷ 3.6 GJ/MWh = ${show(mwh)} MWh`];
    factors = gj.factors;
  } else {
    const q = groupQuantity(group);
    mwh = convertQuantity(q, unitOf('MWh')).value;
    steps = [`${show(q.value)} ${q.unit.symbol} = ${show(mwh)} MWh`];
  }
  const base = {
    value: mwh,
    group,
    steps: [`${group.activity.id}: ${steps.join('; ')}`],
    factors,
    formula: FORMULA,
  };
  const out: Contribution[] = [{ ...base, metric: 'energy.total', dims: {} }];
  if (role === 'fuel')
    out.push({ ...base, metric: 'energy.direct', dims: {}, breakdown: { fuel: group.activity.subject } });
  if (role === 'heat') {
    out.push({ ...base, metric: 'energy.indirect', dims: {} }, { ...base, metric: 'energy.heat', dims: {} });
  }
  if (role === 'electricity') {
    const supply = group.activity.supply ?? 'grid';
    // On-site generation is direct energy; bought electricity (green or not) is indirect.
    out.push({
      ...base,
      metric: supply === 'onsite_renewable' ? 'energy.direct' : 'energy.indirect',
      dims: {},
    });
    out.push({ ...base, metric: 'energy.electricity', dims: {}, breakdown: { energy_source: supply } });
    if (supply !== 'grid')
      out.push({ ...base, metric: 'energy.renewable', dims: {}, breakdown: { energy_source: supply } });
  }
  return out;
}

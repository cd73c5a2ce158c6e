import { convertQuantity, dec, unitOf } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor } from '../factors/index.js';
import { cite, factorValue, show, type MethodContext } from './context.js';
import type { Contribution } from './contribution.js';
import { groupQuantity } from './fuel-quantity.js';

const LOCATION =
  'Scope 2, location-based (GHG Protocol Scope 2 Guidance): Σ purchased electricity (MWh) × grid average factor (tCO2/MWh) + purchased heat (GJ) × heat factor';
const MARKET =
  'Scope 2, market-based: Σ grid electricity not covered by contracts (MWh) × residual-mix factor (location factor where none is published) + green-power and certificate electricity × 0 + heat × heat factor';

function contribution(
  group: ActivityGroup,
  method: 'location' | 'market',
  value: ReturnType<typeof dec>,
  step: string,
  factors: Factor[],
): Contribution {
  return {
    metric: 'ghg.scope2',
    dims: { scope2_method: method },
    breakdown: { energy_source: group.activity.role === 'heat' ? 'heat' : (group.activity.supply ?? 'grid') },
    value,
    group,
    steps: [`${group.activity.id}: ${step}`],
    factors,
    formula: method === 'location' ? LOCATION : MARKET,
  };
}

/** Location- and market-based Scope 2 for an electricity group; on-site renewables have none. */
export function electricityScope2(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const supply = group.activity.supply ?? 'grid';
  if (supply === 'onsite_renewable') return [];
  const q = groupQuantity(group);
  const mwh = convertQuantity(q, unitOf('MWh')).value;
  const grid = ctx.factor(
    group,
    { kind: 'grid_electricity', subject: 'electricity' },
    'location-based Scope 2',
  );
  if (!grid) return [];
  const loc = mwh.times(factorValue(grid, 't', 'MWh'));
  const out = [
    contribution(group, 'location', loc, `${show(mwh)} MWh × ${cite(grid)} = ${show(loc)} tCO2e`, [grid]),
  ];
  if (supply === 'green_contract') {
    out.push(
      contribution(
        group,
        'market',
        dec(0),
        `${show(mwh)} MWh covered by green-power contracts or certificates × 0 = 0 tCO2e`,
        [],
      ),
    );
    return out;
  }
  const own =
    group.overrides.find((f) => f.kind === 'grid_residual') ??
    group.overrides.find((f) => f.kind === 'grid_electricity');
  const residual =
    own ??
    ctx.library.select({
      kind: 'grid_residual',
      subject: 'electricity',
      region: group.region,
      year: group.year,
    })?.factor;
  const used = residual ?? grid;
  if (!residual)
    ctx.notes.add(
      `no residual-mix factor for ${group.region || 'the site'}; market-based Scope 2 uses the location factor ${grid.id} there`,
    );
  const mkt = mwh.times(factorValue(used, 't', 'MWh'));
  out.push(
    contribution(group, 'market', mkt, `${show(mwh)} MWh × ${cite(used)} = ${show(mkt)} tCO2e`, [used]),
  );
  return out;
}

/** Scope 2 for purchased heat: the same in both methods unless the row names a supplier factor. */
export function heatScope2(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const f = ctx.factor(group, { kind: 'emission', subject: 'heat' }, 'Scope 2 of purchased heat');
  if (!f) return [];
  const gj = convertQuantity(groupQuantity(group), unitOf('GJ')).value;
  const num = f.numerator === 'kg' || f.numerator === 't' ? 't' : 'tCO2e';
  const t = gj.times(factorValue(f, num, 'GJ'));
  const step = `${show(gj)} GJ × ${cite(f)} = ${show(t)} tCO2e`;
  return [contribution(group, 'location', t, step, [f]), contribution(group, 'market', t, step, [f])];
}

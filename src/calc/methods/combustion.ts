import { dec, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor } from '../factors/index.js';
import { cite, factorValue, show, type MethodContext } from './context.js';
import type { Contribution } from './contribution.js';
import { fuelEnergyGJ, measureIn, type Measured } from './fuel-quantity.js';

/** Molar mass ratio of CO2 to C. */
const CO2_PER_C = dec(44).dividedBy(12);

const NDRC_FORMULA =
  'Scope 1 combustion (NDRC guideline for other industries): Σ fuel energy (TJ) × carbon content per unit heat (tC/TJ) × oxidation rate × 44/12';
const IPCC_FORMULA =
  'Scope 1 combustion (IPCC 2006 Tier 1): Σ fuel energy (TJ) × (EF_CO2 + EF_CH4 × GWP_CH4 + EF_N2O × GWP_N2O) (kg/TJ) ÷ 1000';
const DIRECT_FORMULA = "Scope 1 combustion with the row's own emission factor: Σ amount × factor";

interface Emission {
  readonly tco2e: Decimal;
  readonly steps: string[];
  readonly factors: Factor[];
  readonly formula: string;
}

/** China: carbon content × oxidation × 44/12 on NCV-based energy (formula (1)-(3) of the NDRC guideline). */
function ndrc(
  ctx: MethodContext,
  group: ActivityGroup,
  energy: Measured,
  carbon: Factor,
): Emission | undefined {
  const oxidation = ctx.factor(
    group,
    { kind: 'oxidation_rate', subject: group.activity.subject },
    'the NDRC method needs it',
  );
  if (!oxidation) return undefined;
  const tj = energy.value.dividedBy(1000);
  const cc = factorValue(carbon, 't', 'TJ');
  const of = factorValue(oxidation, '1', '1');
  const t = tj.times(cc).times(of).times(CO2_PER_C);
  return {
    tco2e: t,
    steps: [
      ...energy.steps,
      `${show(tj)} TJ × carbon content ${cite(carbon)} × oxidation ${cite(oxidation)} × 44/12 = ${show(t)} tCO2`,
    ],
    factors: [...energy.factors, carbon, oxidation],
    formula: NDRC_FORMULA,
  };
}

/** Outside China: IPCC 2006 default CO2, CH4 and N2O per TJ, CH4 and N2O weighted by the GWP set. */
function ipcc(ctx: MethodContext, group: ActivityGroup, energy: Measured): Emission | undefined {
  const subject = group.activity.subject;
  const variant = group.activity.combustion ?? 'stationary';
  const co2 = ctx.factor(group, { kind: 'emission', subject, gas: 'CO2' }, 'IPCC 2006 CO2 factor');
  const ch4 = ctx.factor(
    group,
    { kind: 'emission', subject, gas: 'CH4', variant },
    `IPCC 2006 ${variant} CH4 factor`,
  );
  const n2o = ctx.factor(
    group,
    { kind: 'emission', subject, gas: 'N2O', variant },
    `IPCC 2006 ${variant} N2O factor`,
  );
  const gwpSet = ctx.options.gwpSet;
  const gwpCh4 = ctx.factor(
    group,
    { kind: 'gwp', subject: 'CH4', variant: 'fossil', gwpSet },
    'GWP of fossil methane',
  );
  const gwpN2o = ctx.factor(group, { kind: 'gwp', subject: 'N2O', gwpSet }, 'GWP of nitrous oxide');
  if (!co2 || !ch4 || !n2o || !gwpCh4 || !gwpN2o) return undefined;
  const tj = energy.value.dividedBy(1000);
  const tCo2 = tj.times(factorValue(co2, 't', 'TJ'));
  const tCh4 = tj.times(factorValue(ch4, 't', 'TJ')).times(factorValue(gwpCh4, 'tCO2e', 't'));
  const tN2o = tj.times(factorValue(n2o, 't', 'TJ')).times(factorValue(gwpN2o, 'tCO2e', 't'));
  const total = tCo2.plus(tCh4).plus(tN2o);
  return {
    tco2e: total,
    steps: [
      ...energy.steps,
      `CO2: ${show(tj)} TJ × ${cite(co2)} = ${show(tCo2)} tCO2`,
      `CH4: ${show(tj)} TJ × ${cite(ch4)} × GWP ${cite(gwpCh4)} = ${show(tCh4)} tCO2e`,
      `N2O: ${show(tj)} TJ × ${cite(n2o)} × GWP ${cite(gwpN2o)} = ${show(tN2o)} tCO2e`,
      `total ${show(total)} tCO2e`,
    ],
    factors: [...energy.factors, co2, ch4, n2o, gwpCh4, gwpN2o],
    formula: IPCC_FORMULA,
  };
}

/** The row's own direct factor (tCO2e or kgCO2e per unit of fuel). */
function direct(ctx: MethodContext, group: ActivityGroup, f: Factor): Emission | undefined {
  const amount = measureIn(ctx, group, f.denominator, 'emission');
  if (!amount) return undefined;
  const num = f.numerator === 'kg' || f.numerator === 't' ? 't' : 'tCO2e';
  const t = amount.value.times(factorValue(f, num, f.denominator));
  return {
    tco2e: t,
    steps: [...amount.steps, `${show(amount.value)} ${f.denominator} × ${cite(f)} = ${show(t)} tCO2e`],
    factors: [...amount.factors, f],
    formula: DIRECT_FORMULA,
  };
}

function emission(ctx: MethodContext, group: ActivityGroup): Emission | undefined {
  const own = group.overrides.find((f) => f.kind === 'emission');
  if (own) return direct(ctx, group, own);
  const energy = fuelEnergyGJ(ctx, group);
  if (!energy) return undefined;
  // The NDRC path applies where the library has a carbon content for the region (China); else IPCC.
  const carbon =
    group.overrides.find((f) => f.kind === 'carbon_content') ??
    ctx.library.select({
      kind: 'carbon_content',
      subject: group.activity.subject,
      region: group.region,
      year: group.year,
    })?.factor;
  return carbon ? ndrc(ctx, group, energy, carbon) : ipcc(ctx, group, energy);
}

/** Scope 1 from burning a fuel, as a contribution to ghg.scope1 broken down by fuel. */
export function combustionScope1(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const e = emission(ctx, group);
  if (!e) return [];
  const source = group.activity.combustion === 'mobile' ? 'mobile combustion' : 'stationary combustion';
  return [
    {
      metric: 'ghg.scope1',
      dims: {},
      breakdown: { fuel: group.activity.subject },
      value: e.tco2e,
      group,
      steps: [`${group.activity.id} (${source}): ${e.steps.join('; ')}`],
      factors: e.factors,
      formula: e.formula,
    },
  ];
}

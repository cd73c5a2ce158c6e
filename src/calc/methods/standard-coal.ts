import { convertQuantity, unitOf } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import { cite, factorValue, show, type MethodContext } from './context.js';
import type { Contribution } from './contribution.js';
import { groupQuantity, measureIn } from './fuel-quantity.js';

const FORMULA =
  'Energy in standard coal (GB/T 2589-2020): Σ amount × standard-coal coefficient (kgce per unit) ÷ 1000; energy entered in energy units ÷ 29.307 GJ/tce';
const COAL_UNITS = new Set(['kgce', 'tce', 'ktce', 'Mtce']);
// GB/T 2589 defines the tonne of standard coal, so its coefficients apply wherever the site is.
const GBT_REGION = 'CN';

/**
 * Tonnes of standard coal for a fuel, electricity or heat group. Electricity uses the equivalent
 * value 0.1229 kgce/kWh, heat 0.03412 kgce/MJ, fuels their Appendix A coefficient (natural gas:
 * the gas-field variant unless the row names another). Rounding happens only when printed.
 */
export function standardCoal(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const q = groupQuantity(group);
  const contribution = (
    value: ReturnType<typeof q.value.times>,
    steps: string[],
    factors: Contribution['factors'],
  ): Contribution[] => [
    {
      metric: 'energy.total_tce',
      dims: {},
      value,
      group,
      steps: [`${group.activity.id}: ${steps.join('; ')}`],
      factors,
      formula: FORMULA,
    },
  ];
  if (COAL_UNITS.has(q.unit.symbol)) {
    const tce = convertQuantity(q, unitOf('tce')).value;
    return contribution(tce, [`entered as ${show(q.value)} ${q.unit.symbol} = ${show(tce)} tce`], []);
  }
  const role = group.activity.role;
  if (role === 'fuel' && q.unit.dimension === 'energy') {
    const def = ctx.factor(
      group,
      { kind: 'net_calorific_value', subject: 'standard_coal', region: GBT_REGION },
      'definition of standard coal',
    );
    if (!def) return [];
    const gj = convertQuantity(q, unitOf('GJ')).value;
    const tce = gj.dividedBy(factorValue(def, 'GJ', 'tce'));
    return contribution(
      tce,
      [`${show(q.value)} ${q.unit.symbol} = ${show(gj)} GJ ÷ ${cite(def)} = ${show(tce)} tce`],
      [def],
    );
  }
  const coef = ctx.factor(
    group,
    { kind: 'coal_equivalent', subject: group.activity.subject, region: GBT_REGION },
    'GB/T 2589-2020 coefficient',
  );
  if (!coef) return [];
  const measured = measureIn(ctx, group, coef.denominator, 'standard-coal');
  if (!measured) return [];
  const kgce = measured.value.times(factorValue(coef, 'kgce', coef.denominator));
  const tce = kgce.dividedBy(1000);
  return contribution(
    tce,
    [
      ...measured.steps,
      `${show(measured.value)} ${coef.denominator} × ${cite(coef)} = ${show(kgce)} kgce = ${show(tce)} tce`,
    ],
    [...measured.factors, coef],
  );
}

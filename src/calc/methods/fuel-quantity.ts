import { convertQuantity, quantity, unitOf, type Decimal, type Quantity } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor } from '../factors/index.js';
import { cite, factorValue, show, type MethodContext } from './context.js';

/** The group's summed amount as a quantity in the unit it was entered in. */
export function groupQuantity(group: ActivityGroup): Quantity {
  return quantity(group.sum.toDecimal(), group.unit);
}

/** A fuel amount expressed in a factor's denominator unit, with the steps and factors that took it there. */
export interface Measured {
  readonly value: Decimal;
  readonly steps: string[];
  readonly factors: Factor[];
}

/**
 * Expresses the group's amount in `target` (a mass or volume symbol). Litres of a liquid become
 * kilograms through its density when the target is a mass; anything else that crosses dimensions
 * is a missing factor.
 */
export function measureIn(
  ctx: MethodContext,
  group: ActivityGroup,
  target: string,
  why: string,
): Measured | undefined {
  const q = groupQuantity(group);
  const to = unitOf(target);
  if (q.unit.dimension === to.dimension) {
    const v = convertQuantity(q, to).value;
    const steps =
      q.unit.symbol === to.symbol ? [] : [`${show(q.value)} ${q.unit.symbol} = ${show(v)} ${to.symbol}`];
    return { value: v, steps, factors: [] };
  }
  if (q.unit.dimension === 'volume' && to.dimension === 'mass') {
    const density = ctx.factor(
      group,
      { kind: 'density', subject: group.activity.subject },
      `needed to turn ${q.unit.symbol} into ${target} (${why})`,
    );
    if (!density) return undefined;
    const litres = convertQuantity(q, unitOf('L')).value;
    const kg = litres.times(factorValue(density, 'kg', 'L'));
    const v = convertQuantity(quantity(kg, unitOf('kg')), to).value;
    return {
      value: v,
      steps: [`${show(q.value)} ${q.unit.symbol} × density ${cite(density)} = ${show(v)} ${to.symbol}`],
      factors: [density],
    };
  }
  ctx.missing.push(
    `${group.activity.id} at ${group.site || 'no site'} (${group.year}): entered in ${q.unit.symbol}, but the ${why} factor is per ${target}; enter it in ${to.dimension} or energy units`,
  );
  return undefined;
}

/**
 * The fuel's energy on a net-calorific-value basis, in GJ: directly when entered in energy units,
 * else amount × NCV (NDRC guideline defaults in China, IPCC 2006 Table 1.2 elsewhere).
 */
export function fuelEnergyGJ(ctx: MethodContext, group: ActivityGroup): Measured | undefined {
  const q = groupQuantity(group);
  if (q.unit.dimension === 'energy') {
    const gj = convertQuantity(q, unitOf('GJ')).value;
    return { value: gj, steps: [`${show(q.value)} ${q.unit.symbol} = ${show(gj)} GJ`], factors: [] };
  }
  const ncv = ctx.factor(
    group,
    { kind: 'net_calorific_value', subject: group.activity.subject },
    'needed to turn the amount into energy',
  );
  if (!ncv) return undefined;
  const measured = measureIn(ctx, group, ncv.denominator, 'net calorific value');
  if (!measured) return undefined;
  const gj = measured.value.times(factorValue(ncv, 'GJ', ncv.denominator));
  return {
    value: gj,
    steps: [
      ...measured.steps,
      `${show(measured.value)} ${ncv.denominator} × NCV ${cite(ncv)} = ${show(gj)} GJ`,
    ],
    factors: [...measured.factors, ncv],
  };
}

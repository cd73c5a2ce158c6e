import type { ActivityGroup } from '../aggregate/index.js';
import { cite, factorValue, show, type MethodContext } from './context.js';
import type { Contribution } from './contribution.js';
import { measureIn } from './fuel-quantity.js';

const FORMULAS: Readonly<Record<string, string>> = {
  '1': 'Scope 3 category 1, spend-based (GHG Protocol Scope 3 Standard): Σ spend × emission factor per unit of spend',
  '6': 'Scope 3 category 6, distance-based: Σ passenger-km (vehicle-km for cars) × emission factor per km',
  '7': 'Scope 3 category 7, distance-based: Σ commuting km × emission factor per km',
};

/** Spend- and distance-based Scope 3 for one group, broken down by category. */
export function scope3(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const category = group.activity.scope3Category ?? '1';
  const why =
    category === '1'
      ? 'spend factors depend on what was bought; add one with --factors and name it in the factor column'
      : 'distance-based travel factor';
  const f = ctx.factor(group, { kind: 'emission', subject: group.activity.subject }, why);
  if (!f) return [];
  const amount = measureIn(ctx, group, f.denominator, 'emission');
  if (!amount) return [];
  const num = f.numerator === 'kg' || f.numerator === 't' ? 't' : 'tCO2e';
  const t = amount.value.times(factorValue(f, num, f.denominator));
  return [
    {
      metric: 'ghg.scope3',
      dims: {},
      breakdown: { scope3_category: category },
      value: t,
      group,
      steps: [
        `${group.activity.id}: ${[...amount.steps, `${show(amount.value)} ${f.denominator} × ${cite(f)} = ${show(t)} tCO2e`].join('; ')}`,
      ],
      factors: [...amount.factors, f],
      formula: FORMULAS[category] ?? '',
    },
  ];
}

import { convertQuantity, dec, unitOf, type Decimal } from '../../core/index.js';
import type { ActivityGroup } from '../aggregate/index.js';
import type { Factor } from '../factors/index.js';
import { cite, factorValue, show, type MethodContext } from './context.js';
import type { Contribution } from './contribution.js';
import { groupQuantity } from './fuel-quantity.js';

const FORMULA =
  'Scope 1 fugitive refrigerant emissions: Σ refrigerant leaked or topped up (t) × GWP (tCO2e/t)';

/**
 * Mass fractions of common HFC blends (ANSI/ASHRAE Standard 34 designations). A blend's GWP is the
 * mass-weighted sum of its components' GWPs, so the GWP set chosen for the report applies to it too.
 * HCFC-22 and other ozone-depleting gases are not Kyoto gases and are left out of Scope 1.
 */
const BLENDS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'R-410A': [
    ['HFC-32', '0.5'],
    ['HFC-125', '0.5'],
  ],
  'R-407C': [
    ['HFC-32', '0.23'],
    ['HFC-125', '0.25'],
    ['HFC-134a', '0.52'],
  ],
  'R-404A': [
    ['HFC-125', '0.44'],
    ['HFC-143a', '0.52'],
    ['HFC-134a', '0.04'],
  ],
};

/** A refrigerant leak as a contribution to ghg.scope1 broken down by gas. */
export function refrigerantScope1(ctx: MethodContext, group: ActivityGroup): Contribution[] {
  const gas = group.activity.subject;
  const parts = BLENDS[gas] ?? [[gas, '1'] as const];
  const gwpSet = ctx.options.gwpSet;
  let gwp: Decimal = dec(0);
  const factors: Factor[] = [];
  const terms: string[] = [];
  for (const [component, share] of parts) {
    const own = group.overrides.find((f) => f.kind === 'gwp' && f.subject === component);
    const f = own ?? ctx.factor(group, { kind: 'gwp', subject: component, gwpSet }, `GWP of ${component}`);
    if (!f) return [];
    gwp = gwp.plus(factorValue(f, 'tCO2e', 't').times(share));
    factors.push(f);
    terms.push(parts.length > 1 ? `${share} × ${cite(f)}` : cite(f));
  }
  const tonnes = convertQuantity(groupQuantity(group), unitOf('t')).value;
  const t = tonnes.times(gwp);
  const gwpText =
    parts.length > 1 ? `GWP of ${gas} = ${terms.join(' + ')} = ${show(gwp)}` : `GWP ${terms.join('')}`;
  return [
    {
      metric: 'ghg.scope1',
      dims: {},
      breakdown: { gas },
      value: t,
      group,
      steps: [`${group.activity.id}: ${show(tonnes)} t × ${gwpText} = ${show(t)} tCO2e`],
      factors,
      formula: FORMULA,
    },
  ];
}

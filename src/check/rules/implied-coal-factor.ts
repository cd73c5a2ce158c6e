import { dec, type Decimal } from '../../core/index.js';
import { seriesOf } from '../fact-index/index.js';
import {
  makeFinding,
  decimalString,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
  nameOf,
} from '../finding/index.js';
import {
  addIntervals,
  divideIntervals,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { factorRanges } from '../relations/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule, RuleContext } from './rule.js';

/** Joules in one kgce (GB/T 2589-2020: 29.3076 MJ). */
const J_PER_KGCE = dec('29307600');

/**
 * Standard coal against physical energy by the coefficients of GB/T 2589-2020: comprehensive energy
 * in tce over the same energy in MWh must lie between electricity at its calorific value and at the
 * equal-value of the coal burnt for it; direct energy in tce must be at least what the listed fuels
 * give at the standard's coefficients.
 */
export const impliedCoalFactorRule: Rule = {
  id: 'factor.coal-equivalent',
  title: 'Standard-coal figures agree with physical quantities by GB/T 2589 coefficients',
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const tce of ctx.facts.representatives('energy.total_tce')) {
      const mwh = ctx.facts.at(seriesOf(tce.fact), 'energy.total', tce.fact.dims);
      const finding = mwh ? totalsDisagree(tce, mwh) : undefined;
      if (finding) out.push(finding);
    }
    for (const direct of ctx.facts.representatives('energy.direct')) {
      const finding = fuelsExceed(ctx, direct);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function totalsDisagree(tce: Figure, mwh: Figure): CheckFinding | undefined {
  if (tce.unit.dimension !== 'energy' || mwh.unit.dimension !== 'energy') return undefined;
  const e = factorRanges().electricityCoalEquivalent;
  // The ratio of the two printings, as kgce per kWh-equivalent: calorific ≤ ratio ≤ equal value.
  const ratio = divideIntervals(
    scaleInterval(baseRange(tce), dec(1).div(J_PER_KGCE)),
    scaleInterval(baseRange(mwh), dec(1).div(3600000)),
  );
  if (!ratio) return undefined;
  const allowed: Interval = {
    lo: dec(e.calorific).times(dec(1).minus(factorRanges().coefficientRounding)),
    hi: dec(e.equalValueMax),
  };
  if (overlaps(ratio, allowed)) return undefined;
  return makeFinding(impliedCoalFactorRule.id, {
    severity: 'warning',
    message:
      `${showFigure(tce)} (${whereOf(tce)}) and ${showFigure(mwh)} (${whereOf(mwh)}) imply ${showRange(ratio, 4)} kgce per kWh; ` +
      `GB/T 2589-2020 allows ${e.calorific} (calorific value) up to about ${e.equalValueMax} (equal value of electricity).`,
    figures: [tce, mwh],
    expected: e.calorific,
    actual: decimalString(midpoint(ratio), 4),
  });
}

function fuelsExceed(ctx: RuleContext, direct: Figure): CheckFinding | undefined {
  if (direct.unit.dimension !== 'energy') return undefined;
  const series = seriesOf(direct.fact);
  const lows: Interval[] = [];
  const used: Figure[] = [];
  for (const fuel of factorRanges().fuels) {
    const f = ctx.facts.at(series, fuel.metric, direct.fact.dims);
    if (!f) continue;
    const low = fuelLowKgce(f, fuel);
    if (!low) continue;
    lows.push(low);
    used.push(f);
  }
  if (used.length === 0 || !used.some((f) => f.unit.dimension !== 'energy')) return undefined;
  const fuels = addIntervals(lows);
  const directKgce = scaleInterval(baseRange(direct), dec(1).div(J_PER_KGCE));
  if (directKgce.hi.gte(fuels.lo)) return undefined;
  const tonnes = (d: Decimal) => d.div(1000);
  return makeFinding(impliedCoalFactorRule.id, {
    severity: 'warning',
    message:
      `Direct energy ${showFigure(direct)} (${whereOf(direct)}) is less than the listed fuels alone give at the GB/T 2589-2020 ` +
      `coefficients: at least ${showNumber(tonnes(fuels.lo), 2)} tce from ${used.map((u) => `${nameOf(u)} ${showFigure(u)}`).join(', ')}.`,
    figures: [direct, ...used],
    expected: decimalString(tonnes(fuels.lo), 2),
    actual: decimalString(tonnes(midpoint(directKgce)), 2),
  });
}

type FuelCoefficients = ReturnType<typeof factorRanges>['fuels'][number];

/** The kgce a fuel figure can stand for: energy units convert, mass and volume use the coefficients. */
function fuelLowKgce(f: Figure, fuel: FuelCoefficients): Interval | undefined {
  const base = baseRange(f);
  if (f.unit.dimension === 'energy') return scaleInterval(base, dec(1).div(J_PER_KGCE));
  if (f.unit.dimension === 'mass' && fuel.perKg) return byCoefficient(base, fuel.perKg);
  if (f.unit.dimension !== 'volume') return undefined;
  if (fuel.perM3) return byCoefficient(base, fuel.perM3);
  // Volume's base is m3; litre coefficients apply per 0.001 m3.
  return fuel.perL ? byCoefficient(scaleInterval(base, dec(1000)), fuel.perL) : undefined;
}

function byCoefficient(amount: Interval, [lo, hi]: readonly [string, string]): Interval {
  return { lo: amount.lo.times(lo), hi: amount.hi.times(hi) };
}

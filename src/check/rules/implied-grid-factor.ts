import { dec } from '../../core/index.js';
import { seriesOf, withoutKey } from '../fact-index/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  showFigure,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { divideIntervals, midpoint, scaleInterval, type Figure } from '../precision/index.js';
import { factorRanges } from '../relations/index.js';
import { baseRange } from './convert-figure.js';
import type { Rule } from './rule.js';

/** kgCO2e per J → tCO2e per MWh (base units of the ghg and energy dimensions). */
const KG_PER_J_TO_T_PER_MWH = dec('3600000000').div(1000);

/**
 * Scope 2 ÷ purchased electricity is the grid factor a report implicitly used. Published grid
 * averages stay below about 1.2 tCO2e/MWh; far outside that, a unit or a figure is wrong.
 */
export const impliedGridFactorRule: Rule = {
  id: 'factor.grid',
  title: 'Scope 2 ÷ electricity lies within published grid emission factors',
  run(ctx) {
    const out: CheckFinding[] = [];
    const range = factorRanges().grid;
    for (const scope2 of ctx.facts.representatives('ghg.scope2')) {
      const method = scope2.fact.dims.scope2_method;
      if (method === 'market' || scope2.unit.dimension !== 'ghg') continue;
      const rest = withoutKey(scope2.fact.dims, 'scope2_method');
      const series = seriesOf(scope2.fact);
      const energy =
        ctx.facts.at(series, 'energy.electricity', rest) ?? ctx.facts.at(series, 'energy.indirect', rest);
      if (!energy || energy.unit.dimension !== 'energy') continue;
      const ratio = divideIntervals(baseRange(scope2), baseRange(energy));
      if (!ratio) continue;
      const factor = scaleInterval(ratio, KG_PER_J_TO_T_PER_MWH);
      const tooHigh = factor.lo.gt(range.plausibleMax);
      const tooLow = factor.hi.lt(range.plausibleMin);
      if (!tooHigh && !tooLow) continue;
      const off = midpoint(factor).div(range.typical);
      const thousandfold = off.gte(300) || off.lte(dec(1).div(300));
      out.push(report(scope2, energy, factor, thousandfold));
    }
    return out;
  },
};

function report(
  scope2: Figure,
  energy: Figure,
  factor: { lo: Figure['value']; hi: Figure['value'] },
  thousandfold: boolean,
): CheckFinding {
  const range = factorRanges().grid;
  const figures = [scope2, energy];
  return makeFinding(impliedGridFactorRule.id, {
    severity: thousandfold ? severityFor('error', figures) : 'warning',
    message:
      `Scope 2 ${showFigure(scope2)} (${whereOf(scope2)}) over electricity ${showFigure(energy)} (${whereOf(energy)}) ` +
      `implies a grid factor of ${showRange(factor, 4)} tCO2e/MWh, outside the published range ` +
      `${range.plausibleMin}–${range.plausibleMax}` +
      (thousandfold ? ': about a thousand times off, so one of the units is wrong.' : '.'),
    figures,
    expected: range.typical,
    actual: decimalString(midpoint(factor), 4),
  });
}

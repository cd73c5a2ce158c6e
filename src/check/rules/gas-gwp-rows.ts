import { dec, type Decimal } from '../../core/index.js';
import {
  makeFinding,
  severityFor,
  decimalString,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import { senseOf } from '../fact-index/index.js';
import { divideIntervals, overlaps, type Figure, type Interval } from '../precision/index.js';
import { baseRange } from './convert-figure.js';
import { rateMiss } from './factor-product.js';
import { gasNamedIn, statedGwpGas, type KnownGas } from './gas-gwp.js';
import type { Rule, RuleContext } from './rule.js';

// A mass that is not what was emitted: refrigerant held in equipment, bought for stock, recovered or
// destroyed, landfill methane captured or flared. Its tCO2e row counts only what escaped, so the two
// need not meet at any GWP.
const NOT_EMITTED =
  /\b(?:charge[ds]?|capacity|install(?:ed|ations?)|inventor(?:y|ies)|stocks?|stored|holdings?|banks?|recover(?:ed|y)|reclaim(?:ed)?|recycled|destroy(?:ed)?|destruction|captured|flared|sold|in use|equipment|avoided|saved|reduc(?:ed|tions?))\b|充注|库存|回收|销毁/iu;

// A GWP rounds to its few printed digits, and reports round their GWP (27.9 for 28) as well: a ratio
// within a tenth of a GWP of the gas may have used it, so only one farther says the rows disagree.
const NEAR = 0.1;

/** A gas's mass row and its tCO2e row for one year, each the only one of its unit. */
interface GasPair {
  readonly gas: KnownGas;
  readonly year: number;
  readonly mass: Figure;
  readonly co2e: Figure;
  /** tCO2e ÷ mass, in tCO2e per tonne, within both figures' printed digits. */
  readonly ratio: Interval;
}

/**
 * A gas printed as a mass row and a tCO2e row (nitrous oxide in kg and in tCO2e, SF6 in t and in
 * tCO2e): the tCO2e is the mass times the gas's GWP (GHG Protocol Corporate Standard, ch. 4), so
 * tCO2e ÷ mass is the GWP the report states, or with none stated an IPCC AR4/AR5/AR6 value. A ratio
 * that meets another IPCC value than the stated one says the row used the wrong GWP; one far from every
 * GWP of the gas is an error only where another year's rows meet it, which shows the two rows pair.
 */
export const gasGwpRule: Rule = {
  id: 'factor.gwp',
  title: "A gas's tCO2e equals its mass times the GWP the report states",
  run(ctx) {
    const stated = statedGwps(ctx);
    const byGas = new Map<string, GasPair[]>();
    for (const pair of gasPairs(ctx)) byGas.set(pair.gas.gas, [...(byGas.get(pair.gas.gas) ?? []), pair]);
    const out: CheckFinding[] = [];
    for (const [gas, pairs] of byGas) {
      const used = stated.get(gas);
      for (const pair of pairs) {
        const finding = check(pair, pairs, used);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/** The one GWP the report states for each gas (a gas stated twice with two values has none). */
function statedGwps(ctx: RuleContext): Map<string, Figure> {
  const found = new Map<string, Figure[]>();
  for (const metric of ctx.facts.metrics())
    for (const f of ctx.facts.metric(metric)) {
      const gas = statedGwpGas(f);
      if (gas) found.set(gas.gas, [...(found.get(gas.gas) ?? []), f]);
    }
  const out = new Map<string, Figure>();
  for (const [gas, list] of found) {
    const [first] = list;
    if (first && list.every((f) => f.value.eq(first.value))) out.set(gas, first);
  }
  return out;
}

function check(
  pair: GasPair,
  pairs: readonly GasPair[],
  stated: Figure | undefined,
): CheckFinding | undefined {
  const used = gwpHeldTo(pair, pairs, stated);
  const miss = used && rateMiss(pair.mass, used.gwp, pair.co2e);
  if (!used || !miss) return undefined;
  const figures = stated ? [pair.co2e, pair.mass, stated] : [pair.co2e, pair.mass];
  const named = stated
    ? `the GWP of ${showFigure(stated).replace(/\s*tCO2e\/t$/, '')} the report states (${whereOf(stated)})`
    : `the GWP of ${showNumber(used.gwp.lo, used.gwp.lo.decimalPlaces())} its other years' rows use`;
  const instead =
    used.met === undefined
      ? ''
      : ` The rows use ${decimalString(used.met, 1)}, another IPCC GWP of ${pair.gas.gas}.`;
  return makeFinding(gasGwpRule.id, {
    severity: severityFor('error', figures),
    message:
      `${showFigure(pair.co2e)} (${whereOf(pair.co2e)}) is not ${showFigure(pair.mass)} (${whereOf(pair.mass)}) of ` +
      `${pair.gas.gas} times ${named}: that gives ${showRange(miss.expected, 2)} ${miss.unit.symbol}.${instead}`,
    figures,
    expected: decimalString(miss.expectedMid, 2),
    actual: decimalString(miss.printedMid, 2),
  });
}

/**
 * The GWP a year's rows are held to, or undefined when they may have used one: with a GWP stated, the
 * stated one when the ratio meets another IPCC value of the gas instead, or when it is far from every
 * GWP and another year meets the stated one; with none stated, the IPCC value another year meets when
 * this year's ratio is far from every GWP of the gas.
 */
function gwpHeldTo(
  pair: GasPair,
  pairs: readonly GasPair[],
  stated: Figure | undefined,
): GwpUsed | undefined {
  const statedRange = stated?.range;
  if (statedRange && overlaps(pair.ratio, statedRange)) return undefined;
  const ipcc = pair.gas.gwp.map((v) => exactly(dec(v)));
  const other = ipcc.find((v) => overlaps(pair.ratio, v) && !(statedRange && overlaps(v, statedRange)));
  // The GWP as printed is the factor the rows should use: its own digits, not a range about them.
  if (stated && other) return { gwp: exactly(stated.value), stated, met: other.lo };
  if (other) return undefined;
  const all = statedRange ? [...ipcc, statedRange] : ipcc;
  if (!all.every((v) => !overlaps(pair.ratio, widened(v)))) return undefined;
  // Another year's rows meeting a GWP (the stated one, when there is one) show the two rows pair.
  const confirmed = pairs
    .filter((p) => p !== pair)
    .map((p) => (statedRange ? [statedRange] : ipcc).find((v) => overlaps(p.ratio, v)))
    .find((v) => v !== undefined);
  if (!confirmed) return undefined;
  return stated ? { gwp: exactly(stated.value), stated } : { gwp: confirmed };
}

/** The GWP a pair is held to: the stated one or the one its other years meet, and any other it meets. */
interface GwpUsed {
  readonly gwp: Interval;
  readonly stated?: Figure;
  /** Another IPCC GWP of the gas that the rows meet instead of the stated one. */
  readonly met?: Decimal;
}

/** A GWP as an exact interval. */
function exactly(v: Decimal): Interval {
  return { lo: v, hi: v };
}

/** A GWP widened by {@link NEAR} either way. */
function widened(v: Interval): Interval {
  return { lo: v.lo.times(1 - NEAR), hi: v.hi.times(1 + NEAR) };
}

/** Each year's one mass row and one tCO2e row that name the same known gas, with the same dims. */
function gasPairs(ctx: RuleContext): GasPair[] {
  const rows = ctx.facts
    .metrics()
    .flatMap((m) => ctx.facts.metric(m))
    .filter((g) => g.fact.basis === 'actual' && g.fact.dims.denominator === undefined)
    .filter((g) => !senseOf(g).markers.includes('change'));
  const groups = new Map<string, { gas: KnownGas; year: number; mass: Figure[]; co2e: Figure[] }>();
  for (const g of rows) {
    const kind = g.unit.dimension === 'mass' ? 'mass' : g.unit.dimension === 'ghg' ? 'co2e' : undefined;
    const label = g.fact.label ?? '';
    const gas = kind ? gasNamedIn(label) : undefined;
    if (!kind || !gas || (kind === 'mass' && NOT_EMITTED.test(label))) continue;
    const key = JSON.stringify([gas.gas, g.fact.period.year, g.fact.entity, g.fact.dims]);
    const group = groups.get(key) ?? { gas, year: g.fact.period.year, mass: [], co2e: [] };
    group[kind].push(g);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((g) => {
    const mass = onlyOne(g.mass);
    const co2e = onlyOne(g.co2e);
    const ratio = mass && co2e ? divideIntervals(baseRange(co2e), baseRange(mass)) : undefined;
    return mass && co2e && ratio ? [{ gas: g.gas, year: g.year, mass, co2e, ratio }] : [];
  });
}

/** The one figure of a list, counting one printing repeated (same value) once; undefined otherwise. */
function onlyOne(list: readonly Figure[]): Figure | undefined {
  const [first] = list;
  return first && list.every((g) => g.value.eq(first.value) && g.unit.symbol === first.unit.symbol)
    ? first
    : undefined;
}

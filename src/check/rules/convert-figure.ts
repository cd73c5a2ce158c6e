import { convertQuantity, dec, quantity, type Decimal, type Unit } from '../../core/index.js';
import { factorRanges } from '../relations/index.js';
import { scaleInterval, type Figure, type Interval } from '../precision/index.js';

const ONE = dec(1);

/**
 * Units of standard coal equivalent (GB/T 2589-2020), with a printed scale as tables give them
 * ("thousand tce", "10,000 tce").
 */
const COAL_EQUIVALENT = /^(?:(?:thousand|million|10,000|ten thousand)\s+)?[kM]?(?:g|t)ce$/;

/** True for a unit of standard coal equivalent (tce, kgce). */
export function isCoalEquivalent(u: Unit): boolean {
  return COAL_EQUIVALENT.test(u.symbol.trim());
}

/** True when converting between the units crosses the coal-equivalent convention. */
export function crossesCoalEquivalent(a: Unit, b: Unit): boolean {
  return COAL_EQUIVALENT.test(a.symbol) !== COAL_EQUIVALENT.test(b.symbol);
}

/**
 * True when comparing the figures crosses the coal-equivalent convention as printed or as stored: an
 * extractor that converted "Tons of standard coal" to MWh has already crossed it once.
 */
export function figuresCrossCoal(a: Figure, b: Figure): boolean {
  return crossesCoalEquivalent(a.printedUnit, b.printedUnit) || crossesCoalEquivalent(a.unit, b.unit);
}

/** Energy printed in joules (GJ, TJ) and in watt-hours (kWh, MWh), with a printed scale. */
const JOULES = /^(?:(?:thousand|million)\s+)?[kMGTP]?J$/;
const WATT_HOURS = /^(?:(?:thousand|million)\s+)?[kMGT]?Wh$/;

/**
 * True when a part printed in watt-hours is added into a total printed in joules. Electricity is 3.6
 * GJ of heat per MWh, but national energy statistics often add it at its primary-energy equivalent
 * instead (Japan's Act on the Rational Use of Energy counted 9.76 GJ/MWh of grid power, 8.64 from
 * FY2023), so a report's total may rest on either and the conversion it used is not known.
 */
export function figuresCrossPrimaryEnergy(part: Figure, total: Figure): boolean {
  return WATT_HOURS.test(part.printedUnit.symbol.trim()) && JOULES.test(total.printedUnit.symbol.trim());
}

const CALORIFIC_GJ_PER_MWH = dec('3.6');

/**
 * A part's range in the total's unit with electricity counted at a primary-energy equivalent
 * (`gjPerMwh` GJ per MWh instead of its 3.6 of heat) when it is printed in watt-hours and the total in
 * joules; any other part converts as usual.
 */
export function rangeAtPrimaryEnergy(part: Figure, total: Figure, gjPerMwh: Decimal): Interval | undefined {
  const range = rangeIn(part, total.unit, total);
  if (!range || !figuresCrossPrimaryEnergy(part, total)) return range;
  const k = gjPerMwh.div(CALORIFIC_GJ_PER_MWH);
  return { lo: range.lo.times(k), hi: range.hi.times(k) };
}

/**
 * A figure's range expressed in `unit`, or undefined when the units measure different things. Crossing
 * between standard coal and kWh widens the range by the rounding of the printed GB/T 2589
 * coefficients (0.1229 kgce/kWh stands for 0.12284), which reports apply instead of the exact ratio.
 */
export function rangeIn(f: Figure, unit: Unit, against?: Figure): Interval | undefined {
  if (f.unit.dimension !== unit.dimension || !sameThingCounted(f.unit, unit)) return undefined;
  const crosses = against ? figuresCrossCoal(f, against) : crossesCoalEquivalent(f.unit, unit);
  if (f.unit.symbol === unit.symbol && !crosses) return f.range;
  const k = f.unit.symbol === unit.symbol ? ONE : factorBetween(f.unit, unit);
  const lo = f.range.lo.times(k);
  const hi = f.range.hi.times(k);
  if (!crosses) return { lo, hi };
  const slack = factorRanges().coefficientRounding;
  return { lo: lo.minus(lo.abs().times(slack)), hi: hi.plus(hi.abs().times(slack)) };
}

/**
 * Counts of different things never add up or compare: people with awards, teachers with learning
 * topics. Two counts are of the same thing when both count people, or their printed nouns end alike
 * ("13 international standards", "14 Chinese standards"), or either names none.
 */
export function sameThingCounted(a: Unit, b: Unit): boolean {
  if (a.dimension !== 'count' || b.dimension !== 'count') return true;
  const people = (u: Unit) => u.symbol === 'persons';
  if (people(a) !== people(b)) return false;
  if (people(a) || a.counted === undefined || b.counted === undefined) return true;
  return headNoun(a.counted) === headNoun(b.counted);
}

/** True when a figure counts a noun other than people ("人次" attendances, "patents"), so it is no headcount. */
export function countsNonPeople(f: Figure): boolean {
  return f.unit.dimension === 'count' && f.unit.symbol !== 'persons' && f.unit.counted !== undefined;
}

function headNoun(text: string): string {
  const last = text.toLowerCase().trim().split(/\s+/).pop() ?? '';
  return last.replace(/(?:es|s)$/, '');
}

const FACTORS = new Map<string, Decimal>();

/** The exact factor from one unit to another of the same dimension (core `convertQuantity` of 1), cached. */
export function factorBetween(from: Unit, to: Unit): Decimal {
  const key = `${from.symbol}|${from.toBase.toString()}>${to.symbol}|${to.toBase.toString()}`;
  let k = FACTORS.get(key);
  if (!k) FACTORS.set(key, (k = convertQuantity(quantity(1, from), to).value));
  return k;
}

/** Ranges of all figures in `unit`, or undefined when any cannot be converted. */
export function rangesIn(figures: readonly Figure[], unit: Unit): Interval[] | undefined {
  const out: Interval[] = [];
  for (const f of figures) {
    const r = rangeIn(f, unit);
    if (!r) return undefined;
    out.push(r);
  }
  return out;
}

/** A figure's range in the base unit of its dimension (kgCO2e, J, kg, m3, persons …). */
export function baseRange(f: Figure): Interval {
  let range = BASE_RANGES.get(f);
  if (range === undefined) {
    range = scaleInterval(f.range, f.unit.toBase);
    BASE_RANGES.set(f, range);
  }
  return range;
}

/** Base ranges computed once per figure: rules pairing rows ask for the same figures many times. */
const BASE_RANGES = new WeakMap<Figure, Interval>();

/** The first figure of each distinct value of dim `by` (a part printed twice counts once). */
export function distinctParts(parts: readonly Figure[], by: string): Figure[] {
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const p of parts) {
    const v = (p.fact.dims[by] ?? '').trim().toLowerCase();
    if (seen.has(v)) continue;
    seen.add(v);
    out.push(p);
  }
  return out;
}

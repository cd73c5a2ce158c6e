import type { Decimal, Unit } from '../quantity/index.js';
import { scaleLabel } from './scale.js';

/** What a count unit counts, apart from the scale it is printed in ("thousand TEU" → TEU × 1000). */
export interface CountedThing {
  /** The thing counted as the registry spells it ("TEU", "tonne-km", "vehicles"). */
  readonly noun: string;
  /** How many of the thing one printed unit is (1000 for "thousand TEU"). */
  readonly toBase: Decimal;
}

/**
 * The thing a count unit counts without its scale, so that "tCO2e/kTEU" and "MWh/'000 TEU" divide the
 * same TEU carried; undefined for units of other dimensions and for a bare number.
 */
export function countedThing(unit: Unit): CountedThing | undefined {
  if (unit.dimension !== 'count' || unit.symbol === '') return undefined;
  if (unit.toBase.equals(1)) return { noun: unit.symbol, toBase: unit.toBase };
  const label = `${scaleLabel(unit.toBase)} `;
  return unit.symbol.startsWith(label)
    ? { noun: unit.symbol.slice(label.length), toBase: unit.toBase }
    : undefined;
}

/** The registry's count units that are no transport volume: people and a bare number. */
const NOT_TRANSPORT: ReadonlySet<string> = new Set(['persons', 'count']);

/**
 * A volume carried in a registry unit of its own (TEU, tonne-km, passenger-km, at any scale), the
 * denominator of a carrier's intensities; read only with `countNouns: false`, where the registry alone names
 * count units.
 */
export function isTransportVolume(unit: Unit): boolean {
  const noun = countedThing(unit)?.noun;
  return noun !== undefined && !NOT_TRANSPORT.has(noun);
}

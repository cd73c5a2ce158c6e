import type { Unit } from '../quantity/index.js';
import { tryParseUnit, unitOf } from '../units/index.js';
import type { Metric } from './metric.js';

/** How a printed unit fits a metric, from best to worst. */
export const UNIT_FITS = ['exact', 'dimension', 'alternative', 'none'] as const;
/** One of {@link UNIT_FITS}. */
export type UnitFit = (typeof UNIT_FITS)[number];

/**
 * How the unit printed with a figure fits `metric`: `exact` when it is the canonical unit ("tons of
 * standard coal" for a tce metric), `dimension` when it converts to it, `alternative` when it is of an
 * alternative unit's dimension (diesel in litres), `none` otherwise. An intensity is judged by the
 * numerator of its ratio unit ("tCO2e/m2" fits a tCO2e intensity); a ratio unit fits no other kind.
 * Undefined when no unit is printed or it does not parse, so the caller cannot tell.
 */
export function unitFit(metric: Metric, printedUnit: string): UnitFit | undefined {
  const unit = parsePrintedUnit(printedUnit);
  return unit && fitOfUnit(metric, unit);
}

/** The printed unit from the registry; undefined when nothing is printed or it does not parse. */
export function parsePrintedUnit(printedUnit: string): Unit | undefined {
  return printedUnit.trim() === '' ? undefined : tryParseUnit(printedUnit);
}

/** {@link unitFit} for a unit already parsed. */
export function fitOfUnit(metric: Metric, unit: Unit): UnitFit {
  const [numerator = unit.dimension, ...rest] = unit.dimension.split('/');
  if (rest.length > 0 && metric.kind !== 'intensity') return 'none';
  const symbol = rest.length > 0 ? unit.symbol.split('/')[0] : unit.symbol;
  if (numerator === metric.dimension) return symbol === metric.unit ? 'exact' : 'dimension';
  if (metric.altUnits.some((alt) => unitOf(alt).dimension === numerator)) return 'alternative';
  return 'none';
}

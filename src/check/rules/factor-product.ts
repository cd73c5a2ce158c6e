import { dec, type Decimal, type Unit } from '../../core/index.js';
import {
  midpoint,
  multiplyIntervals,
  overlaps,
  scaleInterval,
  type Figure,
  type Interval,
} from '../precision/index.js';
import { baseRange } from './convert-figure.js';

/** How a converted figure misses its input times a factor, in the unit the report printed it in. */
export interface ProductMiss {
  /** The range input × factor may take, in `unit`. */
  readonly expected: Interval;
  readonly expectedMid: Decimal;
  readonly printedMid: Decimal;
  readonly unit: Unit;
}

/**
 * The output against input × factor, each within its printed digits: undefined when they agree, else
 * the expected range and both midpoints shown in the output's printed unit (tce, not the MWh extraction
 * converted it to).
 */
export function productMiss(input: Figure, factor: Figure, output: Figure): ProductMiss | undefined {
  return rateMiss(input, scaleInterval(factor.range, dec(factor.unit.toBase)), output);
}

/**
 * The output against input × a rate from base unit to base unit (a factor's range, or a GWP: tCO2e per
 * tonne is kgCO2e per kg), shown as `productMiss` shows it; undefined when they agree.
 */
export function rateMiss(input: Figure, rate: Interval, output: Figure): ProductMiss | undefined {
  const expected = multiplyIntervals(baseRange(input), rate);
  const printed = baseRange(output);
  if (overlaps(expected, printed)) return undefined;
  const unit = output.printedUnit.dimension === output.unit.dimension ? output.printedUnit : output.unit;
  const toShown = dec(1).div(dec(unit.toBase));
  const shown = scaleInterval(expected, toShown);
  return {
    expected: shown,
    expectedMid: midpoint(shown),
    printedMid: midpoint(scaleInterval(printed, toShown)),
    unit,
  };
}

import type { Decimal } from './decimal.js';

/**
 * A unit from the unit registry. Two units are convertible exactly when their `dimension` strings are
 * equal; `toBase` multiplies a value in this unit into the dimension's base unit (the registry in
 * core/units names each dimension's base, e.g. J for `energy`, so MWh has toBase 3.6e9). Ratio units ("tCO2e/m2") have a compound dimension such as
 * `ghg/area`.
 */
export interface Unit {
  /** The canonical symbol, e.g. `tCO2e`, `MWh`, `RMB 10,000`, `tCO2e/m2`. */
  readonly symbol: string;
  /** What the unit measures, e.g. `ghg`, `energy`, `mass`, `volume`, `money:RMB`, `count`, `ghg/area`. */
  readonly dimension: string;
  /** Factor into the dimension's base unit. */
  readonly toBase: Decimal;
  /** For count units, the thing counted ("persons", "suppliers"), when the report names it. */
  readonly counted?: string;
}

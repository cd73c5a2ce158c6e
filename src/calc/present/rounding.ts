import { Decimal, getMetric, isMetricId, type Fact } from '../../core/index.js';

/**
 * Decimals printed per canonical unit. Values are exact until printed; printing rounds half-up
 * (ROUND_HALF_UP: 0.125 → 0.13) to these places, the convention of the reports reproduced in tests
 * (68,463.32 tce, 169.6 tCO2e at one decimal).
 */
const DECIMALS_BY_UNIT: Readonly<Record<string, number>> = {
  tCO2e: 2,
  MWh: 2,
  tce: 2,
  m3: 2,
  t: 2,
  '%': 1,
  hours: 1,
  days: 0,
  persons: 0,
  count: 0,
};
/** Intensities are small numbers; rates per hours (unit count with a denominator) need decimals too. */
const INTENSITY_DECIMALS = 4;
const RATE_DECIMALS = 2;

/** The rounding rule in words, for --format json and --explain. */
export const ROUNDING_RULE =
  'exact decimals throughout; printed values are rounded half-up to 2 decimals (tCO2e, MWh, tce, m3, t), 1 (%, hours), 0 (persons, days, counts), 4 for intensities and 2 for rates per hours worked, unless --precision says otherwise';

/** Decimal places a fact is printed with: `precision` if given, else the rule above. */
export function printedDecimals(fact: Fact, precision?: number): number {
  if (precision !== undefined) return precision;
  const perHours = fact.dims.denominator?.endsWith('hours') ?? false;
  if (perHours) return RATE_DECIMALS;
  const kind = isMetricId(fact.metric) ? getMetric(fact.metric).kind : 'absolute';
  if (kind === 'intensity') return INTENSITY_DECIMALS;
  return DECIMALS_BY_UNIT[fact.quantity.unit.symbol] ?? 2;
}

/** The value as printed: half-up to the fact's decimals, trailing zeros kept ("169.60"). */
export function printedValue(fact: Fact, precision?: number): string {
  const dp = printedDecimals(fact, precision);
  return fact.quantity.value.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp);
}

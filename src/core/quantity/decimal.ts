import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The exact decimal used for every disclosed number. A private clone of decimal.js with enough
 * precision that unit conversions and sums of report figures never round (rounding happens only
 * when a number is presented).
 */
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** An exact decimal value. */
export type Decimal = InstanceType<typeof Decimal>;

/** Accepted wherever a decimal is built: a decimal, a decimal string or a (finite) number. */
export type DecimalInput = Decimal | string | number;

/** Builds a decimal; throws on NaN or infinities so they never enter a fact. */
export function dec(v: DecimalInput): Decimal {
  const d = new Decimal(v);
  if (!d.isFinite()) throw new RangeError(`not a finite number: ${String(v)}`);
  return d;
}

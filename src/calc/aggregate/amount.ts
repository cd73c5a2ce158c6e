import { Decimal } from '../../core/index.js';

/**
 * An exact decimal as an integer and a scale (value = digits / 10^scale). Sums of amounts stay
 * exact as BigInt additions, so the hot path needs no Decimal per row.
 */
export interface ScaledAmount {
  readonly digits: bigint;
  readonly scale: number;
}

/** Plain decimal text as spreadsheets export it: optional sign, thousands commas in groups of three, a point. */
const PLAIN = /^\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?\s*$/;

/** The outcome of reading an amount cell. */
export type AmountReading =
  | { readonly kind: 'amount'; readonly amount: ScaledAmount; readonly negative: boolean }
  | { readonly kind: 'invalid' };

/** Reads "4,812,300", "3.9174", "-12", "1234.5" exactly; anything else is invalid (the caller may try the unit registry's parser). */
export function readPlainAmount(text: string): AmountReading {
  const m = PLAIN.exec(text);
  if (!m) return { kind: 'invalid' };
  const whole = (m[2] ?? '').replaceAll(',', '');
  const frac = m[3] ?? '';
  if (whole === '' && frac === '') return { kind: 'invalid' };
  const digits = BigInt(whole + frac || '0');
  return { kind: 'amount', amount: { digits, scale: frac.length }, negative: m[1] === '-' && digits !== 0n };
}

/** The scaled amount of a Decimal (used when the registry's parser read a cell the fast path could not). */
export function scaledFromDecimal(d: Decimal): ScaledAmount {
  const text = d.toFixed();
  const [whole = '0', frac = ''] = text.replace('-', '').split('.');
  return { digits: BigInt(whole + frac), scale: frac.length };
}

const POWERS: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POWERS.length <= n) POWERS.push((POWERS.at(-1) ?? 1n) * 10n);
  return POWERS[n] ?? 1n;
}

/** A running exact sum of scaled amounts; the scale grows to the finest amount added. */
export class ExactSum {
  private digits = 0n;
  private scale = 0;

  /** Adds an amount exactly. */
  add(a: ScaledAmount): void {
    if (a.scale === this.scale) this.digits += a.digits;
    else if (a.scale < this.scale) this.digits += a.digits * pow10(this.scale - a.scale);
    else {
      this.digits = this.digits * pow10(a.scale - this.scale) + a.digits;
      this.scale = a.scale;
    }
  }

  /** The sum as an exact Decimal. */
  toDecimal(): Decimal {
    return new Decimal(this.digits.toString()).dividedBy(new Decimal(pow10(this.scale).toString()));
  }
}

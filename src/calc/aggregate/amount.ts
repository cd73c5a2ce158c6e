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

const POW10_NUMBER = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A running exact sum of scaled amounts; the scale grows to the finest amount added. Small
 * integers are summed as doubles while the total stays a safe integer (below 2^53, where every
 * integer is exact) and spilled into a BigInt otherwise, so a million additions cost a million
 * float additions and a handful of BigInt ones.
 */
export class ExactSum {
  private digits = 0n;
  private fast = 0;
  private scale = 0;
  private cached: Decimal | undefined;

  /** Adds an amount exactly. */
  add(a: ScaledAmount): void {
    this.cached = undefined;
    this.rescale(a.scale);
    this.digits += a.scale < this.scale ? a.digits * pow10(this.scale - a.scale) : a.digits;
  }

  /** Adds `value / 10^scale` where `value` is a safe integer (at most 15 digits). */
  addSmall(value: number, scale: number): void {
    this.cached = undefined;
    this.rescale(scale);
    const shift = this.scale - scale;
    const x = shift === 0 ? value : value * (POW10_NUMBER[shift] ?? Infinity);
    if (!Number.isSafeInteger(x)) {
      this.digits += BigInt(value) * pow10(shift);
      return;
    }
    const sum = this.fast + x;
    if (Number.isSafeInteger(sum)) this.fast = sum;
    else {
      this.digits += BigInt(this.fast);
      this.fast = x;
    }
  }

  private rescale(scale: number): void {
    if (scale <= this.scale) return;
    const up = scale - this.scale;
    this.digits = (this.digits + BigInt(this.fast)) * pow10(up);
    this.fast = 0;
    this.scale = scale;
  }

  /** The sum as an exact Decimal (computed once per change: facts read it many times). */
  toDecimal(): Decimal {
    if (!this.cached) {
      const total = this.digits + BigInt(this.fast);
      this.cached = new Decimal(total.toString()).dividedBy(new Decimal(pow10(this.scale).toString()));
    }
    return this.cached;
  }
}

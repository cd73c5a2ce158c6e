import type { Decimal } from '../../core/index.js';

/** Most decimals a table prints; smaller values get significant digits instead (see {@link displayDecimals}). */
const MAX_DECIMALS = 2;
/** Significant digits kept for values below 1, so 0.0042 tCO2e/m2 does not print as 0.00. */
const SMALL_SIGNIFICANT = 3;
const SMALL_MAX_DECIMALS = 6;

/**
 * How many decimals a row prints, the same for every year so the columns line up: none when all values
 * are whole, two otherwise, more when every non-zero value is below 1 (intensities per m2 or per RMB).
 */
export function displayDecimals(values: readonly Decimal[]): number {
  const nonZero = values.filter((v) => !v.isZero());
  if (values.every((v) => v.isInteger())) return 0;
  const smallest = nonZero.reduce<Decimal | undefined>(
    (m, v) => (m === undefined || v.abs().lt(m) ? v.abs() : m),
    undefined,
  );
  if (smallest && nonZero.every((v) => v.abs().lt(1))) {
    // A value 0.00x has its first significant digit at decimal place -floor(log10(x)).
    const first = -Math.floor(Math.log10(smallest.toNumber()));
    return Math.min(SMALL_MAX_DECIMALS, Math.max(MAX_DECIMALS, first + SMALL_SIGNIFICANT - 1));
  }
  return MAX_DECIMALS;
}

/** A figure rounded half-up to `decimals` with thousands separators: 865,967.35. */
export function formatFigure(value: Decimal, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  // "-0.00" after rounding a tiny negative is printed as 0.
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A decimal written as text with its digits grouped ("4812300.5" → "4,812,300.5"); other text unchanged. */
export function groupDigits(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return `${m[1] ?? ''}${(m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}

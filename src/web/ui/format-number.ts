import { dec, type Decimal } from '../../core/index.js';

/**
 * A decimal as people read it: thousands grouped with commas, every printed digit kept (the value
 * is exact; nothing goes through a float). `places` rounds half up first.
 */
export function formatDecimal(value: Decimal | string, places?: number): string {
  let d = typeof value === 'string' ? dec(value) : value;
  if (places !== undefined) d = d.toDecimalPlaces(places);
  const text = d.toFixed();
  const negative = text.startsWith('-');
  const [whole = '0', fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${grouped}${fraction === undefined ? '' : '.' + fraction}`;
}

/** Places to show on a dashboard figure: none from 1,000 up, else two (the printed precision of most KPI tables). */
export function headlinePlaces(value: Decimal): number {
  return value.abs().greaterThanOrEqualTo(1000) ? 0 : 2;
}

/**
 * A stored value shortened for a table cell: two decimal places from 1 up, four significant digits
 * below (calculated values carry every digit of their arithmetic; the source dialog shows them all).
 */
export function formatShort(value: string): string {
  const d = dec(value);
  if (d.isZero() || d.abs().greaterThanOrEqualTo(1)) return formatDecimal(d, Math.min(2, d.decimalPlaces()));
  return formatDecimal(d.toSignificantDigits(4));
}

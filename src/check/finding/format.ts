import { dec, type Decimal } from '../../core/index.js';
import type { Figure, Interval } from '../precision/index.js';

/** Decimal places a figure was printed with (its range's half-width tells: 0.005 → 2). */
export function placesOf(f: Figure): number {
  const half = f.range.hi.minus(f.range.lo).div(2);
  if (half.isZero()) return Math.min(f.value.decimalPlaces(), 6);
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(half.times(2).toNumber()))));
}

/** A decimal string rounded to `places` (the JSON `expected`/`actual` fields). */
export function decimalString(d: Decimal, places: number): string {
  return d.toDecimalPlaces(Math.max(0, places)).toFixed();
}

/** A number for a sentence: thousands separators and exactly `places` decimals. */
export function showNumber(d: Decimal, places: number): string {
  const fixed = d.toFixed(Math.max(0, places));
  const [whole = '0', frac] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * A figure as the report prints it ("203,646.04 Tons of standard coal", "31.4%"), so a reader finds
 * it on the page; calculated and entered figures show in their unit.
 */
export function showFigure(f: Figure): string {
  const p = f.fact.provenance;
  const printed = printedDigits(f);
  if (p.kind === 'document' && printed !== undefined) {
    const dot = printed.indexOf('.');
    const value = showNumber(dec(printed), dot < 0 ? 0 : printed.length - dot - 1);
    return withUnit(value, p.reported.unit.trim() || f.unit.symbol);
  }
  return withUnit(showNumber(f.value, placesOf(f)), f.unit.symbol);
}

/**
 * The number a document printed for a figure, without thousands separators ("1,204.50" → "1204.50"),
 * before any unit conversion; undefined for calculated and entered figures, or a printing that is no
 * plain number.
 */
export function printedDigits(f: Figure): string | undefined {
  const p = f.fact.provenance;
  const printed = p.kind === 'document' ? p.reported.value.replace(/,/g, '').trim() : '';
  return /^-?\d+(?:\.\d+)?$/.test(printed) ? printed : undefined;
}

/** "31.4%" but "533.30 tCO2e". */
export function withUnit(value: string, unit: string): string {
  if (unit === '') return value;
  return unit === '%' || unit === '‰' ? `${value}${unit}` : `${value} ${unit}`;
}

/** A range for a sentence, e.g. "5,095–5,107". */
export function showRange(r: Interval, places: number): string {
  const lo = showNumber(r.lo, places);
  const hi = showNumber(r.hi, places);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** Where a figure is printed, for messages: "line 474" or "page 12", or the metric when unknown. */
export function whereOf(f: Figure): string {
  const p = f.fact.provenance;
  if (p.kind === 'document') {
    if (p.location.line !== undefined) return `line ${p.location.line}`;
    if (p.location.page !== undefined) return `page ${p.location.page}`;
  }
  return p.kind === 'calculation' ? 'calculated' : p.kind === 'entry' ? 'entered' : 'document';
}

/** A figure's human name: its label, or its metric with its dims. */
export function nameOf(f: Figure): string {
  const dims = Object.entries(f.fact.dims)
    .filter(([k]) => k !== 'denominator')
    .map(([, v]) => v)
    .join(', ');
  const base = f.fact.label?.trim() || f.fact.metric;
  return dims && !f.fact.label ? `${base} (${dims})` : base;
}

import { EsgError } from '../errors/index.js';
import type { Quantity } from '../quantity/index.js';
import { MAX_TEXT_LENGTH, normalizePrinted } from './normalize.js';
import { scanNumber } from './number.js';
import type { NumberParseOptions, UnitParseOptions } from './options.js';
import { parseUnit } from './parse-unit.js';

/**
 * Parses a printed quantity: "533.30 tons of CO2 equivalent", "RMB600,000", "1.2 million kWh",
 * "56.7%", "(12.5) tCO2e". The value is kept as printed and any scale goes into the unit ("1.2 million
 * kWh" is 1.2 of the unit "million kWh"), so the scale is applied exactly once, by conversion.
 * Throws NUMBER_INVALID (no number, or a missing marker such as "N/A") or UNIT_UNKNOWN.
 */
export function parseQuantity(text: string, options: NumberParseOptions & UnitParseOptions = {}): Quantity {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new EsgError('NUMBER_INVALID', `quantity text longer than ${MAX_TEXT_LENGTH} characters`);
  }
  const scanned = scanNumber(normalizePrinted(text), options);
  const unitText = scanned.currency ? `${scanned.currency} ${scanned.rest}` : scanned.rest;
  return { value: scanned.value, unit: parseUnit(unitText, options) };
}

/** Options for {@link formatQuantity}. */
export interface FormatOptions {
  /** Round to this many significant digits (default: none, the exact value). */
  readonly significantDigits?: number;
}

/**
 * Writes a quantity as "533300 kgCO2e": the exact decimal in plain notation (no exponent, no trailing
 * zeros), then the canonical symbol; "%" follows the number directly ("56.7%").
 */
export function formatQuantity(q: Quantity, options: FormatOptions = {}): string {
  const v = options.significantDigits ? q.value.toSignificantDigits(options.significantDigits) : q.value;
  const n = v.isZero() ? '0' : v.toFixed();
  const symbol = q.unit.symbol;
  if (symbol === '') return n;
  return symbol.startsWith('%') || symbol.startsWith('‰') ? `${n}${symbol}` : `${n} ${symbol}`;
}

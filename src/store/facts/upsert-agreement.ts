import { dec, Decimal } from '../../core/index.js';
import type { FactContentColumns } from '../db/index.js';

// A report prints a figure rounded to the digits it shows: 626.12 tCO2e stands for any value from
// 626.115 to 626.125. A printed figure is therefore the same figure as a stored one when the two
// differ by at most half a unit of the last printed digit (the usual round-half rule, e.g. ISO 80000-1
// Annex B); a calculated or entered value carries no printed precision and agrees only when equal.

/** The leading number of a printed value: digits and the decimals printed after the point. */
const PRINTED_NUMBER = /^\s*[-+\u2212]?\(?\s*(\d+)(?:\.(\d+))?/;

/**
 * Whether a proposed value agrees with a stored one: the same quantity (dimension and what is
 * counted) and equal in base units, or equal at the precision a printed figure on either side shows.
 * Labels and provenance are not compared: two sources that give the same figure corroborate it.
 */
export function agreesWith(stored: FactContentColumns, proposed: FactContentColumns): boolean {
  if (stored.unit_dimension !== proposed.unit_dimension || stored.unit_counted !== proposed.unit_counted)
    return false;
  const a = dec(stored.value).times(dec(stored.unit_to_base));
  const b = dec(proposed.value).times(dec(proposed.unit_to_base));
  const tolerance = Decimal.max(printedHalfUnit(stored, a), printedHalfUnit(proposed, b));
  return a.minus(b).abs().lte(tolerance);
}

/**
 * Half a unit of the last printed digit, in base units, for a value read from a document; zero for
 * any other. The printed number may carry a scale (thousands) or another unit than the stored one,
 * so the base units per printed unit are taken from the stored value over the printed number.
 */
function printedHalfUnit(columns: FactContentColumns, base: Decimal): Decimal {
  if (columns.provenance_kind !== 'document') return dec(0);
  const match = PRINTED_NUMBER.exec(reportedValue(columns.provenance));
  if (!match) return dec(0);
  const decimals = match[2] ?? '';
  const printed = dec(decimals === '' ? (match[1] ?? '0') : `${match[1] ?? '0'}.${decimals}`);
  if (printed.isZero()) return dec(0);
  const basePerPrinted = base.abs().div(printed);
  return dec(10).pow(-decimals.length).times('0.5').times(basePerPrinted);
}

/** `reported.value` of a stored document provenance record ('' when it has none). */
function reportedValue(provenanceJson: string): string {
  const parsed: unknown = JSON.parse(provenanceJson);
  if (typeof parsed !== 'object' || parsed === null || !('reported' in parsed)) return '';
  const reported: unknown = parsed.reported;
  if (typeof reported !== 'object' || reported === null || !('value' in reported)) return '';
  return typeof reported.value === 'string' ? reported.value : '';
}

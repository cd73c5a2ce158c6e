import type { Mention } from '../mention/index.js';
import type { PrintedUnit } from './printed-unit.js';

// "per nautical mile", "per tonne of product", "per passenger": a divisor named in words. "Per cent",
// "per annum" and "per year" divide nothing: an annual total is still the total. A figure per
// employee or per head is an average the catalogue reads by its own phrases ("average training hours
// per employee"), left to them.
const PER_WORDS =
  /\bper\s+(?!cent\b|centum\b|annum\b|year\b|yr\b|(?:employee|person|worker|head|capita|staff|people|fte)s?\b)\p{L}/iu;

/**
 * Whether a sentence names its figure as a quantity per something before it prints it ("Fuel burned
 * per voyage was 1.85 tonnes"), in a unit that prints no divisor: the figure is a rate, never the
 * quantity itself, which the sentence's noun ("fuel burned") would otherwise name.
 */
export function ratePerWords(m: Mention, printed: PrintedUnit | undefined): boolean {
  if (m.kind !== 'text' || !printed || printed.denominator) return false;
  const before = m.label.split(/\d/)[0] ?? '';
  return PER_WORDS.test(before);
}

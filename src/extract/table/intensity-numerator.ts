import { tryParseUnit } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

// "GJ/₹ crore", "GJ/t cement": an intensity's unit, its numerator before the first slash.
const RATIO_UNIT = /^([^/]+)\/(.+)$/;
// A row that is a ratio itself ("… adjusted for PPP (GJ/USD million, PPP)", "Energy intensity per …").
const RATIO_LABEL = /\/|\bintensity\b|\bper\b|\bratio\b|%/i;

/**
 * A table whose quantity rows print no unit while its intensity rows all divide one unit ("(GJ/₹
 * crore)", "(GJ/t cement)") prints those quantities in it: SEBI's BRSR asks for energy "in Joules or
 * multiples" and leaves the multiple to the intensities. Rows worded as ratios keep their own reading;
 * a table printing any other unit, or intensities over two numerators, is left as it is.
 */
export function unitsFromIntensities(mentions: readonly Mention[]): Mention[] {
  const numerators = new Set<string>();
  for (const m of mentions) {
    if (m.unit === '') continue;
    const numerator = numeratorOf(m.unit);
    if (numerator === undefined) return [...mentions];
    numerators.add(numerator);
  }
  const [unit] = numerators;
  if (unit === undefined || numerators.size !== 1) return [...mentions];
  return mentions.map((m) => (m.unit === '' && !RATIO_LABEL.test(m.label) ? { ...m, unit } : m));
}

/** The numerator of a ratio unit when it is a physical quantity's (GJ, m³, t), not money or a count. */
function numeratorOf(unit: string): string | undefined {
  const numerator = RATIO_UNIT.exec(unit.trim())?.[1]?.trim();
  const parsed = numerator === undefined ? undefined : tryParseUnit(numerator);
  if (!numerator || !parsed || parsed.dimension === 'count' || parsed.dimension.startsWith('money:'))
    return undefined;
  if (parsed.dimension === '' || parsed.dimension.includes('/')) return undefined;
  // "kg CO2e/t product", "g/kWh": output intensities print grams and kilograms of what the table's
  // quantity rows count in tonnes, so such a numerator names no unit of theirs.
  if (SMALL_MASS.has(parsed.dimension) && parsed.toBase.lt(1000)) return undefined;
  return numerator;
}

/** Dimensions whose totals are tonnes while an intensity divides kilograms or grams. */
const SMALL_MASS = new Set(['mass', 'ghg']);

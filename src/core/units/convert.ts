import { EsgError } from '../errors/index.js';
import type { Quantity, Unit } from '../quantity/index.js';
import type { UnitParseOptions } from './options.js';
import { parseUnit } from './parse-unit.js';

/**
 * Significant digits kept after a conversion. Decimal works at 60 digits; ratios such as "per acre"
 * have non-terminating factors, so rounding to 40 removes the last-digit residue while leaving every
 * exact result of report-sized figures (well under 40 digits) unchanged.
 */
export const CONVERSION_DIGITS = 40;

/**
 * Expresses `q` in `target` (a unit or a unit text such as "kgCO2e") exactly. Throws UNIT_MISMATCH
 * across dimensions (tCO2e → MWh) and across currencies (no exchange rates in the registry).
 */
export function convert(q: Quantity, target: Unit | string, options: UnitParseOptions = {}): Quantity {
  const to = typeof target === 'string' ? parseUnit(target, options) : target;
  const from = q.unit;
  if (from.dimension !== to.dimension) {
    const why =
      from.dimension.startsWith('money:') && to.dimension.startsWith('money:')
        ? 'currencies are not converted (the unit registry holds no exchange rates)'
        : 'they measure different things';
    throw new EsgError(
      'UNIT_MISMATCH',
      `cannot convert ${from.symbol || 'a plain number'} (${from.dimension}) to ${to.symbol || 'a plain number'} (${to.dimension}): ${why}`,
    );
  }
  if (from.symbol === to.symbol && from.toBase.equals(to.toBase)) return { value: q.value, unit: to };
  const value = q.value.times(from.toBase).dividedBy(to.toBase).toSignificantDigits(CONVERSION_DIGITS);
  return { value, unit: to };
}

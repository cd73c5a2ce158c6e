import { EsgError } from '../errors/index.js';
import { dec, type Decimal, type DecimalInput } from './decimal.js';
import type { Unit } from './unit.js';

/** An exact decimal value in a unit from the registry. */
export interface Quantity {
  readonly value: Decimal;
  readonly unit: Unit;
}

/** Builds a quantity from a decimal input and a registry unit. */
export function quantity(value: DecimalInput, unit: Unit): Quantity {
  return { value: dec(value), unit };
}

/** Throws UNIT_MISMATCH unless both units measure the same dimension. */
export function assertSameDimension(a: Unit, b: Unit): void {
  if (a.dimension !== b.dimension) {
    throw new EsgError(
      'UNIT_MISMATCH',
      `cannot combine ${a.symbol} (${a.dimension}) with ${b.symbol} (${b.dimension}): they measure different things`,
    );
  }
}

/** Expresses `q` in `target` exactly; converting across dimensions (tCO2e → MWh) throws UNIT_MISMATCH. */
export function convertQuantity(q: Quantity, target: Unit): Quantity {
  assertSameDimension(q.unit, target);
  if (q.unit.symbol === target.symbol) return q;
  return { value: q.value.times(q.unit.toBase).dividedBy(target.toBase), unit: target };
}

/** Adds quantities exactly, in the unit of the first; all must share its dimension. */
export function sumQuantities(items: readonly Quantity[]): Quantity {
  const [first, ...rest] = items;
  if (!first) throw new EsgError('INVALID_INPUT', 'cannot sum an empty list of quantities');
  return rest.reduce<Quantity>(
    (acc, q) => ({ value: acc.value.plus(convertQuantity(q, acc.unit).value), unit: acc.unit }),
    first,
  );
}

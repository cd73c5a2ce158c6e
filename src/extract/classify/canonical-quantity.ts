import { convert, Decimal, quantity, type Metric, type Quantity } from '../../core/index.js';
import { namesAveragePerPerson } from './average-label.js';
import { isPerPerson } from './choose-metric.js';
import { canonicalUnit, unitNamedIn, type PrintedUnit } from './printed-unit.js';

/**
 * The value in the metric's canonical unit. The printed scale lives in the printed unit ("RMB
 * 10,000", "million tons"), so conversion applies it exactly once. An intensity converts its
 * numerator and keeps the printed denominator.
 */
export function canonicalQuantity(
  value: string,
  printed: PrintedUnit | undefined,
  metric: Metric | undefined,
  label: string,
): Quantity | undefined {
  if (!printed) {
    // A bare number under a headcount or other count metric counts what the metric counts
    // ("Number of employees  4,672" is 4,672 persons); a bare amount is in the metric's unit when its
    // label names that unit ("Training hours  56,940", "Horas de capacitación"); else it has no unit.
    const own = metric && metric.kind !== 'intensity' ? canonicalUnit(metric.unit) : undefined;
    const named = own && own.dimension !== 'count' ? unitNamedIn(label, own.dimension) : undefined;
    // An average per person ("Training hours / person  18,0") is in the unit of what it averages, the
    // metric's (hours per employee, GRI 404-1): a row that says so is no count of anything.
    const averaged = metric?.kind === 'average' && namesAveragePerPerson(label) ? own : undefined;
    const unit = own?.dimension === 'count' ? own : (named ?? averaged);
    return unit ? quantity(new Decimal(value), unit) : undefined;
  }
  const perPerson = metric?.kind === 'average' && isPerPerson(printed);
  const from = metric?.kind === 'intensity' || perPerson ? printed.numerator : printed.unit;
  const q = quantity(new Decimal(value), from);
  const target = metric ? canonicalUnit(metric.unit) : undefined;
  // An emission intensity printed in plain tonnes ("t/tūkst. m³") is tonnes of CO2e per unit.
  if (metric?.kind === 'intensity' && target?.dimension === 'ghg' && from.dimension === 'mass')
    return quantity(new Decimal(value).times(from.toBase).div(target.toBase), target);
  if (!target || target.dimension !== from.dimension || attendances(from.counted, target.symbol)) return q;
  return convert(q, target);
}

// Person-times (人次, "person-times", "man-times") count attendances: one employee trained three times
// is three, so they are never a number of persons.
const ATTENDANCES = /人次|人時|(?:person|man)[- ]?times/i;

function attendances(counted: string | undefined, target: string): boolean {
  return target === 'persons' && counted !== undefined && ATTENDANCES.test(counted);
}

import {
  convert,
  getMetric,
  isMetricId,
  parseNumber,
  parseUnit,
  quantity,
  unitOf,
  type Metric,
  type Quantity,
} from '../../core/index.js';
import { blameField, InvalidFieldError } from '../errors/index.js';

/**
 * Reads a typed value in the unit the person chose into a quantity in the metric's canonical unit
 * (or in one of its alternative units when the chosen unit measures that instead, e.g. diesel in
 * litres). The unit must measure what the metric measures; errors name the field at fault.
 */
export function enteredQuantity(metric: Metric, valueText: string, unitText: string): Quantity {
  const unit = blameField('unit', () => parseUnit(unitText));
  const parsed = blameField('value', () => parseNumber(valueText));
  if (parsed.kind === 'missing') throw new InvalidFieldError('value', 'a number is required');
  const typed = quantity(parsed.value.times(parsed.scale), unit);
  const target = [metric.unit, ...metric.altUnits].map(unitOf).find((u) => u.dimension === unit.dimension);
  if (!target) {
    throw new InvalidFieldError(
      'unit',
      `${metric.id} is measured in ${metric.unit} (${metric.dimension}); ${unit.symbol} measures ${unit.dimension}`,
    );
  }
  return blameField('unit', () => convert(typed, target));
}

/** The catalogue metric with this id; `metric` is the field at fault when there is none. */
export function enteredMetric(id: string): Metric {
  if (!isMetricId(id))
    throw new InvalidFieldError('metric', `unknown metric "${id}" (see GET /api/v1/metrics)`);
  return getMetric(id);
}

/** Checks the breakdowns against the metric's allowed dimension keys, naming the bad key. */
export function checkEnteredDims(metric: Metric, dims: Readonly<Record<string, string>>): void {
  const allowed: readonly string[] = metric.dims;
  for (const [key, value] of Object.entries(dims)) {
    if (!allowed.includes(key)) {
      throw new InvalidFieldError(
        `dims.${key}`,
        `${metric.id} is not broken down by ${key}; allowed: ${allowed.join(', ') || 'none'}`,
      );
    }
    if (value.trim() === '') throw new InvalidFieldError(`dims.${key}`, 'must not be empty');
  }
}

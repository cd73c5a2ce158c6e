import { listUnits, unitOf, type Metric } from '../../core/index.js';

/**
 * Units a value of the metric may be typed in: every registry unit of the metric's dimension and of
 * its alternative units' dimensions (diesel in litres as well as MWh), canonical unit first. Money
 * is offered only in the metric's own currency: the registry holds no exchange rates.
 */
export function unitsForMetric(metric: Metric): string[] {
  const dimensions = new Set([metric.dimension, ...metric.altUnits.map((u) => unitOf(u).dimension)]);
  const symbols = [metric.unit, ...metric.altUnits];
  for (const u of listUnits()) {
    if (dimensions.has(u.dimension) && !symbols.includes(u.symbol)) symbols.push(u.symbol);
  }
  return symbols;
}

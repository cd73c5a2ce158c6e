import { findMetricsByPhrase, type Metric } from '../../core/index.js';
import { canonicalUnit, type PrintedUnit } from './printed-unit.js';

/** A metric chosen for a mention and the text that named it. */
export interface MetricChoice {
  readonly metric: Metric;
  /** The catalogue phrase that matched. */
  readonly phrase: string;
  /** Matched words of the phrase (higher is surer). */
  readonly score: number;
}

/**
 * Whether a printed unit can be a value of a metric: same dimension as the metric's unit (or one of
 * its alternative units), a ratio whose numerator has it (intensities), or a share printed as "%"
 * for a ratio metric. No printed unit constrains nothing.
 */
export function unitFits(metric: Metric, printed: PrintedUnit | undefined): boolean {
  if (!printed) return true;
  const dims = [metric.unit, ...metric.altUnits].map((s) => canonicalUnit(s)?.dimension);
  const printedDim = printed.unit.dimension;
  if (metric.kind === 'intensity')
    return printed.denominator !== '' && dims.includes(printed.numerator.dimension);
  if (dims.includes(printedDim)) return true;
  // A count metric accepts any counted noun ("patents", "cases"), a plain number, or persons.
  return metric.kind === 'count' && printedDim === 'count';
}

/**
 * Chooses the metric for a mention: the texts are tried most specific first (the row label, then
 * the column header, group and section, then the caption or sentence); the first text with a
 * catalogue phrase whose metric fits the printed unit decides.
 */
export function chooseMetric(
  texts: readonly string[],
  printed: PrintedUnit | undefined,
): MetricChoice | undefined {
  for (const text of texts) {
    if (text.trim() === '') continue;
    for (const match of findMetricsByPhrase(text, { limit: 8 })) {
      if (unitFits(match.metric, printed))
        return { metric: match.metric, phrase: match.phrase, score: match.score };
    }
  }
  return undefined;
}

import type { MetricKind, Unit } from '../../core/index.js';

const TIME = /^(?:time|duration)$/;

/**
 * The kind of a metric the catalogue does not list, read from its unit: "%" is a ratio, a compound
 * unit per person of a time ("hours/person") an average, any other compound unit an intensity, a
 * counted unit a count, everything else an absolute amount.
 */
export function kindFromUnit(unit: Unit): MetricKind {
  const dim = unit.dimension;
  if (unit.symbol === '%' || dim === 'fraction' || dim === 'ratio') return 'ratio';
  const slash = dim.indexOf('/');
  if (slash >= 0) {
    const numerator = dim.slice(0, slash);
    return TIME.test(numerator) || unit.symbol.startsWith('hours/') ? 'average' : 'intensity';
  }
  if (unit.counted !== undefined || dim === 'count') return 'count';
  return 'absolute';
}

/** True for kinds whose parts add up to their total (amounts and counts, not rates). */
export function isAdditive(kind: MetricKind): boolean {
  return kind === 'absolute' || kind === 'count';
}

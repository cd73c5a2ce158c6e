import { getMetric, isMetricId } from '../../core/index.js';
import { overlaps, rangeLike, type Figure } from '../precision/index.js';

/**
 * True for a table printing the extractor converted from another unit of the same dimension into the
 * series' unit: a water row in imperial gallons beside the m³ row, an energy row in GJ beside the MWh
 * one. A unit printed at another scale counts (thousand m³ is another unit than m³); an alias of the
 * series' unit read under another symbol (factor one) does not.
 */
export function isConvertedPrinting(f: Figure): boolean {
  const printed = f.printedUnit;
  return (
    fromTable(f) &&
    printed.dimension === f.unit.dimension &&
    printed.symbol !== f.unit.symbol &&
    !printed.toBase.eq(f.unit.toBase)
  );
}

/**
 * The figure of a series whose table printings in its own unit agree while a printing converted from
 * another unit disagrees ("Water withdrawn | m³ | 1,724,800" over "… | imp. gallons | 37,940,253"): the
 * row in the series' unit is the one the report states as that metric, and the converted row is a
 * second rendering of it, so the series keeps the own-unit value for the rules that build on it. The
 * disagreement stays a finding (`conversion.row` for one row printing both units, `duplicate.value`
 * for two rows). Undefined unless every table printing that disagrees is such a converted one.
 */
export function agreedInItsUnit(pool: readonly Figure[]): Figure | undefined {
  const tables = pool.filter((f) => fromTable(f) && f.qualifier === 'exact');
  const own = tables.filter(printedInItsMetricUnit);
  const [best] = own;
  if (!best) return undefined;
  const agrees = (f: Figure) => overlaps(rangeLike(f, best), best.range);
  if (!own.every(agrees)) return undefined;
  const dissent = tables.filter((f) => !agrees(f));
  return dissent.length > 0 && dissent.every(isConvertedPrinting) ? best : undefined;
}

/**
 * True for a printing whose own unit cell or heading names the metric's catalogue unit ("m³" for water
 * withdrawn): a figure printed with no unit, or stored in another unit (an intensity read as energy in
 * kWh), is not the series stated in its unit.
 */
function printedInItsMetricUnit(f: Figure): boolean {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.reported.unit.trim() === '' || !isMetricId(f.fact.metric)) return false;
  const unit = getMetric(f.fact.metric).unit;
  return f.unit.symbol === unit && f.printedUnit.symbol === unit;
}

function fromTable(f: Figure): boolean {
  const p = f.fact.provenance;
  return p.kind === 'document' && p.extraction === 'table';
}

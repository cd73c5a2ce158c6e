import { tryParseUnit } from '../../core/index.js';
import data from './chinese-per-scale.data.json' with { type: 'json' };

/**
 * "万元营业收入碳排放强度0.1873吨", "每万元产值综合能耗0.0538吨标准煤": a Chinese name opening with the money
 * a figure is per gives a measured figure that money as its denominator (0.1873 t/RMB 10,000), an
 * intensity, never an amount in tonnes.
 */
const PER_SCALE = new RegExp(
  `(?:${data.per.join('|')})?(${data.scales.join('|')})(?:${data.denominators.join('|')})`,
  'u',
);

/** The unit of a figure named `label` and printed in `unit`, over the money its name says it is per. */
export function withChinesePerScale(label: string, unit: string): string {
  const scale = PER_SCALE.exec(label)?.[1];
  if (scale === undefined || unit === '' || unit.includes('/')) return unit;
  const numerator = tryParseUnit(unit, { countNouns: false });
  if (!numerator || numerator.symbol === '' || !MEASURED.has(numerator.dimension)) return unit;
  const ratio = `${unit}/${scale}`;
  return tryParseUnit(ratio, { countNouns: false })?.symbol.includes('/') ? ratio : unit;
}

/** Dimensions of a measured amount an intensity divides by money: mass, emissions, energy, water. */
const MEASURED: ReadonlySet<string> = new Set(['mass', 'ghg', 'energy', 'volume']);

import { chooseMetric, type PhraseCache } from './choose-metric.js';
import { isRateBase } from './printed-unit.js';

// "LTIFR per 1 million man-hours", "LTIFR, per 1 million man-hours": a name, then what it is per.
const NAME_THEN_PER = /^(.*\p{L}.*?)[,;]?\s+(per\s.+)$/iu;

/**
 * A row label that names a rate and then prints its base without brackets ("LTIFR per 1 million
 * man-hours", as a key-figures list does) is read as "LTIFR (per 1 million man-hours)": the base's
 * "man-hours" names no hours worked. Undefined unless the words before the base name a rate on their
 * own ("Lost time injuries per million hours worked" keeps its whole wording, a catalogue phrase).
 */
export function rateBeforeBase(label: string, cache?: PhraseCache): string | undefined {
  const [, name, base] = NAME_THEN_PER.exec(label.trim()) ?? [];
  if (name === undefined || base === undefined || !isRateBase(base)) return undefined;
  const rate = chooseMetric([name], undefined, 1, cache)?.metric;
  return rate?.kind === 'intensity' && rate.dims.includes('denominator') ? `${name} (${base})` : undefined;
}

import { phraseKey, type Metric } from '../../core/index.js';
import { chooseMetric, type MetricChoice, type PhraseCache } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

/**
 * The column's metric when its header narrows what the row names: a row "Total waste" under a
 * column group "Hazardous waste" is the total hazardous waste (GRI 306-3 by composition), since every
 * word of the row's phrase but "total" is a word of the column's and the column's says more.
 * Undefined when the column names nothing, the same metric, or something else.
 */
export function narrowerColumn(
  byLabel: MetricChoice,
  column: string,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): MetricChoice | undefined {
  const choice = chooseMetric([column], printed, 1, cache, fits);
  if (!choice || choice.metric.id === byLabel.metric.id) return undefined;
  const own = phraseKey(byLabel.phrase)
    .split(' ')
    .filter((w) => w !== '' && w !== 'total');
  const wider = new Set(phraseKey(choice.phrase).split(' '));
  return own.length > 0 && own.length < wider.size && own.every((w) => wider.has(w)) ? choice : undefined;
}
